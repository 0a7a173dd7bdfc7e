import { browser } from 'wxt/browser';
import type { LocaleBundle } from '../i18n';
import { SUPPORTED_LANGUAGES, type Namespace } from '../languages';

/** `safeLang` is always one of SUPPORTED_LANGUAGES: the URL is a packaged file of ours. */
async function fetchNamespace(safeLang: string, ns: Namespace): Promise<Record<string, unknown>> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/locales/${safeLang}/${ns}.json`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${safeLang}/${ns}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * Loads the packaged JSON of one language (extension pages and the background only). An
 * unknown language gives English; a file that cannot be read falls back to English too, so a
 * surface always has words to show.
 */
export async function loadLocaleBundle(lang: string, namespaces: readonly Namespace[]): Promise<LocaleBundle> {
  const safeLang = (SUPPORTED_LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      try {
        return [ns, await fetchNamespace(safeLang, ns)] as const;
      } catch (err) {
        if (safeLang === 'en') throw err;
        return [ns, await fetchNamespace('en', ns)] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as LocaleBundle;
}

/**
 * The browser's languages, the same list on every surface (background, popup, options): the
 * browser's UI language first, then the user's preferred content languages.
 */
export function browserLanguages(): string[] {
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // No i18n API here (a test page): the preferred languages alone.
  }
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])];
  return ui ? [ui, ...preferred] : preferred;
}
