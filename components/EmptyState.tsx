import type { Detection } from '@/utils/detection-types';
import type { GuidanceItem } from '@/utils/guidance-types';
import { useT } from './i18n-context';
import { NewPhoneTopic } from './NewPhoneTopic';

/** What the popup says when there is nothing to help with on this tab. */
export function EmptyState({ detection, newPhone }: { detection: Detection | null; newPhone?: GuidanceItem | null }) {
  const t = useT();
  const onSignIn = detection && detection.state !== 'not-microsoft';
  return (
    <>
      <section class="ss-empty" data-empty={onSignIn ? 'sign-in' : 'elsewhere'}>
        <h2>{onSignIn ? t('ui:emptySignInTitle') : t('ui:emptyElsewhereTitle')}</h2>
        <p class="ss-body">{onSignIn ? t('ui:emptySignInBody') : t('ui:emptyElsewhereBody')}</p>
      </section>
      {newPhone && <NewPhoneTopic item={newPhone} />}
    </>
  );
}
