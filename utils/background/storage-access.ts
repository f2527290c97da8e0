import { browser } from 'wxt/browser';

// storage.local holds the user's profile (name, email, postal address) for notices. A content
// script runs inside pages a seller may control and needs none of it, so where the browser
// allows (Chromium), storage.local is closed to content scripts. Firefox has no such switch yet
// (Mozilla bug 1724754): there the content script still could read it; docs/security.md says so.
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** True when storage.local is now closed to content scripts. Called at every worker start. */
export async function restrictLocalStorage(): Promise<boolean> {
  const area = browser.storage.local as unknown as AccessLevelArea;
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false; // an older browser that knows the method for storage.session only
  }
}
