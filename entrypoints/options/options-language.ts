import { SUPPORTED_LANGUAGES } from '../../utils/languages';

/** The configured language, else the first browser language we ship, else English. */
export function optionsLanguage(configured: string, browserLangs: readonly string[]): string {
  if (configured) return configured;
  const supported = SUPPORTED_LANGUAGES as readonly string[];
  for (const tag of browserLangs) {
    const exact = supported.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split('-')[0]!.toLowerCase();
    const byBase = supported.find((l) => l.split('-')[0]!.toLowerCase() === base);
    if (byBase) return byBase;
  }
  return 'en';
}
