import type { TFunction } from 'i18next';
import { isSignInState, type Detection } from './detection-types';
import type { SecondStepConfig } from './config-types';
import type { TabStats } from './guidance-types';
import { VALIDATORS } from './config';
import { cleanText, present } from './validators';
import { normalizeErrorCode } from './guidance/error-codes';
import { diagnosticLines } from './diagnostics';
import { buildTicketUrl } from './ticket-url';
import { SUPPORTED_LANGUAGES } from './languages';

export interface AdminRequestInput {
  detection: Detection;
  config: SecondStepConfig;
  stats: TabStats | null | undefined;
  /** e.g. "Chrome 140" or "Firefox 153"; shown as given after cleaning. */
  browserName: string;
  now: number;
  /** Translator bound to the `request` namespace, in the helpdesk's language. */
  t: TFunction;
}

export interface AdminRequest {
  subject: string;
  /** Message body, lines joined with "\n". */
  body: string;
  /** mailto: URL, only when config.helpdeskEmail is a valid plain address. */
  mailto?: string;
  /** The helpdesk portal (https only). */
  url?: string;
  /** tel: URL (digits and a leading +), only when config.helpdeskPhone is a plausible number. */
  tel?: string;
  /** Prefilled ticket form (config.helpdeskTicketUrl filled from this request), only when the template is valid. */
  ticket?: string;
  /** Everything to copy by hand: subject, body, and where to send it. */
  text: string;
}

/**
 * The language of the prepared helpdesk message: the organisation's `helpdeskLanguage` when it is
 * supported, else the user's guidance language.
 */
export function requestLanguage(
  config: Pick<SecondStepConfig, 'helpdeskLanguage'>,
  userLang: string,
  supported: readonly string[],
): string {
  const wanted = typeof config.helpdeskLanguage === 'string' ? config.helpdeskLanguage.trim() : '';
  const hit = supported.find((s) => s.toLowerCase() === wanted.toLowerCase());
  return hit ?? userLang;
}

// The configuration's own validators (utils/validators.ts): a value the options page accepts is
// exactly a value the request uses, and none can end the address part of a mailto: URL.
export const safeEmail = (value: unknown): string | undefined => present(VALIDATORS.helpdeskEmail(value));
export const safeHttpsUrl = (value: unknown): string | undefined => present(VALIDATORS.helpdeskUrl(value));

