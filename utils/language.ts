/**
 * Which supported language to show. Order: the user's override (options page / policy) when it
 * is supported > the page's `lang` > the browser's languages > English.
 *
 * Each candidate matches exactly (case-insensitive, `_` read as `-`), else by its base language:
 * `nl-BE` → `nl`, `de-AT` → `de`, `en-GB` → `en`, `fr-CA` → `fr`, `es-419` → `es`.
 * Decisions:
 * - Portuguese: every `pt*` (pt, pt-PT, pt-AO…) → `pt-BR`. European Portuguese readers read
 *   Brazilian Portuguese without trouble; that beats English for a locked-out user.
 * - Chinese: `zh`, `zh-CN`, `zh-SG`, `zh-Hans*` → `zh-CN`. Traditional Chinese (`zh-TW`, `zh-HK`,
 *   `zh-MO`, `zh-Hant*`) does NOT map to Simplified: many Traditional readers prefer not to be
 *   forced into Simplified script, so we move on to the next candidate (browser languages, which
 *   often list zh-CN or en too) and finally English.
 * - Garbage (non-strings, `*`, `x-…`, over-long or malformed tags) is skipped.
 */
import { SUPPORTED_LANGUAGES } from './languages';

export interface PickLanguageInput {
  pageLang?: string | null;
  browserLangs?: readonly (string | null | undefined)[] | null;
  override?: string | null;
  supported: readonly string[];
}

const TAG_RE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;
const TRADITIONAL_ZH = /^zh-(?:tw|hk|mo|hant)(?:-|$)|^zh-hant|^zh-[a-z]+-(?:tw|hk|mo)$/;

function normalize(tag: unknown): string {
  if (typeof tag !== 'string') return '';
  const v = tag.trim().replace(/_/g, '-').toLowerCase();
  return v.length <= 35 && TAG_RE.test(v) ? v : '';
}

export function matchLanguage(tag: unknown, supported: readonly string[]): string | undefined {
  const v = normalize(tag);
  if (!v) return undefined;
  const exact = supported.find((s) => s.toLowerCase() === v);
  if (exact) return exact;
  const base = v.split('-')[0]!;
  if (base === 'zh' && TRADITIONAL_ZH.test(v)) return undefined;
  const sameBase = supported.find((s) => s.toLowerCase() === base);
  if (sameBase) return sameBase;
  // A supported regional variant stands in for its whole language (pt → pt-BR, zh → zh-CN).
  return supported.find((s) => s.toLowerCase().split('-')[0] === base);
}

export function pickLanguage(input: PickLanguageInput): string {
  const supported = Array.isArray(input.supported) ? input.supported : [];
  const fallback = supported.find((s) => s.toLowerCase() === 'en') ?? supported[0] ?? 'en';
  const candidates: unknown[] = [
    input.override,
    input.pageLang,
    ...(Array.isArray(input.browserLangs) ? input.browserLangs : []),
  ];
  for (const c of candidates) {
    const hit = matchLanguage(c, supported);
    if (hit) return hit;
  }
  return fallback;
}

/**
 * The one choice of language for every surface (badge, chip, panel, popup, options): the
 * override (options page or policy), the page's language, the browser's languages, English.
 */
export function guidanceLanguage(
  pageLang: string | undefined,
  override: string,
  browserLangs: readonly string[],
): string {
  return pickLanguage({ pageLang, browserLangs, override, supported: SUPPORTED_LANGUAGES });
}
