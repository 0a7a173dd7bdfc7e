import { browser } from 'wxt/browser';
import type { LocaleBundle } from './i18n';
import { SUPPORTED_LANGUAGES, type Namespace } from './languages';

/** Loads the packaged JSON of one language (extension pages and the background only). */
export async function loadLocaleBundle(lang: string, namespaces: readonly Namespace[]): Promise<LocaleBundle> {
  const safeLang = (SUPPORTED_LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const url = (browser.runtime.getURL as (path: string) => string)(`/locales/${safeLang}/${ns}.json`);
      const res = await fetch(url);
      return [ns, (await res.json()) as Record<string, unknown>] as const;
    }),
  );
  return Object.fromEntries(entries) as LocaleBundle;
}
