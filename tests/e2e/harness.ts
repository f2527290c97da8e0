// The real-browser tests drive the same Chromium session `npm start` opens: see scripts/browser.ts.
import { launchExtension as launchBrowser, type Session } from '../../scripts/browser';
import { keepSnapshots } from './snapshots';

export * from '../../scripts/browser';

/** As scripts/browser.ts, and every evidence snapshot is kept on disk when the browser closes (snapshots.ts). */
export async function launchExtension(opts: Parameters<typeof launchBrowser>[0] = {}): Promise<Session> {
  const session = await launchBrowser(opts);
  const close = session.close;
  session.close = async () => {
    await keepSnapshots(session.context, session.extensionId).catch(() => undefined);
    await close();
  };
  return session;
}
