import type { Detection, SignInState } from '../detection-types';
import type { Ctx } from './context';
import { attr } from './dom';

const TAP = /accesspass/i;

/**
 * Counts (never values) behind the backup-method nudge: how many proofs `$Config.arrUserProofs`
 * lists, how many method tiles the picker shows, whether it offers a Temporary Access Pass, and
 * whether a proof-up interrupt carries a deadline. Cheap: the tile scan and the script scan run
 * only on the picker and on proof-up screens.
 */
export function methodSignals(c: Ctx, state: SignInState): Partial<Detection> {
  const out: Partial<Detection> = {};
  let n = 0;
  for (const p of c.facts.proofs) if (!TAP.test(p.id)) n++;
  if (n) out.proofCount = n;
  if (state === 'verify-identity-method-picker') {
    // React tiles (live.com, ciamlogin.com) sit in the sign-in container; never scan a whole page.
    const list =
      c.doc.getElementById('idDiv_SAOTCS_Proofs') ||
      c.doc.getElementById('iProofList') ||
      (c.personal || c.ciam ? c.root() : null);
    const tiles = list ? list.querySelectorAll('[data-value],[data-testid=tile]') : [];
    let shown = 0;
    for (let i = 0; i < tiles.length && i < 40; i++) {
      if (!c.vis(tiles[i])) continue;
      if (TAP.test(attr(tiles[i], 'data-value'))) out.accessPassOffered = true;
      else shown++;
    }
    if (shown) out.pickerTiles = shown;
  }
  if (state === 'proof-up-required') {
    const s = c.doc.scripts;
    for (let i = 0; i < s.length && i < 60; i++) {
      const text = s[i]!.hasAttribute('src') ? '' : s[i]!.textContent || '';
      if (/"(iRemainingDaysToSkipMfaRegistration"\s*:\s*\d|urlSkipMfaRegistration"\s*:\s*"[^"])/.test(text))
        out.proofUpDeadline = true;
    }
  }
  return out;
}
