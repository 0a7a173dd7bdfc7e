import type { SignInState } from '../detection-types';
import { anyShown, type Ctx } from './context';
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
] as const;

export function otherWay(c: Ctx, state: SignInState, t?: TestIds): boolean {
  if (/^not-|proof-up/.test(state)) return false;
  if (anyShown(c, IDS)) return true;
  if (state === 'passwordless-push' && c.shown('idA_PWD_SwitchToCredPicker')) return true;
  const root = c.root();
  const a = root?.querySelector('a[id*="iDifferentOptionLink"]');
  if (a && c.vis(a)) return true;
  if (!t && !reactAnchored(c)) return false;
  const ids = t || testIds(c);
  if (shownTestId(c, ids, 'signInAnotherWay')) return true;
  if (state === 'verify-identity-method-picker' || state === 'error-page' || state === 'unknown') return false;
  for (const footer of ids.get('viewFooter') || []) {
    const btns = footer.querySelectorAll('[role=button]');
    for (let i = 0; i < btns.length && i < 10; i++) if (c.vis(btns[i])) return true;
  }
  return false;
}
