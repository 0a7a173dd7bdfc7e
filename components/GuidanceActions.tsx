import type { GuidanceAction } from '@/utils/guidance-types';
import { useT } from './i18n-context';

interface Props {
  actions: GuidanceAction[];
  onAction(action: GuidanceAction): void;
  isActionAvailable?(action: GuidanceAction): boolean;
}

const LABEL_KEYS: Record<Exclude<GuidanceAction['kind'], 'open-link'>, string> = {
  'highlight-other-way': 'ui:actionHighlight',
  'admin-request': 'ui:actionAdminRequest',
  'copy-details': 'ui:actionCopyDetails',
};

export function GuidanceActions({ actions, onAction, isActionAvailable }: Props) {
  const t = useT();
  const shown = actions.filter((a) => isActionAvailable?.(a) ?? true);
  if (shown.length === 0) return null;
  return (
    <div class="ss-actions">
      {shown.map((action, i) =>
        action.kind === 'open-link' ? (
          <a
            key={`${action.kind}-${i}`}
            class="ss-link"
            href={action.url}
            target="_blank"
            rel="noopener noreferrer"
            data-action={action.kind}
          >
            {t(action.labelKey, { ns: 'guidance' })}
          </a>
        ) : (
          <button
            key={`${action.kind}-${i}`}
            type="button"
            class={action.kind === shown[0]?.kind && i === 0 ? 'ss-button ss-primary' : 'ss-button'}
            data-action={action.kind}
            onClick={() => onAction(action)}
          >
            {t(action.kind === 'admin-request' && action.tap ? 'ui:actionAdminRequestTap' : LABEL_KEYS[action.kind])}
          </button>
        ),
      )}
    </div>
  );
}
