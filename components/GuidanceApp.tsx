import { useMemo, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import type { Detection } from '@/utils/detection-types';
import { needsHelp } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';
import type { GuidanceAction, TabStats } from '@/utils/guidance-types';
import { buildGuidance } from '@/utils/guidance';
import { EMPTY_STATS } from '@/utils/tab-stats';
import { buildAdminRequest } from '@/utils/admin-request';
import { useT } from './i18n-context';
import { GuidanceView } from './GuidanceView';
import { AdminRequestView } from './AdminRequestView';
import { EmptyState } from './EmptyState';
import { MSA_PROOFS_URL, clientFromUserAgent, newPhone } from '@/utils/guidance/recovery';
import { httpsOr } from '@/utils/guidance/context';
import { MICROSOFT_SECURITY_INFO_URL } from '@/utils/config';
import { DiagnosticsView } from './DiagnosticsView';

export interface GuidanceAppProps {
  surface: 'popup' | 'panel';
  detection: Detection | null;
  stats: TabStats | null;
  config: SecondStepConfig;
  /**
   * Translator for the helpdesk message (the organisation's language, else the user's); asked
   * for only when the message is opened or copied, so a surface may build it lazily.
   */
  getRequestT(): TFunction;
  browserName: string;
  /** Points at the page's real "Sign in another way" link; resolves true when it did. */
  onHighlight(): Promise<boolean> | boolean;
}

export function GuidanceApp(props: GuidanceAppProps) {
  const { detection, config, getRequestT, browserName, surface } = props;
  const t = useT();
  const stats = props.stats ?? EMPTY_STATS;
  const [showRequest, setShowRequest] = useState(false);
  const [notice, setNotice] = useState('');

  const items = useMemo(
    // Not re-run for the clock: only the helpdesk message shows a time, taken when it is built.
    () =>
      needsHelp(detection) && detection
        ? buildGuidance({ detection, stats, config, now: Date.now(), client: clientFromUserAgent(navigator.userAgent) })
        : [],
    [detection, stats, config],
  );
  // The helpdesk message is built only when it is shown or copied: every render would otherwise
  // translate and interpolate the whole message for nothing.
  const prepareRequest = () =>
    detection ? buildAdminRequest({ detection, config, stats, browserName, now: Date.now(), t: getRequestT() }) : null;
  const request = useMemo(
    () => (showRequest ? prepareRequest() : null),
    [showRequest, detection, config, stats, browserName],
  );

  if (!detection || items.length === 0) {
    const personal = detection?.account === 'personal';
    const showNewPhone = surface === 'popup' && !(config.hiddenTopics ?? []).includes('new-phone');
    const url = personal ? MSA_PROOFS_URL : httpsOr(config.securityInfoUrl, MICROSOFT_SECURITY_INFO_URL);
    return <EmptyState detection={detection} newPhone={showNewPhone ? newPhone(personal, url) : null} />;
  }

  if (showRequest && request) return <AdminRequestView request={request} onClose={() => setShowRequest(false)} />;

  const onAction = async (action: GuidanceAction) => {
    setNotice('');
    if (action.kind === 'admin-request') setShowRequest(true);
    else if (action.kind === 'copy-details') {
      const details = prepareRequest();
      if (!details) return;
      try {
        await navigator.clipboard.writeText(details.text);
        setNotice(t('ui:copied'));
      } catch {
        setShowRequest(true); // Shows the text to copy by hand.
      }
    } else if (action.kind === 'highlight-other-way') {
      const ok = await props.onHighlight();
      if (!ok) setNotice(t('ui:highlightFailed'));
    }
  };

  return (
    <>
      <GuidanceView
        items={items}
        surface={surface}
        onAction={onAction}
        isActionAvailable={(a) => a.kind !== 'highlight-other-way' || detection.signInAnotherWay}
      />
      <p class="ss-notice" role="status" aria-live="polite">
        {notice}
      </p>
      <DiagnosticsView detection={detection} getRequestT={getRequestT} />
    </>
  );
}
