/**
 * The one set of text, URL, e-mail and phone rules. The configuration validates with them
 * (utils/config.ts: VALIDATORS, per key with its maximum length) and everything that uses a
 * configured value again (the helpdesk request, the guidance links) asks the same validators, so
 * a value can never pass one check and fail another.
 */

/** Stable rejection codes (translated by the options page: `options:reason.<code>`). */
export const REASONS = [
  'not-an-object',
  'unreadable',
  'unknown-key',
  'forbidden-key',
  'wrong-type',
  'too-long',
  'control-characters',
  'invalid-url',
  'not-https',
  'url-credentials',
  'invalid-email',
  'invalid-phone',
  'unknown-language',
  'unknown-topic',
  'too-many-items',
  'out-of-range',
  'unknown-placeholder',
  'placeholder-in-host',
] as const;
export type Reason = (typeof REASONS)[number];

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: Reason; index?: number };
/** Non-fatal findings of a validator that still returns a value (e.g. unknown items dropped from a list). */
export type Validator<T> = (raw: unknown) => ValidationResult<T> & { dropped?: { index: number; reason: Reason }[] };

export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = (reason: Reason) => ({ ok: false as const, reason });

/** A valid, non-empty value, else undefined: for the places that use a configured value. */
export function present(result: ValidationResult<string>): string | undefined {
  return result.ok && result.value !== '' ? result.value : undefined;
}

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidi overrides and
// isolates that can disguise text (Trojan Source). Line feed and tab are allowed only in
// multi-line text. (Literals, not built with new RegExp: bundles that do not use them drop them.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
const CONTROL_CHARACTERS_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Text as shown or sent: control characters become spaces, runs of space one, capped at `max`. */
export function cleanText(value: unknown, max = 120): string {
  if (typeof value !== 'string') return '';
  return value.replace(CONTROL_CHARACTERS_ALL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Untrusted text shown back to the user (e.g. an unknown key name): controls become '?'. */
export function printable(value: string, max: number): string {
  const text = value.replace(CONTROL_CHARACTERS_ALL, '?');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Trimmed text up to `max`; multi-line text keeps line feeds and tabs (CR LF becomes LF). */
export function text(max: number, multiLine = false): Validator<string> {
  return (raw) => {
    if (typeof raw !== 'string') return fail('wrong-type');
    if (raw.length > max * 2 + 64) return fail('too-long'); // before any copying or regex work
    let value = raw.trim();
    if (multiLine) value = value.replace(/\r\n?/g, '\n');
    if (value.length > max) return fail('too-long');
    if ((multiLine ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL_CHARACTERS).test(value)) return fail('control-characters');
    return ok(value);
  };
}

/** https: URL with a host and no user:password. Empty string allowed when `optional`. Returns the normalised href. */
export function httpsUrl(max: number, optional: boolean): Validator<string> {
  const base = text(max);
  return (raw) => {
    const r = base(raw);
    if (!r.ok) return r;
    if (r.value === '') return optional ? ok('') : fail('invalid-url');
    if (/\s/.test(r.value)) return fail('invalid-url');
    let url: URL;
    try {
      url = new URL(r.value);
    } catch {
      return fail('invalid-url');
    }
    if (url.protocol !== 'https:') return fail('not-https');
    if (!url.hostname) return fail('invalid-url');
    if (url.username || url.password) return fail('url-credentials');
    if (url.href.length > max) return fail('too-long');
    return ok(url.href);
  };
}

// The local part: letters, digits and the characters RFC 6068 lets stand unescaped in a mailto:
// address (. _ ~ - ! $ ' * +). So nothing in it can end the address part of a mailto: URL or add
// a header: no ? & % # , ; / =, no quotes, spaces, angle brackets or line breaks. Domain: LDH
// labels, at least two (IDN domains in their xn-- form).
const EMAIL_LOCAL = /^[A-Za-z0-9._~!$'*+-]{1,64}$/;
const EMAIL_DOMAIN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** A plain e-mail address, or the empty string. */
export function email(max: number): Validator<string> {
  const base = text(max);
  return (raw) => {
    const r = base(raw);
    if (!r.ok) return r;
    if (r.value === '') return ok('');
    const at = r.value.indexOf('@');
    if (at < 1 || at !== r.value.lastIndexOf('@')) return fail('invalid-email');
    const local = r.value.slice(0, at);
    const domain = r.value.slice(at + 1);
    if (!EMAIL_LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
      return fail('invalid-email');
    }
    if (domain.length > 253 || !EMAIL_DOMAIN.test(domain)) return fail('invalid-email');
    return ok(r.value);
  };
}

/** Longest number a tel: link is built for (E.164 allows 15 digits; extensions need a few more). */
const MAX_PHONE_DIGITS = 20;

/** A phone number as people write it ("+31 (0)20-123.4567"), or the empty string. */
export function phone(max: number): Validator<string> {
  const base = text(max);
  return (raw) => {
    const r = base(raw);
    if (!r.ok) return r;
    if (r.value === '') return ok('');
    if (!/^[+0-9 ().-]+$/.test(r.value)) return fail('invalid-phone');
    const digits = (r.value.match(/[0-9]/g) ?? []).length;
    if (digits < 3 || digits > MAX_PHONE_DIGITS) return fail('invalid-phone');
    if (r.value.lastIndexOf('+') > 0) return fail('invalid-phone'); // '+' only once, as the international prefix
    return ok(r.value);
  };
}
