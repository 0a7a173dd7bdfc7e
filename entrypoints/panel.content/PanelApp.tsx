import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { i18n, TFunction } from 'i18next';
import { I18nContext, memoT } from '@/components/i18n-context';
import { GuidanceApp } from '@/components/GuidanceApp';
import { needsHelp, type Detection } from '@/utils/detection-types';
import { PANEL_DISMISSED_MESSAGE, type PanelContext, request } from '@/utils/messages';
import type { Placement } from '@/utils/panel-placement';
import { highlightOtherWay } from '@/components/in-page/highlight-other-way';
import { applyPlacement } from '@/components/in-page/placement-style';
import { returnFocusToPage, trackPageFocus } from '@/components/in-page/page-focus';

interface Props {
  host: HTMLElement;
  context: PanelContext;
  /** The live detection in this document (fresher than the background's copy). */
  detectionOverride: Detection | null;
  /** Measured by the mount at clean-layout moments (components/in-page/sign-in-box.ts), never during a render. */
  placement: Placement;
  i18n: i18n;
  getRequestT(): TFunction;
  browserName: string;
  onClose(): void;
  /** The user asked for this panel ("Show help" on the chip): it opens expanded and takes focus. */
  openedByUser: boolean;
}

export function PanelApp({
  host,
  context,
  detectionOverride,
  placement,
  i18n,
  getRequestT,
  browserName,
  onClose,
  openedByUser,
}: Props) {
  const detection = detectionOverride ?? context.record?.detection ?? null;
  const [expanded, setExpanded] = useState(openedByUser);
  useLayoutEffect(() => applyPlacement(host, placement), [placement]);

  // The last element of the page that had focus before the user moved into the panel: closing
  // the panel from the keyboard puts focus back there (e.g. the code field), not on <body>.
  const pageFocus = useRef<ReturnType<typeof trackPageFocus> | null>(null);
  useEffect(() => {
    pageFocus.current = trackPageFocus(host);
    return () => pageFocus.current?.stop();
  }, []);

  // Opened from the chip's "Show help": the chip (and the focus on its button) is gone, so the
  // panel takes focus, as a disclosure would.
  // In a layout effect: focus lands with the first paint, never later while the user types.
  const panelRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (openedByUser) panelRef.current?.focus({ preventScroll: true });
  }, []);

  const dismiss = () => {
    const hadFocus = host.matches(':focus-within');
    void browser.runtime.sendMessage(request(PANEL_DISMISSED_MESSAGE)).catch(() => {});
    onClose();
    if (hadFocus) returnFocusToPage(pageFocus.current?.last() ?? null);
  };

  useEffect(() => {
    // Escape closes the panel only while focus is inside it: the page keeps its own keys.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && host.matches(':focus-within')) {
        e.stopPropagation();
        dismiss();
      }
    };
    host.addEventListener('keydown', onKey);
    return () => host.removeEventListener('keydown', onKey);
  }, []);

  const visible = needsHelp(detection);
  host.hidden = !visible;
  if (!visible || !detection) return null;

  const t = memoT(i18n);
  const collapsed = placement.mode === 'collapsed' && !expanded;
  return (
    <I18nContext.Provider value={i18n}>
      <aside
        class={`ss-panel ss-panel-${placement.mode}${collapsed ? ' ss-panel-shut' : ''}`}
        aria-label={t('ui:panelLabel')}
        data-state={detection.state}
        lang={context.lang}
        ref={panelRef}
        tabIndex={-1}
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
              getRequestT={getRequestT}
              browserName={browserName}
              onHighlight={() => highlightOtherWay(document)}
            />
          </div>
        )}
      </aside>
    </I18nContext.Provider>
  );
}
