import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { TFunction } from 'i18next';
import { type PanelContext, parseDetectionAnswer } from '@/utils/messages';
import { createI18n } from '@/utils/i18n';
import { browserNameFromUserAgent } from '@/utils/browser-name';
import type { Placement } from '@/utils/panel-placement';
import { PanelApp } from './PanelApp';
import { measurePlacement } from '@/components/in-page/sign-in-box';
import { liveDetection } from '@/components/in-page/world';
import uiCss from '@/components/ui.css?inline';
import placementCss from '@/components/in-page/host-placement.css?inline';
import panelCss from './panel.css?inline';

export async function mountPanel(ctx: ContentScriptContext, first: PanelContext, openedByUser = false): Promise<void> {
  const i18n = createI18n(first.lang, first.bundle);
  // The helpdesk message's language pack is only needed once the user opens or copies it.
  let requestT: TFunction | null = null;
  const getRequestT = () =>
    (requestT ??= createI18n(first.requestLang, first.requestBundle).getFixedT(first.requestLang, 'request'));
  const browserName = browserNameFromUserAgent(navigator.userAgent);
  // Measured before the host goes into the page: the layout is still the page's own, clean one.
  let placement: Placement = measurePlacement();

  const ui = await createShadowRootUi(ctx, {
    name: 'second-step-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${uiCss}\n${placementCss}\n${panelCss}`,
    onMount(container, _shadow, host) {
      host.setAttribute('data-second-step', 'panel');
      let current = first;
      const rerender = () =>
        render(
          <PanelApp
            host={host}
            context={current}
            detectionOverride={liveDetection()?.current ?? null}
            placement={placement}
            i18n={i18n}
            getRequestT={getRequestT}
            browserName={browserName}
            onClose={() => ui.remove()}
            openedByUser={openedByUser}
          />,
          container,
        );
      rerender();
      // In-place view switches: the detector's one message per switch comes back with the tab
      // record (codes requested...); strings and configuration stay from the first answer.
      let placedFor = liveDetection()?.current?.state;
      const stopAnswers = liveDetection()?.onAnswer((raw) => {
        const next = parseDetectionAnswer(raw);
        if (next) current = { ...current, record: next.record, dismissed: next.dismissed };
        const state = liveDetection()?.current?.state;
        if (state !== placedFor) {
          placedFor = state;
          placement = measurePlacement(placement); // before render: the page's layout is clean
        }
        rerender();
      });
      const onResize = () => {
        const next = measurePlacement(placement);
        if (next === placement) return;
        placement = next;
        rerender();
      };
      addEventListener('resize', onResize);
      const stop = () => {
        stopAnswers?.();
        removeEventListener('resize', onResize);
      };
      return { container, stop };
    },
    onRemove(mounted) {
      mounted?.stop();
      if (mounted) render(null, mounted.container);
    },
  });
  ui.mount();
}
