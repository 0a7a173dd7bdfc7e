import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { i18n, TFunction } from 'i18next';
import { I18nContext, memoT } from '@/components/i18n-context';
import { GuidanceApp } from '@/components/GuidanceApp';
import { isTwoStepState, type Detection } from '@/utils/detection-types';
import { PANEL_DISMISSED_MESSAGE } from '@/utils/messages';
import type { Placement } from '@/utils/panel-placement';
import { highlightOtherWay } from './highlight';
import type { PanelContext } from './mount';

interface Props {
  host: HTMLElement;
  context: PanelContext;
  /** The live detection in this document (fresher than the background's copy). */
  detectionOverride: Detection | null;
  /** Measured by the mount at clean-layout moments (sign-in-box.ts), never during a render. */
  placement: Placement;
  i18n: i18n;
  getRequestT(): TFunction;
  browserName: string;
  onClose(): void;
}

/** Focus back to where the user was in the page, else the sign-in box's first control. Never clicks. */
function returnFocusToPage(previous: HTMLElement | null) {
  if (previous?.isConnected && previous.getClientRects().length > 0) {
    previous.focus();
    return;
  }
  const box = document.getElementById('lightbox') ?? document.querySelector('main form, form');
  const candidates = box?.querySelectorAll<HTMLElement>(
    'input:not([type="hidden"]):not(:disabled), button:not(:disabled), a[href], [role="button"][tabindex]',
  );
  const onScreen = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  };
  [...(candidates ?? [])].find(onScreen)?.focus();
}

/**
 * Positions the shadow host. WXT's shadow-root reset (`:host { all: initial !important }`) beats
 * any inline style on the host, but `all` leaves custom properties alone: the numbers go into
 * custom properties that panel.css turns into `position: fixed` coordinates. Beside or below the
 * sign-in box the host stays at the viewport's top-left corner and is moved with a transform:
 * when the screen changes and the panel follows the box, a moved box is a layout shift that
 * counts against the page's own CLS; a transform is not.
 */
function applyPlacement(host: HTMLElement, placement: Placement) {
  const s = host.style;
  const set = (name: string, px: number | undefined) =>
    px === undefined ? s.removeProperty(`--ss-place-${name}`) : s.setProperty(`--ss-place-${name}`, `${px}px`);
  if (placement.mode === 'collapsed') {
    set('top', placement.top);
    set('bottom', placement.top === undefined ? placement.bottom : undefined);
    set('right', placement.right);
    set('left', undefined);
    set('x', undefined);
    set('y', undefined);
    set('width', undefined);
    set('max-height', undefined);
  } else {
    set('top', 0);
    set('left', 0);
    set('x', placement.left);
    set('y', placement.top);
    set('width', placement.width);
    set('max-height', placement.maxHeight);
    set('bottom', undefined);
    set('right', undefined);
  }
}

export function PanelApp({ host, context, detectionOverride, placement, i18n, getRequestT, browserName, onClose }: Props) {
  const detection = detectionOverride ?? context.record?.detection ?? null;
  const [expanded, setExpanded] = useState(false);
  useLayoutEffect(() => applyPlacement(host, placement), [placement]);

  // The last element of the page that had focus before the user moved into the panel: closing
  // the panel from the keyboard puts focus back there (e.g. the code field), not on <body>.
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && target !== host && target !== document.body) cameFrom.current = target;
    };
    document.addEventListener('focusin', onFocusIn, true);
    return () => document.removeEventListener('focusin', onFocusIn, true);
  }, []);

  const dismiss = () => {
    const hadFocus = host.matches(':focus-within');
    void browser.runtime.sendMessage({ type: PANEL_DISMISSED_MESSAGE }).catch(() => {});
    onClose();
    if (hadFocus) returnFocusToPage(cameFrom.current);
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

  const visible = Boolean(detection && isTwoStepState(detection.state));
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
