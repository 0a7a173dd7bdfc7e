import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LANGUAGES } from './languages';
import {
  TWO_STEP_STATES,
  SIGN_IN_STATES,
  AUTH_METHODS,
  type AccountKind,
  type AuthMethod,
  type SignInState,
} from './detection-types';
import { TOPIC_IDS } from './config-types';
import type { GuidanceItem, TabStats } from './guidance-types';
import { backupMethodNudge, newPhone } from './guidance/recovery';
import { buildGuidance } from './guidance';
import { itemVars } from './guidance-text';
import { buildAdminRequest } from './admin-request';
import { KNOWN_ERROR_CODES } from './guidance/error-codes';
import { TEST_CONFIG, detection } from '@/tests/support/guidance-fixtures';

/**
 * Locale completeness for every namespace file that exists in English (also other engineers'
 * namespaces: a missing translation is a bug wherever it lives).
 */
const ROOT = join(process.cwd(), 'locales');
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_RE = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`);

type Flat = Record<string, unknown>;
function flatten(obj: unknown, prefix = '', out: Flat = {}): Flat {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = obj;
  return out;
}
function load(lang: string, ns: string): Flat | undefined {
  const p = join(ROOT, lang, `${ns}.json`);
  if (!existsSync(p)) return undefined;
  return flatten(JSON.parse(readFileSync(p, 'utf8')));
}
const vars = (s: unknown) => new Set([...String(s).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));
const sorted = (s: Set<string | undefined>) => [...s].sort();

/** Split flat keys into plain keys and plural groups (base → forms). */
function groups(flat: Flat) {
  const plain: string[] = [];
  const plural = new Map<string, string[]>();
  for (const key of Object.keys(flat)) {
    const m = PLURAL_RE.exec(key);
    if (m) plural.set(m[1]!, [...(plural.get(m[1]!) ?? []), m[2]!]);
    else plain.push(key);
  }
  return { plain, plural };
}

const NAMESPACES = readdirSync(join(ROOT, 'en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const OTHER_LANGS = SUPPORTED_LANGUAGES.filter((l) => l !== 'en');

/** Values allowed to be identical to English: brand names, product words, URLs, pure placeholders. */
const SAME_AS_EN_OK = new Set([
  'Second Step',
  'Microsoft',
  'Microsoft Authenticator',
  'Authenticator',
  'SMS',
  'IT',
  'Browser',
  'OK',
  'Passkey',
  'E-mail',
  'Email',
  'Chat',
  'Helpdesk',
  'Support',
  'Info',
  'Details',
  'Status',
  'Link',
  'Code',
  'Online',
  'Offline',
  'Organisation',
  'Organization',
  'Administrator',
  'Auto',
  'Test',
  'Version',
  'Debug',
  'Tab',
  'Mail',
]);
function sameAsEnglishAllowed(value: string): boolean {
  if (SAME_AS_EN_OK.has(value.trim())) return true;
  const stripped = value
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(
      /Microsoft Authenticator|Microsoft|Authenticator|Second Step|Windows Hello|FIDO2?|AADSTS\d*|SMS|URL|ID|IT/g,
      '',
    )
    .replace(/[^\p{L}]+/gu, '');
  return stripped.length <= 2;
}

describe('locale files', () => {
  it('the English namespaces are the shipped ones', () => {
    for (const ns of ['guidance', 'request']) expect(NAMESPACES).toContain(ns);
  });

  for (const ns of NAMESPACES) {
    const en = load('en', ns)!;
    const enG = groups(en);

    it(`en/${ns}: non-empty strings, plural forms for English`, () => {
      for (const [k, v] of Object.entries(en))
        expect(typeof v === 'string' && v.trim().length > 0, `en/${ns}:${k}`).toBe(true);
      for (const [base, forms] of enG.plural) expect(forms.sort(), `en/${ns}:${base}`).toEqual(['one', 'other']);
    });

    describe.each(OTHER_LANGS)(`%s/${ns}`, (lang) => {
      const loc = load(lang, ns);
      it('exists and is valid JSON', () => {
        expect(loc, `${lang}/${ns}.json`).toBeDefined();
      });
      if (!loc) return;
      const locG = groups(loc);
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

      it('has every key, non-empty, and no stray keys', () => {
        const missing = enG.plain.filter((k) => typeof loc[k] !== 'string' || !(loc[k] as string).trim());
        expect(missing, `missing in ${lang}/${ns}`).toEqual([]);
        const stray = locG.plain.filter((k) => !(k in en));
        expect(stray, `stray in ${lang}/${ns}`).toEqual([]);
        const strayPlural = [...locG.plural.keys()].filter((b) => !enG.plural.has(b));
        expect(strayPlural, `stray plural in ${lang}/${ns}`).toEqual([]);
      });

      it('has the plural forms the language needs (Intl.PluralRules)', () => {
        for (const base of enG.plural.keys()) {
          const forms = locG.plural.get(base) ?? [];
          for (const cat of needed) expect(forms, `${lang}/${ns}:${base}_${cat}`).toContain(cat);
          for (const cat of forms)
            expect(needed, `${lang}/${ns}:${base}_${cat} is not a ${lang} plural form`).toContain(cat);
          for (const cat of forms)
            expect(String(loc[`${base}_${cat}`] ?? '').trim().length, `${lang}/${ns}:${base}_${cat}`).toBeGreaterThan(
              0,
            );
        }
      });

      it('uses the same {{variables}} as English', () => {
        for (const k of enG.plain)
          if (k in loc) expect(sorted(vars(loc[k])), `${lang}/${ns}:${k}`).toEqual(sorted(vars(en[k])));
        for (const base of enG.plural.keys()) {
          const enVars = vars(en[`${base}_other`]);
          for (const cat of locG.plural.get(base) ?? []) {
            const v = vars(loc[`${base}_${cat}`]);
            for (const name of v) expect(enVars.has(name), `${lang}/${ns}:${base}_${cat} {{${name}}}`).toBe(true);
            if (cat !== 'one') expect(sorted(v), `${lang}/${ns}:${base}_${cat}`).toEqual(sorted(enVars));
          }
        }
      });

      it('has no English left (only brand names and placeholders may match)', () => {
        const same = Object.keys(en).filter(
          (k) => typeof loc[k] === 'string' && loc[k] === en[k] && !sameAsEnglishAllowed(en[k] as string),
        );
        expect(same, `${lang}/${ns} identical to English`).toEqual([]);
      });
    });
  }
});

describe('every key the code can emit exists in English', () => {
  const ACCOUNTS: AccountKind[] = ['work', 'personal', 'unknown'];
  const STATS: TabStats[] = [
    { stateSince: 0, codeScreens: 0, lastCodeScreenAt: 0, history: [] },
    {
      stateSince: 1,
      codeScreens: 3,
      lastCodeScreenAt: 1,
      history: ['verify-identity-method-picker', 'enter-code-sms'],
    },
    { stateSince: 1, codeScreens: 0, lastCodeScreenAt: 0, history: ['enter-code-totp', 'code-wrong'] },
  ];
  const OFFERED: AuthMethod[][] = [[], [...AUTH_METHODS], ['push', 'sms'], ['push', 'totp'], ['email']];
  const ERRORS = ['', ...KNOWN_ERROR_CODES, '90072'];

  function allItems(): GuidanceItem[] {
    const out: GuidanceItem[] = [];
    // Two-step screens, and an unknown view on a two-step page (generic help).
    for (const state of [...TWO_STEP_STATES, 'unknown' as const])
      for (const account of ACCOUNTS)
        for (const link of [true, false])
          for (const stats of STATS)
            for (const offered of OFFERED)
              for (const errorCode of ERRORS)
                for (const method of [undefined, 'sms', 'totp'] as const)
                  for (const hidden of [[], [...TOPIC_IDS]])
                    out.push(
                      ...buildGuidance({
                        detection: detection(state, {
                          account,
                          signInAnotherWay: link,
                          offeredMethods: offered,
                          errorCode,
                          method,
                          numberMatchShown: state === 'approve-push-number-match',
                          twoStepPage: true,
                        }),
                        stats,
                        config: { ...TEST_CONFIG, organizationName: 'Contoso', hiddenTopics: hidden },
                        now: 1_000_000,
                      }),
                    );
    out.push(...issue17Items());
    return out;
  }

  /** Issue 17: IT switches, every browser/system for the device fix, the reminder (shown by the popup and chip). */
  function issue17Items(): GuidanceItem[] {
    const out: GuidanceItem[] = [
      backupMethodNudge(false, ''),
      backupMethodNudge(true, ''),
      newPhone(false, 'https://x.example/'),
      newPhone(true, 'https://x.example/'),
    ];
    // The reminder's buttons are rendered by components/BackupNudge.tsx and the chip, not by an action.
    out.push({ ...out[0]!, bodyKeys: ['backup-method-nudge.later', 'backup-method-nudge.dismiss'] });
    const config = { ...TEST_CONFIG, offersTemporaryAccessPass: true, reportSuspiciousActivity: true };
    for (const state of TWO_STEP_STATES)
      for (const browser of ['chrome', 'edge', 'firefox', 'other'] as const)
        for (const os of ['windows', 'mac', 'linux', 'other'] as const)
          for (const signInAnotherWay of [true, false])
            out.push(
              ...buildGuidance({
                detection: detection(state, { errorCode: '53000', signInAnotherWay }),
                stats: STATS[0]!,
                config,
                now: 1,
                client: { browser, os },
              }),
            );
    return out;
  }

  it('guidance: titles, bodies, link labels', () => {
    const en = load('en', 'guidance')!;
    // The generic name of the other-way control, asked by itemVars when the page gave none.
    const keys = new Set<string>(['otherWayName']);
    for (const it of allItems()) {
      keys.add(it.titleKey);
      it.bodyKeys.forEach((k) => keys.add(k));
      for (const a of it.actions) if (a.kind === 'open-link') keys.add(a.labelKey);
    }
    const missing = [...keys].filter((k) => !(k in en) && !(`${k}_other` in en));
    expect(missing).toEqual([]);
    // And nothing in en/guidance.json is dead weight.
    const used = new Set([...keys].flatMap((k) => [k, `${k}_one`, `${k}_other`]));
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  }, 30_000); // A large enumeration (state × account × link × stats × methods × errors): slow on a busy machine.

  it('request: every key the builder asks for', () => {
    const en = load('en', 'request')!;
    const asked = new Set<string>();
    const t = ((key: string, opts?: { count?: number }) => {
      asked.add(opts && typeof opts.count === 'number' ? `${key}_other` : key);
      return key;
    }) as never;
    for (const state of SIGN_IN_STATES as readonly SignInState[])
      for (const account of ACCOUNTS)
        for (const org of ['', 'Contoso'])
          buildAdminRequest({
            detection: detection(state, {
              account,
              errorCode: '50076',
              requestId: 'aaaaaaaa-bbbb',
              correlationId: 'cccccccc-dddd',
              timestamp: '2026-01-01T00:00:00Z',
            }),
            config: {
              ...TEST_CONFIG,
              organizationName: org,
              supportMessage: org ? 'note' : '',
              helpdeskEmail: org ? 'it@contoso.example' : '',
              helpdeskUrl: org ? 'https://help.example' : '',
              helpdeskPhone: org ? '+1 555 0100' : '',
            },
            stats: { stateSince: 1, codeScreens: 2, lastCodeScreenAt: 1, history: [] },
            browserName: 'x',
            now: 120_000,
            t,
          });
    expect([...asked].filter((k) => !(k in en))).toEqual([]);
  });
});

describe('every guidance item renders in every language (i18next, real plural rules)', () => {
  it.each(SUPPORTED_LANGUAGES)('%s', async (lang) => {
    const { createI18n } = await import('./i18n');
    const guidance = JSON.parse(readFileSync(join(ROOT, lang, 'guidance.json'), 'utf8'));
    const i18n = createI18n(lang, { guidance });
    const t = i18n.getFixedT(lang, 'guidance');
    for (const state of [...TWO_STEP_STATES, 'unknown' as const])
      for (const account of ['work', 'personal'] as AccountKind[])
        for (const link of [true, false])
          for (const codeScreens of [1, 2, 5, 22]) {
            const items = buildGuidance({
              detection: detection(state, {
                account,
                signInAnotherWay: link,
                offeredMethods: [...AUTH_METHODS],
                errorCode: '53003',
                twoStepPage: true,
                ...(codeScreens === 2 ? { signInAnotherWayText: 'Page words' } : {}),
              }),
              stats: { stateSince: 1, codeScreens, lastCodeScreenAt: Date.UTC(2026, 0, 1, 8, 7), history: [] },
              config: { ...TEST_CONFIG, organizationName: 'Contoso' },
              now: 1,
            });
            for (const it of items)
              for (const key of [it.titleKey, ...it.bodyKeys]) {
                const text = t(key, itemVars(it, t) as never);
                expect(text, `${lang}:${key}`).not.toBe(key);
                expect(text, `${lang}:${key}`).not.toMatch(/\{\{|\}\}/);
                if (key.endsWith('.count')) expect(text, `${lang}:${key}`).toContain(String(codeScreens));
              }
          }
  });
});
