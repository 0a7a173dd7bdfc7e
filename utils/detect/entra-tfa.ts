import type { AuthMethod } from '../detection-types';
import { anyShown, type Ctx, type Found, type Rule } from './context';
import { codeView, hasText, viewScope } from './code-view';
import { attr, textOf } from './dom';
import { hintOf } from './masked-hint';
import { pushUnique, toMethod } from './methods';

/**
 * ConvergedTFA (Knockout) views, also reused by the legacy MSA pages. A view is active when any
 * of its ids is visible; titles are tried first across all views (so a visible title wins over
 * leftovers of another view), then the other ids of each view (a variant that hides the title).
 */
type View = [ids: string[], read: (c: Ctx, hit: Element) => Found];

export function offeredFrom(c: Ctx, list: Element | null): AuthMethod[] | undefined {
  const out: AuthMethod[] = [];
  if (list) {
    const tiles = list.querySelectorAll('[data-value]');
    for (let i = 0; i < tiles.length && i < 40; i++) pushUnique(out, toMethod(attr(tiles[i], 'data-value'), 'other'));
  }
  if (!out.length) for (const p of c.facts.proofs) pushUnique(out, toMethod(p.id, 'other'));
  return out.length ? out : undefined;
}

const VIEWS: View[] = [
  [
    ['idDiv_SAASDS_Title', 'idDiv_SAASDS_Description', 'idA_SAASDS_Resend', 'idBtn_SAASDS_Cancel'],
    () => ({ state: 'push-denied', method: 'push' }),
  ],
  [
    ['idDiv_SAASTO_Title', 'idDiv_SAASTO_Description', 'idA_SAASTO_Resend', 'idA_SAASTO_TOTP', 'iTimeoutTitle'],
    () => ({ state: 'push-timeout-no-response', method: 'push' }),
  ],
  [
    ['idDiv_SAOTCAS_Title', 'idDiv_SAOTCAS_Description', 'idRichContext_DisplaySign', 'iPollSessionDesc'],
    (c, hit) =>
      // The number: Knockout id, or the React test id (reference 3) inside the same view.
      c.shown('idRichContext_DisplaySign') || c.vis(viewScope(hit)?.querySelector('[data-testid=displaySign]'))
        ? { state: 'approve-push-number-match', method: 'push', numberMatchShown: true }
        : { state: 'approve-push', method: 'push' },
  ],
  [
    [
      'idDiv_SAOTCC_Title',
      'idDiv_SAOTCC_Description',
      'idTxtBx_SAOTCC_OTC',
      'idSubmit_SAOTCC_Continue',
      'idDiv_SAOTCC_OTCRow',
    ],
    (c, hit) => {
      const desc = c.shown('idDiv_SAOTCC_Description') || c.doc.getElementById('idDiv_SAOTCC_Description');
      // The 2026 input (`#otc-confirmation-input`, keepassxc #2831) may sit outside the form.
      const otc =
        c.shown('idTxtBx_SAOTCC_OTC') ||
        c.shown('otc-confirmation-input') ||
        (c.vis(c.named('otc')) ? c.named('otc') : null);
      if (!otc) {
        // Same view without a code box: the phone is being called (twoWayPollingNeeded).
        const { hint } = hintOf(textOf(desc, 600));
        return { state: 'phone-call', method: 'voice', ...(hint ? { maskedHint: hint } : {}) };
      }
      const row = c.shown('idDiv_SAOTCC_OTCRow');
      const alert = row?.querySelector('[role=alert]');
      const wrong =
        hasText(c, c.shown('idSpan_SAOTCC_Error_OTC')) ||
        hasText(c, c.shown('idDiv_SAOTCC_ErrorMsg_OTC')) ||
        /(^|\s)has-error(\s|$)/.test(attr(otc, 'class')) ||
        hasText(c, alert);
      return codeView(c, viewScope(desc || hit), desc, wrong);
    },
  ],
  [
    [
      'idDiv_SAOTCS_Title',
      'idDiv_SAOTCS_Proofs',
      'idDiv_SAOTCS_Proofs_Section',
      'idBtn_SAOTCS_Cancel',
      'idDiv_SAOTCS_ProofConfirmationDesc',
      'iSelectProofTitle',
      'iProofList',
    ],
    (c) => {
      const list = c.doc.getElementById('idDiv_SAOTCS_Proofs') || c.doc.getElementById('iProofList');
      const offered = offeredFrom(c, list);
      return { state: 'verify-identity-method-picker', ...(offered ? { offeredMethods: offered } : {}) };
    },
  ],
];

/** The title id of each known view (for the page diagnostic). */
export const TFA_TITLES = VIEWS.map(([ids]) => ids[0]!);

export const entraTfa: Rule = (c) => {
  for (const [ids, read] of VIEWS) {
    const hit = c.shown(ids[0]!);
    if (hit) return read(c, hit);
  }
  for (const [ids, read] of VIEWS) {
    const hit = anyShown(c, ids.slice(1));
    if (hit) return read(c, hit);
  }
  return null;
};
