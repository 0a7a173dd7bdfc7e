/** Languages Second Step ships complete guidance for. locales/<lang>/<namespace>.json */
export const SUPPORTED_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt-BR', 'pl', 'ja', 'zh-CN'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** i18next namespaces: each surface loads only what it shows, in one language. */
export const NAMESPACES = ['common', 'ui', 'guidance', 'request', 'options'] as const;
export type Namespace = (typeof NAMESPACES)[number];
