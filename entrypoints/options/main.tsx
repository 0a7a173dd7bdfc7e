import { render } from 'preact';
import type { i18n } from 'i18next';
import { I18nContext } from '../../components/i18n-context';
import { createI18n } from '../../utils/i18n';
import { loadLocaleBundle } from '@/utils/platform/locale-loader';
import { loadConfig, saveUserOptions, watchConfig } from '@/utils/platform/config-store';
import type { ResolvedConfig } from '../../utils/config-types';
import { OptionsPage } from './OptionsPage';
import { optionsLanguage } from './options-language';
import './options.css';

const root = document.getElementById('app')!;
let current: { lang: string; instance: i18n } | null = null;

async function show(resolved: ResolvedConfig) {
  const lang = optionsLanguage(resolved.config.language, navigator.languages ?? [navigator.language]);
  if (current?.lang !== lang) {
    let bundle;
    try {
      bundle = await loadLocaleBundle(lang, ['options']);
    } catch {
      bundle = await loadLocaleBundle('en', ['options']);
    }
    current = { lang, instance: await createI18n(lang, bundle) };
    document.documentElement.lang = lang;
    document.title = current.instance.t('options:title');
  }
  render(
    <I18nContext.Provider value={current.instance}>
      <OptionsPage resolved={resolved} onSave={saveUserOptions} />
    </I18nContext.Provider>,
    root,
  );
  root.dataset.state = 'ready';
}

// Render at once (defaults if policy is not there yet), then follow policy and option changes live.
void loadConfig().then(show);
watchConfig((resolved) => void show(resolved));
