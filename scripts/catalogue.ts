// Reads the extension's _locales catalogues and formats a message the way browser.i18n.getMessage
// does: $NAME$ placeholders take their content, then $1..$9 take the substitutions, and $$ is a dollar.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'public', '_locales');

export const localeNames = (): string[] => readdirSync(LOCALES_DIR).sort();

export const readCatalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

export function formatMessage(cat: Catalogue, key: string, subs: string[] = []): string {
  const entry = cat[key];
  if (!entry) return '';
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
