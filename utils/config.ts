/**
 * Second Step configuration: defaults ← user options ← managed policy.
 *
 * Pure module (no browser APIs, relative imports only) so it runs in unit tests, the background,
 * the popup, the options page and the in-page panel alike.
 *
 * Rules:
 * - Policy wins and LOCKS the key (the user's value for it is ignored), but only when the policy value
 *   is valid. An invalid policy value is dropped and reported; the key then falls back to the user's
 *   value or the default, and IT sees the rejection on the options page.
 * - Every value is validated the same way whatever its source (Firefox checks no schema at all, and
 *   storage.local can hold anything an older version wrote).
 * - resolveConfig NEVER throws: null, arrays, primitives, proxies with throwing getters, `__proto__`,
 *   huge strings and unknown keys are all reported in `rejected` and never reach the result.
 * - Rejection reasons are stable codes (REASONS below); the options page translates them.
 */
import {
  TOPIC_IDS,
  type ConfigKey,
  type RejectedValue,
  type ResolvedConfig,
  type SecondStepConfig,
  type TopicId,
} from './config-types';
import { SUPPORTED_LANGUAGES } from './languages';

export const MICROSOFT_SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

export const DEFAULT_CONFIG: Readonly<SecondStepConfig> = Object.freeze({
  organizationName: '',
  helpdeskEmail: '',
  helpdeskUrl: '',
  helpdeskPhone: '',
  securityInfoUrl: MICROSOFT_SECURITY_INFO_URL,
  showInPagePanel: true,
  hiddenTopics: Object.freeze([]) as unknown as TopicId[],
  supportMessage: '',
  language: '',
  helpdeskLanguage: '',
  nudgeBackupMethod: true,
  backupNudgeSnoozeDays: 7,
  offersTemporaryAccessPass: false,
  reportSuspiciousActivity: false,
});

export const CONFIG_KEYS = Object.freeze(Object.keys(DEFAULT_CONFIG) as ConfigKey[]);

