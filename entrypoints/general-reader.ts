import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractGeneric } from '../utils/adapters/generic';
import { announceGeneralReader } from '../utils/content/general-reader';

// Loaded by the background into a marketplace tab whose adapter read nothing (utils/background/general-reader.ts).
export default defineUnlistedScript(() => announceGeneralReader(extractGeneric));
