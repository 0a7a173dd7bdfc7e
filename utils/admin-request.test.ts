import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n } from './i18n';
import { buildAdminRequest, requestLanguage, safeEmail, safeHttpsUrl, safeTel } from './admin-request';
import { TEST_CONFIG, detection } from '@/tests/support/guidance-fixtures';
import { SUPPORTED_LANGUAGES } from './languages';
import type { TabStats } from './guidance-types';

async function tFor(lang: string) {
  const request = JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, 'request.json'), 'utf8'));
  const i18n = createI18n(lang, { request });
  return i18n.getFixedT(lang, 'request');
}

const NOW = Date.UTC(2026, 2, 3, 10, 15, 0);
const STATS: TabStats = {
  stateSince: NOW - 5 * 60_000,
  codeScreens: 2,
  lastCodeScreenAt: NOW - 60_000,
  history: ['enter-code-sms'],
};
const ERR = detection('error-page', {
  signInAnotherWay: false,
  errorCode: 'AADSTS53003',
  requestId: '0f9c1e7a-1111-4a2b-9c3d-123456789abc',
  correlationId: 'c0ffee00-2222-4b3c-8d4e-abcdefabcdef',
  timestamp: '2026-03-03T10:14:02Z',
  maskedHint: '+XX XXX XXXX X89',
});

