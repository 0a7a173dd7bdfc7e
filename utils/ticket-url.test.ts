import { describe, expect, it } from 'vitest';
import { MAX_TICKET_URL, TICKET_PLACEHOLDERS, buildTicketUrl, validateTicketTemplate } from './ticket-url';
import { buildAdminRequest } from './admin-request';
import { resolveConfig } from './config';
import { TEST_CONFIG, detection } from '../tests/support/guidance-fixtures';
import { createI18n } from './i18n';
import en from '../locales/en/request.json';
import nl from '../locales/nl/request.json';

const ZENDESK =
  'https://contoso.zendesk.com/hc/en-us/requests/new?ticket_form_id=360001&tf_subject={subject}&tf_description={body}';
const SERVICENOW =
  'https://contoso.service-now.com/incident.do?sys_id=-1&sysparm_query=short_description={subject}^description={body}^u_error_code={errorCode}';
const JIRA =
  'https://jira.contoso.example/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10002&summary={subject}&description={body}';

const reason = (raw: unknown) => {
  const r = validateTicketTemplate(raw);
  return r.ok ? 'ok' : r.reason;
};

describe('validateTicketTemplate', () => {
  it('accepts the documented templates unchanged, and "" (no link)', () => {
    for (const t of [ZENDESK, SERVICENOW, JIRA, 'https://help.example/new', 'https://help.example/new#{body}']) {
      expect(validateTicketTemplate(` ${t} `)).toEqual({ ok: true, value: t });
    }
    expect(validateTicketTemplate('')).toEqual({ ok: true, value: '' });
  });

  it('knows exactly the documented placeholders', () => {
    const all = `https://h.example/?${TICKET_PLACEHOLDERS.map((p, i) => `f${i}={${p}}`).join('&')}`;
    expect(reason(all)).toBe('ok');
  });

  it('rejects with a reason', () => {
    expect(reason('javascript:alert(1)//{body}')).toBe('not-https');
    expect(reason('http://help.example/?s={subject}')).toBe('not-https');
    expect(reason('//help.example/?s={subject}')).toBe('not-https');
    expect(reason('data:text/html,{body}')).toBe('not-https');
    expect(reason('help.example/new')).toBe('invalid-url');
    expect(reason('https://help.example/?u={username}')).toBe('unknown-placeholder');
    expect(reason('https://help.example/?u={password}')).toBe('unknown-placeholder');
    expect(reason('https://help.example/?u={Subject}')).toBe('unknown-placeholder');
    expect(reason('https://help.example/?u={{body}}')).toBe('unknown-placeholder');
    expect(reason('https://help.example/?u={body')).toBe('unknown-placeholder');
    expect(reason('https://{organizationName}.zendesk.com/?s={subject}')).toBe('placeholder-in-host');
    expect(reason('https://help.example{body}/')).toBe('placeholder-in-host');
    expect(reason('https://user:pw@help.example/?s={subject}')).toBe('url-credentials');
    expect(reason('https://help.example/?s={subject} x')).toBe('invalid-url');
    expect(reason('https://help.example/?s=\u202e{subject}')).toBe('control-characters');
    expect(reason('https://')).toBe('invalid-url');
    expect(reason(42)).toBe('wrong-type');
    expect(reason(`https://h.example/?${'a'.repeat(1600)}`)).toBe('too-long');
  });

  it('is the validator of the config key: a bad policy template is reported and gives no link', () => {
    const r = resolveConfig({ user: undefined, managed: { helpdeskTicketUrl: 'javascript:alert(1)' } });
    expect(r.rejected).toEqual([{ key: 'helpdeskTicketUrl', source: 'policy', reason: 'not-https' }]);
    expect(r.config.helpdeskTicketUrl).toBe('');
    const good = resolveConfig({ user: undefined, managed: { helpdeskTicketUrl: ZENDESK } });
    expect(good.locked).toEqual(['helpdeskTicketUrl']);
    expect(good.config.helpdeskTicketUrl).toBe(ZENDESK);
  });
});

