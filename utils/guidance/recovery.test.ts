import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGuidance } from '../guidance';
import { buildAdminRequest } from '../admin-request';
import { resolveConfig } from '../config';
import { createI18n } from '../i18n';
import { SUPPORTED_LANGUAGES } from '../languages';
import { TEST_CONFIG, detection } from '../../tests/support/guidance-fixtures';

const NO_STATS = { stateSince: 0, codeScreens: 0, lastCodeScreenAt: 0, history: [] };
import { DEVICE_ERROR_CODES } from './error-codes';
import { backupMethodNudge, clientFromUserAgent, MSA_PROOFS_URL, type ClientInfo } from './recovery';

const run = (d: ReturnType<typeof detection>, config = TEST_CONFIG, client?: ClientInfo) =>
  buildGuidance({ detection: d, stats: NO_STATS, config, now: 1, client });
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const device = (client: ClientInfo) =>
  run(detection('error-page', { errorCode: 'AADSTS53000' }), TEST_CONFIG, client).find(
    (i) => i.id === 'device-sign-in-browser',
  );

describe('device-based Conditional Access errors', () => {
  it('every device code gets the browser fix; other codes (50011, 53003, 500121) do not', () => {
    for (const code of DEVICE_ERROR_CODES)
      expect(ids(run(detection('error-page', { errorCode: code }))), code).toContain('device-sign-in-browser');
    for (const code of ['50011', '53003', '500121', ''])
      expect(ids(run(detection('error-page', { errorCode: code }))), code).not.toContain('device-sign-in-browser');
    expect(ids(run(detection('error-page', { errorCode: '53000', account: 'personal' })))).not.toContain(
      'device-sign-in-browser',
    );
  });
  it('is written for the browser and the system', () => {
    expect(device({ browser: 'chrome', os: 'windows' })!.bodyKeys).toEqual(
      expect.arrayContaining(['device-sign-in-browser.chromeWindows', 'device-sign-in-browser.chromeIt']),
    );
    expect(device({ browser: 'edge', os: 'windows' })!.bodyKeys).toContain('device-sign-in-browser.edge');
    expect(device({ browser: 'firefox', os: 'windows' })!.bodyKeys).toEqual(
      expect.arrayContaining(['device-sign-in-browser.firefoxWindows', 'device-sign-in-browser.firefoxIt']),
    );
    expect(device({ browser: 'chrome', os: 'mac' })!.bodyKeys).toContain('device-sign-in-browser.mac');
    expect(device({ browser: 'firefox', os: 'linux' })!.bodyKeys).toContain('device-sign-in-browser.linux');
    expect(device({ browser: 'other', os: 'other' })!.bodyKeys).toContain('device-sign-in-browser.other');
  });
  it('reads the browser and system from the user agent', () => {
    expect(
      clientFromUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
      ),
    ).toEqual({ browser: 'edge', os: 'windows' });
    expect(
      clientFromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:140.0) Gecko/20100101 Firefox/140.0'),
    ).toEqual({ browser: 'firefox', os: 'mac' });
    expect(
      clientFromUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
      ),
    ).toEqual({ browser: 'chrome', os: 'linux' });
    expect(clientFromUserAgent(42)).toEqual({ browser: 'other', os: 'other' });
  });
  it('hiddenTopics hides it like the others', () => {
    const items = run(detection('error-page', { errorCode: '53000' }), {
      ...TEST_CONFIG,
      hiddenTopics: ['device-sign-in'],
    });
    expect(ids(items)).not.toContain('device-sign-in-browser');
  });
});

describe('Temporary Access Pass', () => {
  it('the TAP screen opens with its guidance and a link to Security info', () => {
    const items = run(detection('enter-temporary-access-pass', { signInAnotherWay: false }));
    expect(items[0]!.id).toBe('temporary-access-pass');
    expect(items[0]!.actions).toContainEqual({
      kind: 'open-link',
      url: 'https://mysignins.microsoft.com/security-info',
      labelKey: 'links.securityInfo',
    });
  });
  it('offersTemporaryAccessPass: the top advice and the helpdesk request ask for a pass, not a reset', async () => {
    const d = detection('enter-code-sms', { signInAnotherWay: false });
    const plain = run(d);
    const tap = run(d, { ...TEST_CONFIG, offersTemporaryAccessPass: true });
    expect(plain[0]!.bodyKeys).toContain('no-other-way.ask');
    expect(tap[0]!.bodyKeys).toContain('no-other-way.askTap');
    expect(tap[0]!.actions).toContainEqual({ kind: 'admin-request', tap: true });
    const en = JSON.parse(readFileSync('locales/en/request.json', 'utf8'));
    const t = (await createI18n('en', { request: en })).getFixedT('en', 'request');
    const body = (config = TEST_CONFIG) =>
      buildAdminRequest({ detection: d, config, stats: NO_STATS, browserName: 'Chrome 140', now: 0, t }).body;
    expect(body()).toContain(en.intro);
    expect(body({ ...TEST_CONFIG, offersTemporaryAccessPass: true })).toContain(en.introTap);
    expect(body({ ...TEST_CONFIG, offersTemporaryAccessPass: true })).not.toContain(en.intro);
  });
});

