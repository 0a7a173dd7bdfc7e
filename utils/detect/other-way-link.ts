import type { SignInState } from '../detection-types';
import { anyShown, type Ctx } from './context';
import { attr, textOf } from './dom';
import { testIds, shownTestId, reactAnchored, type TestIds } from './react-ui';

/**
 * Is a visible "Sign in another way" control on screen? Knockout `#signInAnotherWay` (and the
 * older / MSA ids), `a[id*=iDifferentOptionLink]`, the React `[data-testid=signInAnotherWay]`,
 * and on the passwordless prompt `#idA_PWD_SwitchToCredPicker`.
 * React footer (MSA/CIAM): `[data-testid=viewFooter] [role=button]` counts only on a two-step
 * view (code / push / call / fido / timeout …), where the footer offers the other ways; on the
 * password view the same footer means "other ways to sign in" to the FIRST factor, so the
 * username, password, KMSI and proof-up states always report false (the product reads this
 * flag as "another second-factor method is on offer").
 */
const IDS = ['signInAnotherWay', 'idA_SAOTCAS_Trouble', 'iHavingTroubleLink', 'idA_SAOTCC_Toggle'];

/**
 * The same controls as CSS selectors, in the order `otherWay` tries them: for the panel's
 * "show me the other way" action, which runs in a real browser and needs the element itself.
 */
export const OTHER_WAY_SELECTORS = [
  '#signInAnotherWay',
  '#idA_SAOTCAS_Trouble',
  '#iHavingTroubleLink',
  '#idA_SAOTCC_Toggle',
  '#idA_PWD_SwitchToCredPicker',
  'a[id*="iDifferentOptionLink"]',
  '[data-testid="signInAnotherWay"]',
  '[data-testid="viewFooter"] [role="button"]',
  '[data-testid="viewFooter"] a[href]',
  '[data-testid="viewFooter"] button',
] as const;

/** The visible other-way control on screen, or null (see the comment at the top). */
export function otherWay(c: Ctx, state: SignInState, t?: TestIds): Element | null {
  if (/^not-|proof-up/.test(state)) return null;
  const hit = anyShown(c, IDS);
  if (hit) return hit;
  if (state === 'passwordless-push') {
    const pick = c.shown('idA_PWD_SwitchToCredPicker');
    if (pick) return pick;
  }
  const root = c.root();
  const a = root?.querySelector('a[id*="iDifferentOptionLink"]');
  if (a && c.vis(a)) return a;
  if (!t && !reactAnchored(c)) return null;
  const ids = t || testIds(c);
  const tid = shownTestId(c, ids, 'signInAnotherWay');
  if (tid) return tid;
  if (state === 'verify-identity-method-picker' || state === 'error-page' || state === 'unknown') return null;
  for (const footer of ids.get('viewFooter') || []) {
    // Footer links: a `span[role=button]` (MSA), or a plain link / button (other React views).
    const btns = footer.querySelectorAll('[role=button],a[href],button');
    for (let i = 0; i < btns.length && i < 10; i++) if (c.vis(btns[i])) return btns[i]!;
  }
  return null;
}

/**
 * The words the page shows on that control (page UI text, never user data): text content,
 * else its aria-label; control and format characters removed, whitespace collapsed, at most
 * 80 characters. '' when there is none.
 */
export function controlText(el: Element | null): string {
  if (!el) return '';
  const raw = textOf(el, 400) || attr(el, 'aria-label');
  // Control, format (bidi, zero-width), private-use characters and line separators → a space.
  return raw
    .replace(/[\p{C}\p{Z}\s]+/gu, ' ')
    .trim()
    .slice(0, 80)
    .trim();
}
