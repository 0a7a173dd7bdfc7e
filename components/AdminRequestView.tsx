import { useEffect, useRef, useState } from 'preact/hooks';
import type { AdminRequest } from '@/utils/admin-request';
import { useT } from './i18n-context';

interface Props {
  request: AdminRequest;
  onClose(): void;
}

/** Copies text with the async clipboard API, falling back to selecting the textarea. */
async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/** True when nothing has focus (the focused element was just removed), in the page or in our shadow root. */
function focusLost(doc: Document, root: Document | ShadowRoot): boolean {
  const active = doc.activeElement;
  if (!active || active === doc.body) return true;
  return root !== doc && active === (root as ShadowRoot).host && !root.activeElement;
}

/** The prepared message to the helpdesk: send it by mail, web form or phone, or copy it. */
export function AdminRequestView({ request, onClose }: Props) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  // The button that opened this view is gone: move focus to the heading so keyboard and
  // screen-reader users carry on here. Only when focus was lost with that button: focus in the
  // sign-in page is never taken. On "Back", focus returns to the button that opens this view.
  useEffect(() => {
    const el = heading.current;
    if (!el) return;
    const root = el.getRootNode() as Document | ShadowRoot;
    if (focusLost(el.ownerDocument, root)) el.focus();
    return () => {
      setTimeout(() => {
        if (!focusLost(el.ownerDocument, root)) return;
        const opener =
          root.querySelector<HTMLElement>('.ss-top [data-action="admin-request"]') ??
          root.querySelector<HTMLElement>('[data-action="admin-request"], [data-action="copy-details"]');
        opener?.focus();
      });
    };
  }, []);
  return (
    <section class="ss-request" aria-labelledby="ss-request-title" data-request>
      <h2 id="ss-request-title" tabIndex={-1} ref={heading}>
        {t('ui:requestTitle')}
      </h2>
      <p class="ss-body">{t('ui:requestIntro')}</p>
      <div class="ss-actions">
        {request.mailto && (
          <a class="ss-button ss-primary" href={request.mailto} data-request-channel="mailto">
            {t('ui:requestSendEmail')}
          </a>
        )}
        {request.ticket && (
          <a
            class="ss-button"
            href={request.ticket}
            target="_blank"
            rel="noopener noreferrer"
            data-request-channel="ticket"
          >
            {t('ui:requestOpenTicket')}
          </a>
        )}
        {request.url && (
          <a class="ss-button" href={request.url} target="_blank" rel="noopener noreferrer" data-request-channel="url">
            {t('ui:requestOpenPortal')}
          </a>
        )}
        {request.tel && (
          <a class="ss-button" href={request.tel} data-request-channel="tel">
            {t('ui:requestCall')}
          </a>
        )}
      </div>
      <label class="ss-label" for="ss-request-text">
        {request.mailto || request.ticket || request.url || request.tel
          ? t('ui:requestTextLabel')
          : t('ui:requestTextLabelNoContact')}
      </label>
      <textarea id="ss-request-text" ref={area} readOnly rows={8} value={request.text} />
      <div class="ss-actions">
        <button
          type="button"
          class="ss-button"
          data-action="copy-request"
          onClick={async () => setCopied((await copyText(request.text, area.current)) ? 'done' : 'failed')}
        >
          {t('ui:copy')}
        </button>
        <button type="button" class="ss-button" onClick={onClose}>
          {t('ui:back')}
        </button>
      </div>
      <p class="ss-sr" role="status" aria-live="polite">
        {copied === 'done' ? t('ui:copied') : copied === 'failed' ? t('ui:copyFailed') : ''}
      </p>
    </section>
  );
}
