import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { i18n, TFunction } from 'i18next';
import { I18nContext } from '@/components/i18n-context';
import { GuidanceApp } from '@/components/GuidanceApp';
import { isTwoStepState, type Detection } from '@/utils/detection-types';
import { PANEL_DISMISSED_MESSAGE } from '@/utils/messages';
import { placePanel, type Placement } from '@/utils/panel-placement';
import { highlightOtherWay } from './highlight';
import type { PanelContext } from './mount';

interface Props {
  host: HTMLElement;
  context: PanelContext;
  /** The live detection in this document (fresher than the background's copy). */
  detectionOverride: Detection | null;
  i18n: i18n;
  requestT: TFunction;
  browserName: string;
  onClose(): void;
}

/** The sign-in box of every known UI variant; the panel must never cover it. */
function signInBox(): DOMRect | null {
  const el =
    document.getElementById('lightbox') ??
    document.querySelector('.sign-in-box, [data-testid="lightbox"], main form, form');
  return el ? el.getBoundingClientRect() : null;
}

function applyPlacement(host: HTMLElement, placement: Placement) {
  const s = host.style;
  s.position = 'fixed';
  s.zIndex = '2147483000';
  for (const prop of ['top', 'left', 'right', 'bottom', 'width', 'maxHeight'] as const) s[prop] = '';
  if (placement.mode === 'collapsed') {
    s.bottom = `${placement.bottom}px`;
    s.right = `${placement.right}px`;
  } else {
    s.top = `${placement.top}px`;
    s.left = `${placement.left}px`;
    s.width = `${placement.width}px`;
    s.maxHeight = `${placement.maxHeight}px`;
  }
}

export function PanelApp({ host, context, detectionOverride, i18n, requestT, browserName, onClose }: Props) {
  const detection = detectionOverride ?? context.record?.detection ?? null;
  const [placement, setPlacement] = useState<Placement>(() =>
    placePanel(signInBox(), { width: innerWidth, height: innerHeight }),
  );
  const [expanded, setExpanded] = useState(false);

  useLayoutEffect(() => {
    const place = () => setPlacement(placePanel(signInBox(), { width: innerWidth, height: innerHeight }));
    place();
    addEventListener('resize', place);
    return () => removeEventListener('resize', place);
  }, [detection?.state]);
  useLayoutEffect(() => applyPlacement(host, placement), [placement]);

  const dismiss = () => {
    void browser.runtime.sendMessage({ type: PANEL_DISMISSED_MESSAGE }).catch(() => {});
    onClose();
  };

  useEffect(() => {
    // Escape closes the panel only while focus is inside it: the page keeps its own keys.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && host.matches(':focus-within')) dismiss();
    };
    host.addEventListener('keydown', onKey);
    return () => host.removeEventListener('keydown', onKey);
  }, []);

  const visible = Boolean(detection && isTwoStepState(detection.state));
  host.hidden = !visible;
  if (!visible || !detection) return null;

  const t = i18n.t.bind(i18n);
  const collapsed = placement.mode === 'collapsed' && !expanded;
  return (
    <I18nContext.Provider value={i18n}>
      <aside
        class={`ss-panel ss-panel-${placement.mode}`}
        aria-label={t('ui:panelLabel')}
        data-state={detection.state}
        lang={context.lang}
      >
        <div class="ss-panel-head">
          <span class="ss-product">{t('ui:productName')}</span>
          {placement.mode === 'collapsed' && (
            <button type="button" class="ss-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? t('ui:panelCollapse') : t('ui:panelExpand')}
            </button>
          )}
          <button type="button" class="ss-close" aria-label={t('ui:panelClose')} onClick={dismiss}>
            ×
          </button>
        </div>
        {!collapsed && (
          <div class="ss-panel-body">
            <GuidanceApp
              surface="panel"
              detection={detection}
              stats={context.record?.stats ?? null}
              config={context.config}
              requestT={requestT}
              browserName={browserName}
              now={Date.now()}
              onHighlight={() => highlightOtherWay(document)}
            />
          </div>
        )}
      </aside>
    </I18nContext.Provider>
  );
}