describe('new phone, suspicious activity, the reminder item', () => {
  it('new-phone is in More help on push, code and call screens, never on top', () => {
    for (const state of [
      'approve-push',
      'approve-push-number-match',
      'enter-code-sms',
      'enter-code-totp',
      'phone-call',
      'code-wrong',
    ] as const) {
      const items = run(detection(state));
      expect(ids(items).indexOf('new-phone'), state).toBeGreaterThan(0);
    }
    expect(ids(run(detection('push-denied')))).not.toContain('new-phone');
    const personal = run(detection('approve-push', { account: 'personal' })).find((i) => i.id === 'new-phone')!;
    expect(personal.bodyKeys[0]).toBe('new-phone.beforePersonal');
    expect(personal.actions[0]).toMatchObject({ url: MSA_PROOFS_URL });
  });
  it('reportSuspiciousActivity adds the report advice to "didn\'t start this sign-in?" and keeps the rest', () => {
    const off = run(detection('push-denied')).find((i) => i.id === 'denied-not-you')!;
    const on = run(detection('push-denied'), { ...TEST_CONFIG, reportSuspiciousActivity: true }).find(
      (i) => i.id === 'denied-not-you',
    )!;
    expect(on.bodyKeys).toEqual([...off.bodyKeys, 'denied-not-you.report']);
    expect(
      run(detection('approve-push-number-match'), { ...TEST_CONFIG, reportSuspiciousActivity: true }).find(
        (i) => i.id === 'push-number',
      )!.bodyKeys,
    ).toContain('denied-not-you.report');
  });
  it('the reminder goes to Security info (work) or account.live.com/proofs/manage (personal)', () => {
    expect(backupMethodNudge(false, 'https://aka.ms/mysecurityinfo').actions[0]).toMatchObject({
      url: 'https://aka.ms/mysecurityinfo',
    });
    expect(backupMethodNudge(false, 'http://bad.example').actions[0]).toMatchObject({
      url: 'https://mysignins.microsoft.com/security-info',
    });
    expect(backupMethodNudge(true, 'https://aka.ms/mysecurityinfo').actions[0]).toMatchObject({
      url: 'https://account.live.com/proofs/manage',
    });
  });
});

describe('IT switches', () => {
  it('defaults, validation and policy locking', () => {
    const d = resolveConfig({ user: undefined, managed: undefined }).config;
    expect([
      d.nudgeBackupMethod,
      d.backupNudgeSnoozeDays,
      d.offersTemporaryAccessPass,
      d.reportSuspiciousActivity,
    ]).toEqual([true, 7, false, false]);
    const r = resolveConfig({
      user: { backupNudgeSnoozeDays: 30 },
      managed: { nudgeBackupMethod: false, backupNudgeSnoozeDays: 0, offersTemporaryAccessPass: 'yes' },
    });
    expect(r.config.nudgeBackupMethod).toBe(false);
    expect(r.locked).toContain('nudgeBackupMethod');
    expect(r.config.backupNudgeSnoozeDays).toBe(30); // the policy's 0 is out of range: dropped, reported
    expect(r.rejected).toEqual(
      expect.arrayContaining([
        { key: 'backupNudgeSnoozeDays', source: 'policy', reason: 'out-of-range' },
        { key: 'offersTemporaryAccessPass', source: 'policy', reason: 'wrong-type' },
      ]),
    );
    expect(resolveConfig({ user: { backupNudgeSnoozeDays: 2.5 }, managed: {} }).rejected[0]).toMatchObject({
      reason: 'wrong-type',
    });
  });
  it('every language names the new reason', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const o = JSON.parse(readFileSync(`locales/${lang}/options.json`, 'utf8'));
      expect(o.reason['out-of-range'], lang).toBeTruthy();
    }
  });
});