describe('buildTicketUrl', () => {
  it('keeps host, path and fixed parameters, and encodes each value as one query value', () => {
    const url = new URL(
      buildTicketUrl(ZENDESK, { subject: 'Help & more=yes #1 /x', body: 'Line 1\nLine 2 ^ é 日本' })!,
    );
    expect(url.origin + url.pathname).toBe('https://contoso.zendesk.com/hc/en-us/requests/new');
    expect([...url.searchParams.keys()]).toEqual(['ticket_form_id', 'tf_subject', 'tf_description']);
    expect(url.searchParams.get('ticket_form_id')).toBe('360001');
    expect(url.searchParams.get('tf_subject')).toBe('Help & more=yes #1 /x');
    expect(url.searchParams.get('tf_description')).toBe('Line 1\nLine 2 ^ é 日本');
    expect(url.hash).toBe('');
  });

  it("ServiceNow: the template's ^ separators stay, a value's own ^ cannot add a condition", () => {
    const href = buildTicketUrl(SERVICENOW, { subject: 'A^B', body: 'x=1^active=false', errorCode: '500121' })!;
    const q = new URL(href).searchParams.get('sysparm_query')!;
    expect(q.split('^')).toEqual(['short_description=A B', 'description=x=1 active=false', 'u_error_code=500121']);
    expect(href).not.toMatch(/%5E/i); // no ^ left in any value
  });

  it('fills missing values with "" and ignores values of unknown names', () => {
    const href = buildTicketUrl('https://h.example/new?e={errorCode}&c={correlationId}', {
      errorCode: '50074',
      password: 'x',
    } as never);
    expect(href).toBe('https://h.example/new?e=50074&c=');
  });

  it('caps the link: body first (never mid-escape), then subject; ids are never cut', () => {
    const body = 'é'.repeat(3000); // 6 characters each once encoded
    const href = buildTicketUrl(ZENDESK.replace('{subject}', '{subject}&e={errorCode}'), {
      subject: 'Subject',
      body,
      errorCode: '500121',
    })!;
    expect(href.length).toBeLessThanOrEqual(MAX_TICKET_URL);
    expect(href.length).toBeGreaterThan(MAX_TICKET_URL - 12);
    const url = new URL(href); // a cut escape would make decoding throw
    const got = url.searchParams.get('tf_description')!;
    expect(got).toMatch(/^é+…$/);
    expect(decodeURIComponent(href.split('tf_description=')[1]!)).toBe(got);
    expect(url.searchParams.get('tf_subject')).toBe('Subject');
    expect(url.searchParams.get('e')).toBe('500121');

    const both = buildTicketUrl(ZENDESK, { subject: 'S'.repeat(3000), body: 'B'.repeat(3000) })!;
    expect(both.length).toBeLessThanOrEqual(MAX_TICKET_URL);
    expect(new URL(both).searchParams.get('tf_description')).toBe('');
    expect(new URL(both).searchParams.get('tf_subject')).toMatch(/^S+…$/);

    const surrogates = buildTicketUrl(ZENDESK, { subject: 's', body: '😀'.repeat(1000) })!;
    expect(new URL(surrogates).searchParams.get('tf_description')).toMatch(/^(😀)+…$/u);
  });

  it('no link when ids alone do not fit, or for an invalid template', () => {
    expect(buildTicketUrl('https://h.example/?c={correlationId}', { correlationId: 'a'.repeat(3000) })).toBeUndefined();
    expect(buildTicketUrl('javascript:alert(1)', { body: 'x' })).toBeUndefined();
    expect(buildTicketUrl('', { body: 'x' })).toBeUndefined();
    expect(buildTicketUrl(undefined, { body: 'x' })).toBeUndefined();
  });
});

describe('the helpdesk request offers the ticket, with only what the request says', () => {
  const ids = {
    correlationId: '0a1b2c3d-1111-2222-3333-444455556666',
    requestId: 'aaaabbbb-1111-2222-3333-444455556666',
    timestamp: '2026-12-03T08:00:00Z',
  };
  const all = `https://h.example/new?${TICKET_PLACEHOLDERS.map((p) => `${p}={${p}}`).join('&')}`;
  const build = (lang: 'en' | 'nl', template = all, extra = {}) =>
    buildAdminRequest({
      detection: detection('error-page', { errorCode: 'AADSTS500121', ...ids, ...extra }),
      config: { ...TEST_CONFIG, organizationName: 'Contoso IT', helpdeskTicketUrl: template },
      stats: null,
      browserName: 'Chrome 140',
      now: Date.UTC(2026, 11, 3, 9, 0, 0),
      t: createI18n(lang, { request: lang === 'en' ? en : nl }).getFixedT(lang, 'request'),
    });

  it("every placeholder holds the request's own value", () => {
    const r = build('nl');
    const p = new URL(r.ticket!).searchParams;
    expect(p.get('subject')).toBe(r.subject);
    expect(p.get('body')).toBe(r.body);
    expect(p.get('errorCode')).toBe('500121');
    expect(p.get('correlationId')).toBe(ids.correlationId);
    expect(p.get('requestId')).toBe(ids.requestId);
    expect(p.get('timestamp')).toBe(ids.timestamp);
    expect(p.get('screen')).toBe('error-page');
    expect(p.get('lang')).toBe('nl');
    expect(p.get('browser')).toBe('Chrome 140');
    expect(p.get('organizationName')).toBe('Contoso IT');
  });

  it('omits what the request omits (ids that are not ids), and the message time stands in for a missing page time', () => {
    const r = build('en', all, { correlationId: 'user@contoso.example', timestamp: undefined });
    const p = new URL(r.ticket!).searchParams;
    expect(p.get('correlationId')).toBe('');
    expect(r.ticket).not.toContain('contoso.example%40'); // the username-like value is nowhere
    expect(r.ticket).not.toMatch(/user%40contoso/);
    expect(p.get('timestamp')).toBe('2026-12-03T09:00:00Z');
  });

  it('no ticket without a template or with a bad one; the other channels do not depend on it', () => {
    expect(build('en', '').ticket).toBeUndefined();
    expect(build('en', 'javascript:alert(1)').ticket).toBeUndefined();
    expect('ticket' in build('en', 'https://h.example/?u={username}')).toBe(false);
  });
});
