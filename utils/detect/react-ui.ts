import type { AuthMethod } from '../detection-types';
import type { Ctx, Found, Rule } from './context';
import { codeView, hasText } from './code-view';
import { attr } from './dom';
import { imageMethod, pushUnique, toMethod } from './methods';

/**
 * MSA (login.live.com) and Entra External ID (ciamlogin.com) React UI, read from `data-testid`
 * and a few ids. Scanning `[data-testid]` costs a walk of the sign-in container, so it only
 * runs on those hosts, when a React anchor id is present, or as the last try before `unknown`.
 */
export const ANCHORS = [
  'usernameEntry',
  'oneTimeCodeTitle',
  'credentialPickerTitle',
  'idTxtBx_OTC_Password',
  'otc-confirmation-input',
];

export type TestIds = Map<string, Element[]>;

export function reactAnchored(c: Ctx): boolean {
  return c.personal || c.ciam || ANCHORS.some((id) => c.doc.getElementById(id));
}

export function testIds(c: Ctx): TestIds {
  const map: TestIds = new Map();
  const root = c.root();
  const all = root ? root.querySelectorAll('[data-testid]') : [];
  for (let i = 0; i < all.length && i < 3000; i++) {
    const el = all[i]!;
    const k = attr(el, 'data-testid');
    const list = map.get(k) || [];
    if (list.length < 20) list.push(el);
    map.set(k, list);
  }
  return map;
}

export const shownTestId = (c: Ctx, t: TestIds, k: string): Element | null =>
  (t.get(k) || []).find((el) => c.vis(el)) || null;

function picker(c: Ctx, t: TestIds): Found {
  const out: AuthMethod[] = [];
  for (const tile of t.get('tile') || []) {
    if (!c.vis(tile)) continue;
    const v = attr(tile, 'data-value');
    const img = tile.querySelector('img');
    const m = v ? toMethod(v, 'other') : img ? imageMethod(attr(img, 'src')) : undefined;
    pushUnique(out, m === 'app' ? 'push' : m);
  }
  for (const [k, els] of t) {
    const m = toMethod(k);
    if (m && /^[A-Z]/.test(k) && els.some((el) => c.vis(el))) pushUnique(out, m);
  }
  return { state: 'verify-identity-method-picker', ...(out.length ? { offeredMethods: out } : {}) };
}

export function reactRule(t: TestIds): Rule {
  return (c) => {
    const firstFactor = (c.facts.pageId || '').toLowerCase() === 'convergedsignin';
    const shown = (k: string) => shownTestId(c, t, k);
    if (shown('biometricVideo') || shown('registrationImg')) return { state: 'fido-passkey', method: 'fido' };
    if (shown('kmsiVideo') || c.vis(c.named('KMSI'))) return { state: 'not-mfa-kmsi' };
    if (shown('displaySign')) {
      return firstFactor
        ? { state: 'passwordless-push', method: 'push', numberMatchShown: true }
        : { state: 'approve-push-number-match', method: 'push', numberMatchShown: true };
    }
    if (shown('deviceShieldCheckmarkVideo'))
      return { state: firstFactor ? 'passwordless-push' : 'approve-push', method: 'push' };
    const input =
      c.shown('idTxtBx_OTC_Password') ||
      c.shown('otc-confirmation-input') ||
      shown('idTxtBx_OTC_Password') ||
      shown('otc-confirmation-input');
    const code = input || shown('codeEntry') || c.shown('oneTimeCodeTitle');
    if (code) {
      // The known description id, else the one the input names (aria-describedby), else the subtitle.
      const desc =
        c.doc.getElementById('oneTimeCodeDescription') ||
        c.doc.getElementById(attr(input, 'aria-describedby').split(' ').pop()!) ||
        shown('subtitle');
      const form = code.closest('form') || c.root();
      let wrong = hasText(c, c.doc.getElementById('undefinedError'));
      const alerts = form ? form.querySelectorAll('[role=alert]') : [];
      for (let i = 0; i < alerts.length && i < 10 && !wrong; i++) wrong = hasText(c, alerts[i]);
      return codeView(c, form, desc, wrong);
    }
    if (
      c.shown('credentialPickerTitle') ||
      shown('tile') ||
      shown('proof-confirmation') ||
      c.shown('proof-confirmation-email-input')
    ) {
      return picker(c, t);
    }
    if (shown('passwordEntry')) return { state: 'not-mfa-password' };
    if (c.shown('usernameEntry')) return { state: 'not-mfa-username' };
    return null;
  };
}