/** Maximum lengths (UTF-16 code units). Checked before any other test, so huge input costs nothing. */
export const MAX_LENGTH = Object.freeze({
  organizationName: 100,
  helpdeskEmail: 254,
  helpdeskUrl: 2048,
  helpdeskPhone: 40,
  securityInfoUrl: 2048,
  supportMessage: 500,
  language: 10,
  helpdeskLanguage: 10,
});
export const MAX_HIDDEN_TOPICS = 50;
/** Longest unknown key name echoed back in a rejection. */
const MAX_REPORTED_KEY = 64;

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
] as const;
export type Reason = (typeof REASONS)[number];

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: Reason; index?: number };
/** Non-fatal findings of a validator that still returns a value (e.g. unknown items dropped from a list). */
export type Validator<T> = (raw: unknown) => ValidationResult<T> & { dropped?: { index: number; reason: Reason }[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (reason: Reason) => ({ ok: false as const, reason });

// C0/C1 controls, and the bidi overrides/isolates that can disguise text (Trojan Source).
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Multi-line text may contain line feeds and tabs (normalised from CR LF first).
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function text(max: number, multiLine = false): Validator<string> {
  return (raw) => {
    if (typeof raw !== 'string') return fail('wrong-type');
    if (raw.length > max * 2 + 64) return fail('too-long'); // before any copying or regex work
    let value = raw.trim();
    if (multiLine) value = value.replace(/\r\n?/g, '\n');
    if (value.length > max) return fail('too-long');
    if ((multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) return fail('control-characters');
    return ok(value);
  };
}

/** https: URL with a host and no user:password. Empty string allowed when `optional`. Returns the normalised href. */
function httpsUrl(max: number, optional: boolean): Validator<string> {
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

// RFC 5322 atext minus the characters that change a mailto: URL or a header: ? & % , ; and no quotes,
// spaces, angle brackets or CR/LF. Domain: LDH labels, at least two.
const EMAIL_LOCAL = /^[A-Za-z0-9.!#$'*+/=^_`{|}~-]{1,64}$/;
const EMAIL_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

const emailText = text(MAX_LENGTH.helpdeskEmail);
export const validateEmail: Validator<string> = (raw) => {
  const r = emailText(raw);
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

const phoneText = text(MAX_LENGTH.helpdeskPhone);
export const validatePhone: Validator<string> = (raw) => {
  const r = phoneText(raw);
  if (!r.ok) return r;
  if (r.value === '') return ok('');
  if (!/^[+0-9 ().-]+$/.test(r.value)) return fail('invalid-phone');
  if ((r.value.match(/[0-9]/g) ?? []).length < 3) return fail('invalid-phone');
  if (r.value.lastIndexOf('+') > 0) return fail('invalid-phone'); // '+' only once, as the international prefix
  return ok(r.value);
};

function languageCode(raw: unknown): ValidationResult<string> {
  if (typeof raw !== 'string') return fail('wrong-type');
  if (raw.length > MAX_LENGTH.language) return fail('unknown-language');
  const wanted = raw.trim().toLowerCase();
  if (wanted === '') return ok('');
  const match = SUPPORTED_LANGUAGES.find((lang) => lang.toLowerCase() === wanted);
  return match ? ok(match) : fail('unknown-language');
}

export const validateBoolean: Validator<boolean> = (raw) => (typeof raw === 'boolean' ? ok(raw) : fail('wrong-type'));

/** Whole days, 1-90 (the backup-method reminder's "remind me later"). */
export const MAX_SNOOZE_DAYS = 90;
export const validateSnoozeDays: Validator<number> = (raw) => {
  if (typeof raw !== 'number' || !Number.isInteger(raw)) return fail('wrong-type');
  return raw >= 1 && raw <= MAX_SNOOZE_DAYS ? ok(raw) : fail('out-of-range');
};

/** A list of topic ids. Unknown items are dropped one by one (reported) and the rest kept; duplicates removed. */
export const validateHiddenTopics: Validator<TopicId[]> = (raw) => {
  if (!Array.isArray(raw)) return fail('wrong-type');
  if (raw.length > MAX_HIDDEN_TOPICS) return fail('too-many-items');
  const value: TopicId[] = [];
  const dropped: { index: number; reason: Reason }[] = [];
  for (let index = 0; index < raw.length; index++) {
    const item: unknown = raw[index];
    if (typeof item !== 'string') dropped.push({ index, reason: 'wrong-type' });
    else if (!(TOPIC_IDS as readonly string[]).includes(item)) dropped.push({ index, reason: 'unknown-topic' });
    else if (!value.includes(item as TopicId)) value.push(item as TopicId);
  }
  return { ok: true, value, dropped };
};

/** One validator per key; the options page uses the same ones for inline errors. */
export const VALIDATORS: { readonly [K in ConfigKey]: Validator<SecondStepConfig[K]> } = Object.freeze({
  organizationName: text(MAX_LENGTH.organizationName),
  helpdeskEmail: validateEmail,
  helpdeskUrl: httpsUrl(MAX_LENGTH.helpdeskUrl, true),
  helpdeskPhone: validatePhone,
  securityInfoUrl: httpsUrl(MAX_LENGTH.securityInfoUrl, false),
  showInPagePanel: validateBoolean,
  hiddenTopics: validateHiddenTopics,
  supportMessage: text(MAX_LENGTH.supportMessage, true),
  language: languageCode,
  helpdeskLanguage: languageCode,
  nudgeBackupMethod: validateBoolean,
  backupNudgeSnoozeDays: validateSnoozeDays,
  offersTemporaryAccessPass: validateBoolean,
  reportSuspiciousActivity: validateBoolean,
});

export function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

/** Key names from untrusted input, made safe and short enough to show. */
function reportableKey(key: string): string {
  const printable = key.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return printable.length > MAX_REPORTED_KEY ? `${printable.slice(0, MAX_REPORTED_KEY)}…` : printable;
}

interface SourceResult {
  values: Partial<SecondStepConfig>;
  rejected: RejectedValue[];
  /** The source was an object with at least one own key (policy: "this browser is managed"). */
  present: boolean;
}

/** Validates one source (user options or managed policy). Never throws. */
export function validateSource(raw: unknown, source: RejectedValue['source']): SourceResult {
  const values: Partial<SecondStepConfig> = {};
  const rejected: RejectedValue[] = [];
  if (raw === undefined || raw === null) return { values, rejected, present: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { values, rejected: [{ key: '*', source, reason: 'not-an-object' }], present: true };
  }
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return { values, rejected: [{ key: '*', source, reason: 'unreadable' }], present: true };
  }
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) {
      rejected.push({ key, source, reason: 'forbidden-key' });
      continue;
    }
    if (!isConfigKey(key)) {
      rejected.push({ key: reportableKey(key), source, reason: 'unknown-key' });
      continue;
    }
    try {
      const result = (VALIDATORS[key] as Validator<unknown>)((raw as Record<string, unknown>)[key]);
      if (!result.ok) {
        rejected.push({ key, source, reason: result.reason });
        continue;
      }
      for (const d of result.dropped ?? []) rejected.push({ key: `${key}[${d.index}]`, source, reason: d.reason });
      (values as Record<string, unknown>)[key] = result.value;
    } catch {
      rejected.push({ key, source, reason: 'unreadable' });
    }
  }
  return { values, rejected, present: keys.length > 0 };
}

function copyConfig(config: Readonly<SecondStepConfig>): SecondStepConfig {
  return { ...config, hiddenTopics: [...config.hiddenTopics] };
}

/**
 * defaults ← user ← managed. Policy keys (valid ones) are locked: the user's value for them is ignored.
 * `managed` is true when the policy object had any key at all, even only rejected ones, so IT sees them.
 */
export function resolveConfig(input: { user: unknown; managed: unknown }): ResolvedConfig {
  try {
    const user = validateSource(input?.user, 'user');
    const policy = validateSource(input?.managed, 'policy');
    const config = copyConfig(DEFAULT_CONFIG);
    const locked: ConfigKey[] = [];
    for (const key of CONFIG_KEYS) {
      if (Object.hasOwn(policy.values, key)) {
        (config as unknown as Record<string, unknown>)[key] = policy.values[key];
        locked.push(key);
      } else if (Object.hasOwn(user.values, key)) {
        (config as unknown as Record<string, unknown>)[key] = user.values[key];
      }
    }
    return { config, locked, rejected: [...policy.rejected, ...user.rejected], managed: policy.present };
  } catch {
    // Unreachable by design; the guarantee is that callers never see an exception.
    return { config: copyConfig(DEFAULT_CONFIG), locked: [], rejected: [{ key: '*', source: 'policy', reason: 'unreadable' }], managed: false };
  }
}

/** The values a user may save: only known, valid, unlocked keys. Invalid ones are returned as rejections. */
export function sanitizeUserOptions(
  partial: unknown,
  locked: readonly ConfigKey[] = [],
): { values: Partial<SecondStepConfig>; rejected: RejectedValue[] } {
  const { values, rejected } = validateSource(partial, 'user');
  for (const key of locked) delete values[key];
  return { values, rejected };
}
