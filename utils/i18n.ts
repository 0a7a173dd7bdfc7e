import { createInstance, type i18n, type TFunction } from 'i18next';
import type { Namespace } from './languages';

/** One language's strings, by namespace (the JSON files under locales/<lang>/). */
export type LocaleBundle = Partial<Record<Namespace, Record<string, unknown>>>;

/**
 * A fresh i18next instance for exactly one language, ready on return: with the resources given
 * and `initAsync: false`, i18next initialises synchronously. No global instance: the popup, the
 * options page and the in-page panel each build their own, holding only what they show, at the
 * moment they need it.
 */
export function createI18n(lang: string, bundle: LocaleBundle): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(bundle),
    defaultNS: 'common',
    resources: { [lang]: bundle as Record<string, Record<string, unknown>> },
    interpolation: { escapeValue: false }, // Preact escapes text; we never inject HTML strings.
    returnNull: false,
    initAsync: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

export type Translate = TFunction;
