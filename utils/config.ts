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
import { MAX_TICKET_TEMPLATE, validateTicketTemplate } from './ticket-url';
import {
  email,
  fail,
  httpsUrl,
  ok,
  phone,
  printable,
  type Reason,
  text,
  type Validator,
  type ValidationResult,
} from './validators';

export const MICROSOFT_SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

export const DEFAULT_CONFIG: Readonly<SecondStepConfig> = Object.freeze({
  organizationName: '',
  helpdeskEmail: '',
  helpdeskUrl: '',
  helpdeskTicketUrl: '',
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
  helpdeskTicketUrl: MAX_TICKET_TEMPLATE,
  helpdeskPhone: 40,
  securityInfoUrl: 2048,
  supportMessage: 500,
  language: 10,
  helpdeskLanguage: 10,
});
export const MAX_HIDDEN_TOPICS = 50;
/** Longest unknown key name echoed back in a rejection. */
const MAX_REPORTED_KEY = 64;

export { REASONS, type Reason, type ValidationResult, type Validator } from './validators';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const validateEmail: Validator<string> = email(MAX_LENGTH.helpdeskEmail);
export const validatePhone: Validator<string> = phone(MAX_LENGTH.helpdeskPhone);

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
  helpdeskTicketUrl: validateTicketTemplate,
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
  return printable(key, MAX_REPORTED_KEY);
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
    return {
      config: copyConfig(DEFAULT_CONFIG),
      locked: [],
      rejected: [{ key: '*', source: 'policy', reason: 'unreadable' }],
      managed: false,
    };
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
