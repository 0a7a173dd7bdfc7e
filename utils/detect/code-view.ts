import type { AuthMethod } from '../detection-types';
import type { Ctx, Found } from './context';
import { attr, textOf } from './dom';
import { hintOf } from './masked-hint';
import { imageMethod, toMethod } from './methods';

const CODE_STATE = { sms: 'enter-code-sms', totp: 'enter-code-totp', email: 'enter-code-email' } as const;
type CodeMethod = keyof typeof CODE_STATE;
const isCode = (m: AuthMethod | 'app' | undefined): m is CodeMethod => m === 'sms' || m === 'totp' || m === 'email';

/** The proof image of the visible view (`src`, or the `svgsrc`/`pngsrc` the page binds from). */
export function viewImage(c: Ctx, scope: Element | null): AuthMethod | 'app' | undefined {
  if (!scope) return undefined;
  const imgs = scope.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < 30; i++) {
    const img = imgs[i]!;
    const m = imageMethod(attr(img, 'src') || attr(img, 'svgsrc') || attr(img, 'pngsrc'));
    if (m && c.vis(img)) return m;
  }
  return undefined;
}

/** Climb from a view element to the container holding that whole view (bounded). */
export function viewScope(el: Element | null, limit = 5): Element | null {
  let n = el;
  for (let i = 0; n?.parentElement && i < limit; i++) {
    n = n.parentElement;
    if (/pageViewComponent/.test(attr(n, 'data-bind')) || n.localName === 'form' || n.id === 'lightbox') break;
  }
  return n;
}

/**
 * Method of a code-entry view, most specific signal first:
 * 1. the view's proof image (sms / email / the Authenticator image ⇒ totp);
 * 2. the description's hint: an e-mail address ⇒ email, a (masked) phone ⇒ sms;
 * 3. the `value` ATTRIBUTE of `input[name=mfaAuthMethod]` (a method name, not a secret; the
 *    server-rendered value, so it can lag behind a switch, hence after 1-2);
 * 4. `$Config` arrUserProofs: the default proof when it is a code method, else the only code method;
 * 5. otherwise totp (a TOTP description never names a phone or address).
 */
export function codeView(c: Ctx, scope: Element | null, desc: Element | null, wrong: boolean): Found {
  const text = textOf(desc, 600);
  const { kind, hint } = hintOf(text);
  let m: AuthMethod | 'app' | undefined = viewImage(c, scope);
  if (m === 'app') m = 'totp';
  if (!isCode(m)) m = kind;
  if (!isCode(m)) m = toMethod(attr(c.named('mfaAuthMethod'), 'value'));
  if (!isCode(m)) {
    const proofs = c.facts.proofs.map((p) => ({ m: toMethod(p.id), def: p.def })).filter((p) => isCode(p.m));
    const def = proofs.find((p) => p.def);
    m = def ? def.m : proofs.length === 1 ? proofs[0]!.m : undefined;
  }
  const method: CodeMethod = isCode(m) ? m : 'totp';
  return {
    state: wrong ? 'code-wrong' : CODE_STATE[method],
    method,
    ...(hint ? { maskedHint: hint } : {}),
  };
}

/** A visible, non-empty error/alert element. */
export function hasText(c: Ctx, el: Element | null | undefined): boolean {
  return !!el && c.vis(el) && textOf(el, 200).trim().length > 0;
}
