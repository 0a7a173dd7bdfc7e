import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { SecondStepConfig } from '@/utils/config-types';
import type { Detection } from '@/utils/detection-types';
import type { TabStats } from '@/utils/guidance-types';
import type { LocaleBundle } from '@/utils/i18n';
import { createI18n } from '@/utils/i18n';
import { PANEL_RECORD_MESSAGE } from '@/utils/messages';
import { browserNameFromUserAgent } from '@/utils/browser-name';
import { PanelApp } from './PanelApp';
import uiCss from '@/components/ui.css?inline';
import panelCss from './panel.css?inline';

export interface PanelContext {
  record: { detection: Detection; stats: TabStats } | null;
  config: SecondStepConfig;
  lang: string;
  bundle: LocaleBundle;
  requestLang: string;
  requestBundle: LocaleBundle;
  dismissed: boolean;
}

export async function mountPanel(ctx: ContentScriptContext, first: PanelContext): Promise<void> {
  const [i18n, requestI18n] = await Promise.all([
    createI18n(first.lang, first.bundle),
    createI18n(first.requestLang, first.requestBundle),
  ]);
  const browserName = browserNameFromUserAgent(navigator.userAgent);

  const ui = await createShadowRootUi(ctx, {
    name: 'second-step-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${uiCss}\n${panelCss}`,
    onMount(container, _shadow, host) {
      host.setAttribute('data-second-step', 'panel');
      const rerender = (context: PanelContext) =>
        render(
          <PanelApp
            host={host}
            context={context}
            detectionOverride={globalThis.__secondStep?.current ?? null}
            i18n={i18n}
            requestT={requestI18n.getFixedT(first.requestLang, 'request')}
            browserName={browserName}
            onClose={() => ui.remove()}
          />,
          container,
        );
      rerender(first);
      // In-place view switches: only the tab record changes (codes requested...); strings and
      // configuration stay from the first answer, so each switch moves a few hundred bytes.
      let current = first;
      const unsubscribe = globalThis.__secondStep?.subscribe(async () => {
        const next = (await browser.runtime.sendMessage({ type: PANEL_RECORD_MESSAGE }).catch(() => null)) as Pick<
          PanelContext,
          'record' | 'dismissed'
        > | null;
        if (next) current = { ...current, record: next.record, dismissed: next.dismissed };
        rerender(current);
      });
      return { container, unsubscribe };
    },
    onRemove(mounted) {
      mounted?.unsubscribe?.();
      if (mounted) render(null, mounted.container);
    },
  });
  ui.mount();
}
