import type { GuidanceItem } from '@/utils/guidance-types';
import { useT } from './i18n-context';

/** "Getting a new phone?" in the popup's empty state, shaped like an item of "More help". */
export function NewPhoneTopic({ item }: { item: GuidanceItem }) {
  const t = useT();
  return (
    <section class="ss-more" aria-label={t('ui:moreHelp')}>
      <h2 class="ss-more-title">{t('ui:moreHelp')}</h2>
      <ul>
        <li data-item={item.id}>
          <details>
            <summary>{t(item.titleKey, { ns: 'guidance' })}</summary>
            {item.bodyKeys.map((key) => (
              <p key={key} class="ss-body">
                {t(key, { ns: 'guidance' })}
              </p>
            ))}
            <div class="ss-actions">
              {item.actions.map((a, i) =>
                a.kind === 'open-link' ? (
                  <a
                    key={i}
                    class="ss-link"
                    href={a.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-action={a.kind}
                  >
                    {t(a.labelKey, { ns: 'guidance' })}
                  </a>
                ) : null,
              )}
            </div>
          </details>
        </li>
      </ul>
    </section>
  );
}
