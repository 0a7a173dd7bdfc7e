import { browser } from 'wxt/browser';
import { NUDGE_ACTION_MESSAGE, request } from '@/utils/messages';
import { CHIP_TAG } from '@/components/in-page/chip-host';
import { measurePlacement } from '@/components/in-page/sign-in-box';
import { applyPlacement } from '@/components/in-page/placement-style';
import placementCss from '@/components/in-page/host-placement.css?inline';
import chipCss from './chip.css?inline';
import nudgeCss from './nudge-chip.css?inline';

/** The backup-method reminder's strings, translated by the background (see nudge-chip-context.ts). */
export interface NudgeStrings {
  title: string;
  body: string;
  add: string;
  later: string;
  dismiss: string;
  url: string;
}

const KEYS = ['title', 'body', 'add', 'later', 'dismiss', 'url'] as const;

export function parseNudgeStrings(value: unknown): NudgeStrings | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  for (const k of KEYS) if (typeof v[k] !== 'string' || (v[k] as string).length > 600) return null;
  if (!/^https:\/\/[^\s]+$/.test(v.url as string)) return null;
  return v as unknown as NudgeStrings;
}

/**
 * On "Stay signed in?" after a one-method sign-in: the reminder beside the sign-in box. "Add a
 * method now" is a plain link the user opens (a new tab); nothing on the page is clicked.
 */
export function mountNudgeChip(lang: string, label: string, s: NudgeStrings): void {
  const host = document.createElement(CHIP_TAG);
  host.setAttribute('data-second-step', 'chip');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${chipCss}\n${nudgeCss}\n${placementCss}`;
  const aside = document.createElement('aside');
  aside.className = 'ss-chip ss-nudge';
  aside.lang = lang;
  aside.setAttribute('aria-label', label);
  aside.setAttribute('data-item', 'backup-method-nudge');
  const title = document.createElement('h2');
  title.className = 'ss-nudge-title';
  title.textContent = s.title;
  const body = document.createElement('p');
  body.className = 'ss-nudge-body';
  body.textContent = s.body;
  const add = document.createElement('a');
  add.className = 'ss-chip-help ss-nudge-add';
  add.href = s.url;
  add.target = '_blank';
  add.rel = 'noopener noreferrer';
  add.textContent = s.add;
  add.setAttribute('data-action', 'nudge-add');
  const buttons = document.createElement('div');
  buttons.className = 'ss-nudge-actions';
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = s.later;
  later.setAttribute('data-action', 'nudge-snooze');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = s.dismiss;
  dismiss.setAttribute('data-action', 'nudge-dismiss');
  buttons.append(add, later, dismiss);
  aside.append(title, body, buttons);
  shadow.append(style, aside);
  applyPlacement(host, measurePlacement());
  document.body.appendChild(host);

  const send = (action: 'add' | 'snooze' | 'dismiss') => {
    void browser.runtime.sendMessage(request(NUDGE_ACTION_MESSAGE, { action })).catch(() => {});
    host.remove();
  };
  add.addEventListener('click', () => send('add'));
  later.addEventListener('click', () => send('snooze'));
  dismiss.addEventListener('click', () => send('dismiss'));
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && host.matches(':focus-within')) {
      e.stopPropagation();
      host.remove();
    }
  });
}
