import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { localiseDocument } from '../../components/shared/document';
import { t } from '../../utils/i18n';
import { extensionPageDb } from '../../utils/db';
import { loadProfile, saveProfile } from '../../utils/profile';
import '../../components/shared/ui.css';

// Finishing or skipping leaves for the options page, where everything here can be changed again.
const finish = () => void browser.runtime.openOptionsPage().then(() => window.close());

localiseDocument(t('onboarding_welcome'));
void loadProfile(extensionPageDb()).then((profile) =>
  render(
    <OnboardingApp
      initial={profile}
      onSave={async (p) => {
        const r = await saveProfile(extensionPageDb(), p);
        return r.ok ? null : t('onboarding_save_failed');
      }}
      onFinish={finish}
    />,
    document.getElementById('app')!,
  ),
);
