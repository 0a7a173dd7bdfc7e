import type { Rule } from './context';

/**
 * "Pick an account" (ConvergedSignIn, the first screen returning users see): the tiles view
 * (`div[data-viewid]` bound to the `tiles-view` component), `#tilesHolder` with one tile per
 * account, `#otherTile` ("Use another account"); no username or password input on screen
 * (this rule runs after that one).
 * Decided by ids and the view binding only: the tiles (ids and text are account names) are never read.
 */
export const accountPicker: Rule = (c) => {
  const id = (c.facts.pageId || '').toLowerCase();
  if (id && id !== 'convergedsignin') return null;
  const root = c.root();
  const hit =
    c.shown('tilesHolder') ||
    c.shown('otherTile') ||
    c.vis(root?.querySelector('[data-viewid][data-bind*="tiles-view"]'));
  // Runs after the username / password rule, so no credential input is on screen here.
  return hit ? { state: 'not-mfa-account-picker' } : null;
};
