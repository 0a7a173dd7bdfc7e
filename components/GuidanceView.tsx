import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuidanceAction, GuidanceItem } from '@/utils/guidance-types';
import { useT } from './i18n-context';
import { GuidanceActions } from './GuidanceActions';
import { itemVars } from '@/utils/guidance-text';

interface Props {
  items: GuidanceItem[];
  /** Where the guidance is shown: the panel is more compact (fewer items expanded). */
  surface: 'popup' | 'panel';
  onAction(action: GuidanceAction, item: GuidanceItem): void;
  /** Actions the surface cannot perform (e.g. no visible link to highlight). */
  isActionAvailable?(action: GuidanceAction): boolean;
}

function ItemBody({ item }: { item: GuidanceItem }) {
  const t = useT();
  return (
    <>
      {item.bodyKeys.map((key) => (
        <p key={key} class="ss-body">
          {t(key, itemVars(item, t))}
        </p>
      ))}
    </>
  );
}

/** The top item first and open; the rest one click away. */
export function GuidanceView({ items, surface, onAction, isActionAvailable }: Props) {
  const t = useT();
  const [top, ...rest] = items;
  const [announcement, setAnnouncement] = useState('');
  const topTitle = top ? t(top.titleKey, itemVars(top, t)) : '';

  // Announce every change of the top item after an in-place view switch (A → B → A too), but not
  // the first render: the title is read anyway when the user gets there.
  const shownTitle = useRef(topTitle);
  useEffect(() => {
    if (topTitle && topTitle !== shownTitle.current) setAnnouncement(topTitle);
    shownTitle.current = topTitle;
  }, [topTitle]);

  if (!top) return null;
  const act = (item: GuidanceItem) => (action: GuidanceAction) => onAction(action, item);
  return (
    <div class={`ss-guidance ss-guidance-${surface}`}>
      <div class="ss-sr" aria-live="polite" role="status">
        {announcement}
      </div>
      <section class="ss-top" aria-labelledby={`ss-item-${top.id}`} data-item={top.id}>
        <h2 id={`ss-item-${top.id}`} class="ss-top-title">
          {topTitle}
        </h2>
        <ItemBody item={top} />
        <GuidanceActions actions={top.actions} onAction={act(top)} isActionAvailable={isActionAvailable} />
      </section>
      {rest.length > 0 && (
        <section class="ss-more" aria-label={t('ui:moreHelp')}>
          <h2 class="ss-more-title">{t('ui:moreHelp')}</h2>
          <ul>
            {rest.map((item) => (
              <li key={item.id} data-item={item.id}>
                <details>
                  <summary>{t(item.titleKey, itemVars(item, t))}</summary>
                  <ItemBody item={item} />
                  <GuidanceActions actions={item.actions} onAction={act(item)} isActionAvailable={isActionAvailable} />
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
