import { describe, expect, it } from 'vitest';
import { buildGuidance, LINK_EXPECTED_STATES } from './guidance';
import { SIGN_IN_STATES, TWO_STEP_STATES, type AccountKind, type SignInState } from './detection-types';
import { TOPIC_IDS, type TopicId } from './config-types';
import type { GuidanceItem } from './guidance-types';
import { TEST_CONFIG, detection } from '@/tests/support/guidance-fixtures';
import { EMPTY_STATS } from './tab-stats';
import { AUTHENTICATOR_FAQ_URL, MSA_RECOVERY_URL, MSA_SECURITY_URL } from './guidance/context';

const NOW = Date.UTC(2026, 0, 15, 9, 30);

function run(
  state: SignInState,
  extra: Parameters<typeof detection>[1] = {},
  opts: { stats?: typeof EMPTY_STATS; config?: Partial<typeof TEST_CONFIG> } = {},
) {
  return buildGuidance({
    detection: detection(state, extra),
    stats: opts.stats ?? EMPTY_STATS,
    config: { ...TEST_CONFIG, ...opts.config },
    now: NOW,
  });
}
const ids = (items: GuidanceItem[]) => items.map((i) => i.id);
const kinds = (item: GuidanceItem | undefined) => item?.actions.map((a) => a.kind) ?? [];
const ACCOUNTS: AccountKind[] = ['work', 'personal', 'unknown'];

describe('buildGuidance: scope', () => {
  it('returns nothing for non-two-step states', () => {
    for (const s of SIGN_IN_STATES.filter((s) => !TWO_STEP_STATES.includes(s))) expect(run(s)).toEqual([]);
  });

  it('reaches every scenario S1-S7 from every two-step state, for every account and link state', () => {
    for (const s of TWO_STEP_STATES)
      for (const account of ACCOUNTS)
        for (const link of [true, false]) {
          const topics = new Set(run(s, { account, signInAnotherWay: link }).map((i) => i.topic));
          // The seven scenario topics everywhere; issue 17's topics only where they apply.
          const seven = TOPIC_IDS.filter(
            (t) => !['new-phone', 'temporary-access-pass', 'device-sign-in', 'backup-method'].includes(t),
          );
          expect([...topics].filter((t) => seven.includes(t)).sort(), `${s}/${account}/${link}`).toEqual(
            [...seven].sort(),
          );
        }
  });

  it('has unique ids, keys only, and the S7 item last on every two-step state', () => {
    for (const s of TWO_STEP_STATES)
      for (const account of ACCOUNTS) {
        const items = run(s, { account });
        expect(new Set(ids(items)).size).toBe(items.length);
        expect(items.at(-1)!.topic).toBe('contact-helpdesk');
        for (const it of items) {
          expect(it.titleKey).toMatch(/^[a-z0-9-]+\.[A-Za-z0-9-]+$/);
          for (const k of it.bodyKeys) expect(k).toMatch(/^[a-z0-9-]+\.[A-Za-z0-9-]+$/);
        }
      }
  });

  it('offers the Authenticator FAQ and the "add more methods" link from every two-step state', () => {
    for (const s of TWO_STEP_STATES) {
      const items = run(s);
      const links = items.flatMap((i) => i.actions).filter((a) => a.kind === 'open-link');
      expect(
        links.some((a) => a.kind === 'open-link' && a.url === AUTHENTICATOR_FAQ_URL),
        s,
      ).toBe(true);
      const add = items.find((i) => i.id === 'add-methods');
      expect(add?.actions).toEqual([
        { kind: 'open-link', url: TEST_CONFIG.securityInfoUrl, labelKey: 'links.securityInfo' },
      ]);
      expect(items.some((i) => i.topic === 'app-passwords')).toBe(true);
    }
  });

  it('never puts secrets in vars (no username, no code digits, no masked phone)', () => {
    for (const s of TWO_STEP_STATES) {
      const items = run(
        s,
        { maskedHint: '+XX XXX XXXX X89', errorCode: 'AADSTS50076', requestId: 'abc' },
        {
          stats: { stateSince: NOW - 1000, codeScreens: 3, lastCodeScreenAt: NOW - 1000, history: [] },
          config: { organizationName: 'Contoso' },
        },
      );
      for (const it of items)
        for (const [k, v] of Object.entries(it.vars)) {
          expect(['time', 'count', 'code', 'org']).toContain(k);
          expect(String(v)).not.toContain('X89');
        }
    }
  });
});

