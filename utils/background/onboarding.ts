import { browser } from 'wxt/browser';

/**
 * A fresh install opens the welcome page, where the user picks a role and fills what that role's
 * notices need. Updates and browser restarts do not: the page stays reachable from Options.
 */
export function openOnboardingOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
}
