/**
 * Masked phone / e-mail hints in a short description text. A hint is returned only when it is
 * visibly masked (X, *, • …); unmasked numbers or addresses are never returned.
 */
const MASK = /[Xx*•●∗…]/g;
const PHONE = /(?:^|[^A-Za-z0-9])(\+?[\dXx*•●∗(][\dXx*•●∗\s().-]{4,28}[\dXx*•●∗])(?![A-Za-z0-9])/g;
const EMAIL = /[\w.+*•●∗…-]{1,64}@[\w*•●∗…-]{1,63}(?:\.[\w*•●∗…-]{1,63}){1,5}/;

export function maskedPhone(text: string): string | undefined {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const s = m[1]!.trim();
    const masks = (s.match(MASK) || []).length;
    const digits = (s.match(/\d/g) || []).length;
    if (masks >= 2 && digits <= 6 && masks + digits >= 6) return s;
  }
  return undefined;
}

export function anyEmail(text: string): string | undefined {
  const m = EMAIL.exec(text);
  return m ? m[0] : undefined;
}

export function maskedEmail(text: string): string | undefined {
  const e = anyEmail(text);
  return e && /[*•●∗…]/.test(e) ? e : undefined;
}

/** What a code description points at: a phone, an e-mail address (masked or not), or nothing. */
export function hintOf(text: string): { kind?: 'sms' | 'email'; hint?: string } {
  const email = anyEmail(text);
  if (email) return { kind: 'email', hint: maskedEmail(text) };
  const phone = maskedPhone(text);
  if (phone) return { kind: 'sms', hint: phone };
  if (/\+\d[\d\s().-]{6,}\d/.test(text)) return { kind: 'sms' };
  return {};
}