describe('buildGuidance: order follows the state', () => {
  const TOP: Record<string, string> = {
    'verify-identity-method-picker': 'picker-choose',
    'approve-push': 'forgot-phone',
    'approve-push-number-match': 'forgot-phone',
    'enter-code-sms': 'sms-latest',
    'enter-code-totp': 'totp-code',
    'enter-code-email': 'email-code',
    'phone-call': 'call-answer',
    'push-timeout-no-response': 'timeout-retry',
    'push-denied': 'denied-retry',
    'code-wrong': 'code-wrong',
    'proof-up-required': 'proof-up',
    'fido-passkey': 'fido-key',
    'passwordless-push': 'passwordless-number',
    'error-page': 'error-page',
    'enter-temporary-access-pass': 'temporary-access-pass',
  };
  it.each(Object.entries(TOP))('%s starts with %s (link visible)', (state, top) => {
    expect(run(state as SignInState)[0]!.id).toBe(top);
  });

  it('covers every two-step state in the table', () => {
    expect(Object.keys(TOP).sort()).toEqual([...TWO_STEP_STATES].sort());
  });

  it('push: phone not with you → highlight the link; number-match tips second; lost phone reachable', () => {
    const items = run('approve-push-number-match', { numberMatchShown: true });
    expect(items[0]!.id).toBe('forgot-phone');
    expect(items[0]!.actions[0]).toEqual({ kind: 'highlight-other-way' });
    expect(items[1]!.id).toBe('push-number');
    expect(ids(items)).toContain('lost-phone');
    expect(run('approve-push')[1]!.id).toBe('push-no-notification');
  });

  it('no highlight action when the link is not there', () => {
    for (const s of TWO_STEP_STATES)
      for (const it of run(s, { signInAnotherWay: false })) expect(kinds(it)).not.toContain('highlight-other-way');
  });

  it.each(LINK_EXPECTED_STATES)('%s without the link: "no other method is set up" + admin request on top', (s) => {
    const items = run(s, { signInAnotherWay: false });
    expect(items[0]!.id).toBe('no-other-way');
    expect(kinds(items[0])).toEqual(['admin-request']);
    expect(ids(items)).not.toContain('other-way');
  });

  it('without the link after coming from the picker: go back to the list instead', () => {
    const stats = { ...EMPTY_STATS, history: ['verify-identity-method-picker', 'enter-code-sms'] as SignInState[] };
    const items = run('enter-code-sms', { signInAnotherWay: false }, { stats });
    expect(items[0]!.id).toBe('back-to-picker');
    expect(ids(items)).not.toContain('no-other-way');
  });

  it('does not claim "no other method" on screens where the link is not expected', () => {
    for (const s of [
      'push-timeout-no-response',
      'push-denied',
      'fido-passkey',
      'passwordless-push',
      'verify-identity-method-picker',
      'proof-up-required',
      'error-page',
    ] as SignInState[])
      expect(ids(run(s, { signInAnotherWay: false }))).not.toContain('no-other-way');
  });

  it('SMS: latest-code helper with the time the screen appeared and the code count', () => {
    const at = new Date(2026, 0, 15, 9, 5).getTime();
    const items = run(
      'enter-code-sms',
      { method: 'sms' },
      { stats: { stateSince: at, codeScreens: 3, lastCodeScreenAt: at, history: ['enter-code-sms'] } },
    );
    const top = items[0]!;
    expect(top.id).toBe('sms-latest');
    expect(top.vars).toEqual({ time: '09:05', count: 3 });
    expect(top.bodyKeys).toEqual(['sms-latest.only', 'sms-latest.shownAt', 'sms-latest.count']);
    expect(items[1]!.id).toBe('sms-help');
    expect(items[1]!.bodyKeys).toEqual(['sms-help.provider', 'sms-help.signal', 'sms-help.test', 'sms-help.latest']);
  });

  it('SMS without stats: only the "newest code" rule', () => {
    expect(run('enter-code-sms')[0]!.bodyKeys).toEqual(['sms-latest.only']);
  });

  it('code-wrong: retype first; SMS helper when texts were involved; TOTP tips after an app code', () => {
    const sms = run(
      'code-wrong',
      {},
      { stats: { stateSince: 1, codeScreens: 2, lastCodeScreenAt: 1, history: ['enter-code-sms', 'code-wrong'] } },
    );
    expect(ids(sms).slice(0, 2)).toEqual(['code-wrong', 'sms-latest']);
    expect(sms[0]!.bodyKeys).toEqual(['code-wrong.retype', 'code-wrong.latest', 'code-wrong.other']);
    const totp = run('code-wrong', { method: 'totp' });
    expect(ids(totp).slice(0, 2)).toEqual(['code-wrong', 'totp-code']);
  });

  it('picker: explains the offered methods, those that work without the phone first', () => {
    const items = run('verify-identity-method-picker', {
      offeredMethods: ['push', 'sms', 'email', 'totp'],
      signInAnotherWay: false,
    });
    expect(items[0]!.id).toBe('picker-choose');
    expect(items[0]!.bodyKeys).toEqual([
      'picker-choose.intro',
      'picker-choose.m-totp',
      'picker-choose.m-email',
      'picker-choose.m-push',
      'picker-choose.m-sms',
      'picker-choose.none',
    ]);
  });

  it('picker with only phone methods: helpdesk on top', () => {
    const items = run('verify-identity-method-picker', { offeredMethods: ['push', 'sms'] });
    expect(items[0]!.id).toBe('picker-phone-only');
    expect(items[0]!.bodyKeys).toEqual(['picker-phone-only.ask']);
    expect(kinds(items[0])).toEqual(['admin-request']);
    const withApp = run('verify-identity-method-picker', { offeredMethods: ['push', 'totp'] });
    expect(withApp[0]!.bodyKeys).toEqual(['picker-phone-only.offline', 'picker-phone-only.ask']);
    expect(run('verify-identity-method-picker', { offeredMethods: ['push', 'voice'] })[0]!.id).toBe('picker-choose');
  });

  it('denied: retry first, then "did not start it? tell IT at once"', () => {
    const items = run('push-denied');
    expect(ids(items).slice(0, 2)).toEqual(['denied-retry', 'denied-not-you']);
    expect(kinds(items[1])).toEqual(['admin-request']);
  });

  it('timeout: retry, then another method', () => {
    const items = run('push-timeout-no-response');
    expect(items[0]!.bodyKeys).toEqual(['timeout-retry.resend', 'timeout-retry.open', 'timeout-retry.code']);
    expect(items[1]!.id).toBe('cannot-approve');
  });

  it('error page: explains a known code, offers the request and the details', () => {
    const items = run('error-page', { errorCode: 'AADSTS53003', requestId: 'x' });
    expect(items[0]!.bodyKeys).toEqual([
      'error-page.intro',
      'error-codes.c53003',
      'error-page.details',
      'error-page.send',
    ]);
    expect(items[0]!.vars).toEqual({ code: '53003' });
    expect(kinds(items[0])).toEqual(['admin-request', 'copy-details']);
    for (const c of ['50074', '50076', '50079', '500121'])
      expect(run('error-page', { errorCode: c })[0]!.bodyKeys).toContain(`error-codes.c${c}`);
    expect(run('error-page', { errorCode: '90072' })[0]!.bodyKeys).toContain('error-codes.unknown');
    expect(run('error-page')[0]!.bodyKeys).toEqual(['error-page.intro', 'error-page.details', 'error-page.send']);
  });

  it('proof-up: what it means, request + details, code explained', () => {
    const items = run('proof-up-required', { errorCode: '50079' });
    expect(items[0]!.id).toBe('proof-up');
    expect(items[0]!.bodyKeys).toContain('error-codes.c50079');
    expect(kinds(items[0])).toEqual(['admin-request', 'copy-details']);
  });

  it('fido and passwordless: tips with the link highlight', () => {
    expect(kinds(run('fido-passkey')[0])).toEqual(['highlight-other-way']);
    expect(run('passwordless-push')[0]!.bodyKeys).toContain('passwordless-number.other');
  });
});