describe('buildAdminRequest', () => {
  it('contains what the helpdesk needs', async () => {
    const t = await tFor('en');
    const r = buildAdminRequest({
      detection: ERR,
      config: { ...TEST_CONFIG, organizationName: 'Contoso', supportMessage: 'Urgent? Call ext. 4444.' },
      stats: STATS,
      browserName: 'Chrome 140',
      now: NOW,
      t,
    });
    expect(r.subject).toBe('Help needed: stuck at two-step verification (Contoso)');
    for (const s of [
      'error page (error-page)',
      '“Sign in another way” shown: no',
      'Error code: 53003',
      '0f9c1e7a-1111-4a2b-9c3d-123456789abc',
      'c0ffee00-2222-4b3c-8d4e-abcdefabcdef',
      '2026-03-03T10:14:02Z',
      'login.microsoftonline.com',
      '2026-03-03T10:15:00Z',
      'Chrome 140',
      'Organization: Contoso',
      'On this screen for 5 minutes',
      '2 codes requested',
      'Urgent? Call ext. 4444.',
      'no password',
    ])
      expect(r.body).toContain(s);
    expect(r.body).not.toContain('X89');
    expect(r.mailto).toBeUndefined();
    expect(r.url).toBeUndefined();
    expect(r.tel).toBeUndefined();
    expect(r.text).toContain(r.body);
    expect(r.text).toContain('Send this to your IT helpdesk');
  });

  it('never includes anything secret even if the detection carries junk', async () => {
    const t = await tFor('en');
    const r = buildAdminRequest({
      detection: {
        ...ERR,
        requestId: 'user@contoso.com',
        correlationId: 'eyJhbGciOi.token',
        timestamp: '123456 code',
        host: 'x y\r\nBcc: a',
      } as never,
      config: TEST_CONFIG,
      stats: null,
      browserName: 'Firefox',
      now: NOW,
      t,
    });
    for (const bad of ['user@contoso.com', 'eyJ', '123456 code', 'Bcc']) expect(r.text).not.toContain(bad);
  });

  it('builds a safe mailto, https url and tel', async () => {
    const t = await tFor('en');
    const r = buildAdminRequest({
      detection: detection('approve-push'),
      config: {
        ...TEST_CONFIG,
        helpdeskEmail: ' help.desk+mfa@contoso.example ',
        helpdeskUrl: 'https://help.contoso.example/mfa?x=1',
        helpdeskPhone: '+31 (20) 123-4567',
      },
      stats: STATS,
      browserName: 'Edge',
      now: NOW,
      t,
    });
    expect(r.mailto).toMatch(/^mailto:help\.desk\+mfa@contoso\.example\?subject=[^&]+&body=[^&]+$/);
    expect(decodeURIComponent(r.mailto!.split('&body=')[1]!)).toBe(r.body.replace(/\n/g, '\r\n'));
    expect(r.url).toBe('https://help.contoso.example/mfa?x=1');
    expect(r.tel).toBe('tel:+31201234567');
    expect(r.text).toContain('help.desk+mfa@contoso.example');
  });

  it('hostile configuration cannot add headers or schemes', async () => {
    const t = await tFor('en');
    const hostile = [
      'it@contoso.example\r\nBcc: evil@x.example',
      'it@contoso.example?bcc=evil@x.example',
      'it@contoso.example&cc=evil@x.example',
      'it@contoso.example%0d%0abcc:evil@x.example',
      '"a\nb"@contoso.example',
      'it@contoso.example\u2028bcc',
    ];
    for (const helpdeskEmail of hostile) {
      const r = buildAdminRequest({
        detection: detection('approve-push'),
        config: {
          ...TEST_CONFIG,
          helpdeskEmail,
          organizationName: 'Contoso\r\nBcc: evil@x.example',
          supportMessage: 'hi\r\n\r\nBcc: evil',
        },
        stats: STATS,
        browserName: 'Edge\r\nX-Evil: 1',
        now: NOW,
        t,
      });
      expect(r.mailto, helpdeskEmail).toBeUndefined();
      expect(r.subject).not.toMatch(/[\r\n]/);
      expect(r.body).not.toMatch(/\r|\n(Bcc|X-Evil)/);
    }
    const ok = buildAdminRequest({
      detection: detection('approve-push'),
      config: { ...TEST_CONFIG, helpdeskEmail: 'it@contoso.example', organizationName: 'A&B?c=d\r\nBcc: e' },
      stats: STATS,
      browserName: 'x',
      now: NOW,
      t,
    });
    const query = ok.mailto!.split('?')[1]!;
    expect(query.split('&').map((p) => p.split('=')[0])).toEqual(['subject', 'body']);
    expect(ok.mailto).not.toMatch(/[\r\n]/);
  });

  it('validators', () => {
    expect(safeEmail('a@b.example')).toBe('a@b.example');
    for (const bad of [
      '',
      'a@b',
      'a b@c.example',
      'a@b..example',
      'a..b@c.example',
      'mailto:a@b.example',
      'a@b.example>',
      42,
    ])
      expect(safeEmail(bad)).toBeUndefined();
    expect(safeHttpsUrl('http://help.example')).toBeUndefined();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('https://user:pw@help.example')).toBeUndefined();
    expect(safeHttpsUrl('https://help.example/a b')).toBeUndefined();
    expect(safeTel('+1 555 0100')).toBe('tel:+15550100');
    for (const bad of ['call me', '+1 555; drop', '12', '555+1', 'tel:123456', '+1 555\n0100'])
      expect(safeTel(bad)).toBeUndefined();
  });

  it('uses the helpdesk language when set and supported', async () => {
    expect(requestLanguage({ helpdeskLanguage: 'nl' }, 'de', SUPPORTED_LANGUAGES)).toBe('nl');
    expect(requestLanguage({ helpdeskLanguage: '' }, 'de', SUPPORTED_LANGUAGES)).toBe('de');
    expect(requestLanguage({ helpdeskLanguage: 'xx' }, 'de', SUPPORTED_LANGUAGES)).toBe('de');
    expect(requestLanguage({ helpdeskLanguage: 'PT-BR' }, 'de', SUPPORTED_LANGUAGES)).toBe('pt-BR');
  });

  it('every state has a readable name in every language (no raw keys left)', async () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const t = await tFor(lang);
      for (const account of ['work', 'personal', 'unknown'] as const) {
        const r = buildAdminRequest({
          detection: detection('enter-code-sms', { account }),
          config: TEST_CONFIG,
          stats: STATS,
          browserName: 'x',
          now: NOW,
          t,
        });
        expect(r.body, lang).not.toMatch(/(^|\s)(fields|states|accounts|sendTo)\./m);
        expect(r.text).not.toContain('subjectLabel');
      }
    }
  });
});
