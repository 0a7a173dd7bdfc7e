import { useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { Detection } from '@/utils/detection-types';
import { diagnosticLines } from '@/utils/diagnostics';
import { useT } from './i18n-context';

/**
 * The page report for IT on a two-step page the detector does not recognise: page ids, host,
 * language, known anchors found, visible view markers (names only), with a copy button.
 * Renders nothing when the detection carries no diagnostic. The report's lines are in the
 * helpdesk message's language (it is for IT, and goes into that message too); `getRequestT` is
 * only asked for when there is a report.
 */
export function DiagnosticsView({ detection, getRequestT }: { detection: Detection; getRequestT(): TFunction }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const lines = detection.diagnostics ? diagnosticLines(detection, (key, vars) => getRequestT()(key, vars ?? {})) : [];
  if (!lines.length) return null;
  const text = lines.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section class="ss-diagnostics" data-diagnostics aria-labelledby="ss-diagnostics-title">
      <h2 id="ss-diagnostics-title" class="ss-more-title">
        {t('ui:diagnostics.title')}
      </h2>
      <p class="ss-body">{t('ui:diagnostics.intro')}</p>
      <pre class="ss-diagnostics-text" data-diagnostics-text>
        {text}
      </pre>
      <button type="button" class="ss-button" data-action="copy-diagnostics" onClick={() => void copy()}>
        {t('ui:diagnostics.copy')}
      </button>
      <p class="ss-notice" role="status" aria-live="polite">
        {copied ? t('ui:copied') : ''}
      </p>
    </section>
  );
}