describe('buildGuidance: personal accounts', () => {
  it('never asks a company admin; points to Microsoft account recovery and security', () => {
    for (const s of TWO_STEP_STATES)
      for (const link of [true, false]) {
        const items = run(s, { account: 'personal', signInAnotherWay: link });
        for (const it of items) {
          expect(kinds(it), `${s}/${it.id}`).not.toContain('admin-request');
          for (const k of [it.titleKey, ...it.bodyKeys])
            expect(k).not.toMatch(/\.(askIt|tellIt|ask|none|empty|cant|act|send|details)$/);
        }
        const urls = items.flatMap((i) => i.actions).flatMap((a) => (a.kind === 'open-link' ? [a.url] : []));
        expect(urls).toContain(MSA_RECOVERY_URL);
        expect(urls).toContain(MSA_SECURITY_URL);
        expect(items.at(-1)!.id).toBe('recover-account');
      }
  });

  it('tailored app-password and lost-phone texts', () => {
    const items = run('approve-push', { account: 'personal' });
    expect(ids(items)).toContain('app-passwords-personal');
    expect(ids(items)).toContain('lost-phone-personal');
    expect(ids(items)).not.toContain('app-passwords');
    expect(run('approve-push', { account: 'personal', signInAnotherWay: false })[0]!.id).toBe('no-other-way-personal');
  });

  it('an unknown account kind is treated like a work account', () => {
    expect(ids(run('approve-push', { account: 'unknown' }))).toContain('contact-helpdesk');
  });
});

