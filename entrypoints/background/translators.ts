import { createI18n, type LocaleBundle, type Translate } from '@/utils/i18n';
import { loadLocaleBundle } from '@/utils/platform/locale-loader';
import type { Namespace } from '@/utils/languages';

const bundles = new Map<string, Promise<LocaleBundle>>();

/** Locale files are packaged with the extension; cache each language once per worker life. */
export function bundleFor(lang: string, namespaces: readonly Namespace[]): Promise<LocaleBundle> {
  const key = `${lang}|${namespaces.join(',')}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = loadLocaleBundle(lang, namespaces);
    bundles.set(key, bundle);
    bundle.catch(() => bundles.delete(key));
  }
  return bundle;
}

const translators = new Map<string, Promise<Translate>>();

/** The badge's and the chip's strings (ui + guidance), one i18next instance per language. */
export function translatorFor(lang: string): Promise<Translate> {
  let t = translators.get(lang);
  if (!t) {
    t = bundleFor(lang, ['ui', 'guidance'])
      .then((bundle) => createI18n(lang, bundle))
      .then((i18n) => i18n.getFixedT(lang) as Translate);
    translators.set(lang, t);
    t.catch(() => translators.delete(lang));
  }
  return t;
}
