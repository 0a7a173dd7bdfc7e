/**
 * Prefilled helpdesk tickets: the managed key `helpdeskTicketUrl` is an https URL template such as
 *   https://contoso.zendesk.com/hc/en-us/requests/new?ticket_form_id=360001&tf_subject={subject}&tf_description={body}
 * Pure module (no browser APIs). Two parts:
 * - validateTicketTemplate: the config validator (https only, no user:password, placeholders known,
 *   none in the scheme or host). A rejected template gives no link; the reason is shown to IT.
 * - buildTicketUrl: fills the placeholders from the prepared helpdesk request, each value percent-encoded
 *   as a URI component (so `&`, `=`, `#`, `/`, `^` and line breaks inside a value cannot end it), and caps
 *   the whole link at MAX_TICKET_URL characters: the body is shortened first, then the subject, the
 *   organization and the browser; identifiers are never cut. Values are shortened BEFORE encoding, so an
 *   escape like `%C3%A9` is never split. When even that does not fit, there is no link.
 */
import { CONTROL_CHARACTERS, fail, httpsUrl, ok, type ValidationResult } from './validators';

export const TICKET_PLACEHOLDERS = [
  'subject',
  'body',
  'errorCode',
  'correlationId',
  'requestId',
  'timestamp',
  'screen',
  'lang',
  'browser',
  'organizationName',
] as const;
export type TicketPlaceholder = (typeof TICKET_PLACEHOLDERS)[number];
export type TicketValues = Partial<Record<TicketPlaceholder, string>>;

/** Longest link we produce (older browsers, proxies and many ticket systems break above ~2,000). */
export const MAX_TICKET_URL = 2000;
/** Longest template accepted (leaves room for the values). */
export const MAX_TICKET_TEMPLATE = 1500;

/** Shortened in this order when the link is too long; all other values are ids and are never cut. */
const SHORTENABLE: readonly TicketPlaceholder[] = ['body', 'subject', 'organizationName', 'browser'];
const ELLIPSIS = '…';
const TOKEN = /\{([^{}]*)\}/g;

function isPlaceholder(name: string): name is TicketPlaceholder {
  return (TICKET_PLACEHOLDERS as readonly string[]).includes(name);
}

/** '' (no ticket link) or a template that buildTicketUrl can fill. Returns the trimmed template unchanged. */
export function validateTicketTemplate(raw: unknown): ValidationResult<string> {
  if (typeof raw !== 'string') return fail('wrong-type');
  if (raw.length > MAX_TICKET_TEMPLATE * 2 + 64) return fail('too-long');
  const value = raw.trim();
  if (value === '') return ok('');
  if (value.length > MAX_TICKET_TEMPLATE) return fail('too-long');
  if (CONTROL_CHARACTERS.test(value)) return fail('control-characters');
  if (/\s/.test(value)) return fail('invalid-url');
  // Every brace belongs to a known placeholder: "{password}", "{ subject }", "{{body}}" or a lone "{" are refused.
  const rest = value.replace(TOKEN, (whole, name: string) => (isPlaceholder(name) ? '' : whole));
  if (/[{}]/.test(rest)) return fail('unknown-placeholder');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (!scheme || scheme[1]!.toLowerCase() !== 'https')
    return fail(scheme || /^\/\//.test(value) ? 'not-https' : 'invalid-url');
  // The host is fixed by IT: no placeholder before the path starts.
  const authority = /^https:\/\/([^/?#]*)/i.exec(value);
  if (!authority || authority[1] === '') return fail('invalid-url');
  if (/[{}]/.test(authority[1]!)) return fail('placeholder-in-host');
  // The rest is the shared https rule (utils/validators.ts), applied to the template with sample values.
  const sample = httpsUrl(MAX_TICKET_URL, false)(value.replace(TOKEN, 'x'));
  return sample.ok ? ok(value) : sample;
}

/** Code-point-safe prefix (never half of a surrogate pair). */
function prefix(value: string, codePoints: number): string {
  return Array.from(value).slice(0, codePoints).join('');
}

/** `^` separates conditions in a ServiceNow encoded query: inside such a `^`-joined value, a value's own `^` would start a new one. */
function caretJoinedSpans(template: string): [number, number][] {
  const q = template.indexOf('?');
  if (q < 0) return [];
  const end = template.indexOf('#', q) < 0 ? template.length : template.indexOf('#', q);
  const spans: [number, number][] = [];
  let start = q + 1;
  for (const part of template.slice(q + 1, end).split('&')) {
    if (part.includes('^')) spans.push([start, start + part.length]);
    start += part.length + 1;
  }
  return spans;
}

function fill(template: string, values: Record<TicketPlaceholder, string>): string {
  const spans = caretJoinedSpans(template);
  return template.replace(TOKEN, (whole, name: string, offset: number) => {
    if (!isPlaceholder(name)) return whole;
    const inCaretList = spans.some(([a, b]) => offset >= a && offset < b);
    const v = inCaretList ? values[name].replace(/\^/g, ' ') : values[name];
    return encodeURIComponent(v);
  });
}

/**
 * The ticket link for a (validated) template, or undefined when the template is invalid or even the
 * shortest filling is longer than MAX_TICKET_URL. Missing values are filled with ''.
 */
export function buildTicketUrl(template: unknown, values: TicketValues, max = MAX_TICKET_URL): string | undefined {
  const checked = validateTicketTemplate(template);
  if (!checked.ok || checked.value === '') return undefined;
  const t = checked.value;
  const current = Object.fromEntries(
    TICKET_PLACEHOLDERS.map((k) => [k, typeof values[k] === 'string' ? (values[k] as string).normalize('NFC') : '']),
  ) as Record<TicketPlaceholder, string>;
  let url = fill(t, current);
  for (const key of SHORTENABLE) {
    if (url.length <= max) break;
    const full = Array.from(current[key]);
    // Longest prefix (plus "…") that fits; the encoded length grows with the prefix, so bisect.
    let lo = 0;
    let hi = full.length - 1;
    const attempt = (n: number) =>
      fill(t, { ...current, [key]: n > 0 ? `${prefix(current[key], n).trimEnd()}${ELLIPSIS}` : '' });
    let best = attempt(0);
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const candidate = attempt(mid);
      if (candidate.length <= max) {
        best = candidate;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const n = lo - 1;
    current[key] = n > 0 ? `${prefix(current[key], n).trimEnd()}${ELLIPSIS}` : '';
    url = best;
  }
  return url.length <= max ? url : undefined;
}