describe('buildGuidance: hidden topics', () => {
  it('removes hidden topics', () => {
    const items = run('enter-code-sms', {}, { config: { hiddenTopics: ['app-passwords', 'sms-code'] } });
    expect(items.some((i) => i.topic === 'app-passwords' || i.topic === 'sms-code')).toBe(false);
  });

  it('never removes the last way to the helpdesk', () => {
    const all = [...TOPIC_IDS] as TopicId[];
    for (const s of TWO_STEP_STATES)
      for (const account of ACCOUNTS) {
        const items = run(s, { account }, { config: { hiddenTopics: all } });
        expect(items.length, s).toBe(1);
        expect(items[0]!.topic).toBe('contact-helpdesk');
        expect(items[0]!.id).toBe(account === 'personal' ? 'recover-account' : 'contact-helpdesk');
      }
  });

  it('hiding contact-helpdesk alone keeps other helpdesk routes and drops the S7 item', () => {
    const items = run('approve-push', {}, { config: { hiddenTopics: ['contact-helpdesk'] } });
    expect(ids(items)).not.toContain('contact-helpdesk');
    expect(items.some((i) => kinds(i).includes('admin-request'))).toBe(true);
  });

  it('org name appears only as a var of the S7 item', () => {
    const items = run('approve-push', {}, { config: { organizationName: 'Contoso\r\nBcc: x' } });
    const s7 = items.at(-1)!;
    expect(s7.vars).toEqual({ org: 'Contoso Bcc: x' });
    expect(s7.bodyKeys).toContain('contact-helpdesk.org');
  });

  it('a non-https security info URL falls back to Microsoft', () => {
    const items = run('approve-push', {}, { config: { securityInfoUrl: 'javascript:alert(1)' } });
    const add = items.find((i) => i.id === 'add-methods')!;
    expect(add.actions[0]).toMatchObject({ url: 'https://mysignins.microsoft.com/security-info' });
  });
});