/** "+31 20 123 4567", "(030) 123-45.67" → "tel:+31201234567" / "tel:030123456 7"; anything else → undefined. */
export function safeTel(value: unknown): string | undefined {
  const number = present(VALIDATORS.helpdeskPhone(value));
  if (!number) return undefined;
  return `tel:${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}

/** Only what an identifier can look like: hex digits and dashes (GUIDs). */
function safeId(value: unknown): string {
  if (typeof value !== 'string') return '';
  const v = value.trim();
  return /^[0-9A-Fa-f-]{8,64}$/.test(v) ? v : '';
}

function safeTimestamp(value: unknown): string {
  if (typeof value !== 'string') return '';
  const v = value.trim();
  return /^[0-9T:.Z+ /-]{4,40}$/.test(v) ? v : '';
}

function safeHost(value: unknown): string {
  if (typeof value !== 'string') return '';
  const v = value.trim().toLowerCase();
  return /^[a-z0-9.-]{1,253}$/.test(v) ? v : '';
}

function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}

/**
 * The message the helpdesk needs: which screen, whether "Sign in another way" was there, the
 * error details the page shows, when, where, which browser. Never a username, a code, a phone
 * number or a token: only the detector's state and ids a helpdesk looks up in the sign-in logs.
 * Every value from the page or the configuration is cleaned (no line breaks, restricted
 * character sets), so none can add lines to the message or headers to the mailto: URL.
 */
export function buildAdminRequest(input: AdminRequestInput): AdminRequest {
  const { detection, config, t } = input;
  const stats = input.stats ?? undefined;
  const org = cleanText(config.organizationName, 100);
  const note = cleanText(config.supportMessage, 500);
  const browser = cleanText(input.browserName, 60);
  const state = detection.state;

  const subject = org ? t('subjectOrg', { org }) : t('subject');
  const lines: string[] = [
    org ? t('greetingOrg', { org }) : t('greeting'),
    '',
    t(config.offersTemporaryAccessPass === true && detection.account !== 'personal' ? 'introTap' : 'intro'),
    '',
    t('detailsHeading'),
  ];
  const field = (label: string, value: string | number) => lines.push(`- ${t(label)}: ${value}`);

  field('fields.screen', `${t(`states.${state}`)} (${state})`);
  field('fields.otherWay', detection.signInAnotherWay ? t('yes') : t('no'));
  const code = normalizeErrorCode(detection.errorCode);
  if (code) field('fields.errorCode', code);
  const requestId = safeId(detection.requestId);
  if (requestId) field('fields.requestId', requestId);
  const correlationId = safeId(detection.correlationId);
  if (correlationId) field('fields.correlationId', correlationId);
  const timestamp = safeTimestamp(detection.timestamp);
  if (timestamp) field('fields.pageTimestamp', timestamp);
  const host = safeHost(detection.host);
  if (host) field('fields.host', host);
  field(
    'fields.account',
    t(`accounts.${detection.account === 'personal' || detection.account === 'work' ? detection.account : 'unknown'}`),
  );
  field('fields.time', isoTime(input.now));
  if (stats && stats.stateSince > 0 && input.now >= stats.stateSince) {
    const minutes = Math.floor((input.now - stats.stateSince) / 60000);
    lines.push(`- ${t('fields.onScreen', { count: minutes })}`);
  }
  if (stats && stats.codeScreens > 0) lines.push(`- ${t('fields.codesRequested', { count: stats.codeScreens })}`);
  if (browser) field('fields.browser', browser);
  if (org) field('fields.organization', org);
  // A two-step page the detector did not recognise: the page report tells IT the page changed.
  const report = diagnosticLines(detection, (key, vars) => t(key, vars ?? {}));
  if (report.length) lines.push('', t('diagnostics.heading'), ...report.map((l) => `- ${l}`));
  lines.push('', t('noSecrets'), '', t('closing'));
  if (note) lines.push('', `${t('note')}: ${note}`);
  const body = lines.join('\n');

  const email = safeEmail(config.helpdeskEmail);
  const url = safeHttpsUrl(config.helpdeskUrl);
  const tel = safeTel(config.helpdeskPhone);
  const mailto = email
    ? `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`
    : undefined;

  // The ticket gets only what this message already says (same cleaned values), never anything more.
  const lang = (t as { lng?: unknown }).lng;
  const ticket = buildTicketUrl(config.helpdeskTicketUrl, {
    subject,
    body,
    errorCode: code,
    correlationId,
    requestId,
    timestamp: timestamp || isoTime(input.now),
    screen: isSignInState(state) ? state : 'unknown',
    lang: SUPPORTED_LANGUAGES.find((l) => l === lang) ?? '',
    browser,
    organizationName: org,
  });

  const sendTo: string[] = [];
  if (email) sendTo.push(`${t('sendTo.email')}: ${email}`);
  if (url) sendTo.push(`${t('sendTo.url')}: ${url}`);
  if (tel) sendTo.push(`${t('sendTo.phone')}: ${cleanText(config.helpdeskPhone, 40)}`);
  if (sendTo.length === 0) sendTo.push(t('sendTo.none'));
  const text = [`${t('subjectLabel')}: ${subject}`, '', body, '', ...sendTo].join('\n');

  return {
    subject,
    body,
    text,
    ...(mailto ? { mailto } : {}),
    ...(url ? { url } : {}),
    ...(tel ? { tel } : {}),
    ...(ticket ? { ticket } : {}),
  };
}
