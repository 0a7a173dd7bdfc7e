// @vitest-environment node
import https from 'node:https';
import { X509Certificate, createHash } from 'node:crypto';
import fs from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_HOSTS, startSimulator } from './index.mjs';

let sim;
beforeAll(async () => { sim = await startSimulator({ port: 0 }); });
afterAll(async () => { await sim?.close(); });

/** GET/POST through TLS to 127.0.0.1 with the given Host, verifying the cert against the throwaway CA. */
function request(host, path = '/', { method = 'GET', body, insecure = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: '127.0.0.1', port: sim.port, path, method, headers: { host }, servername: host, ca: sim.caCert, agent: false, rejectUnauthorized: !insecure,
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data, cert: res.socket.getPeerCertificate?.() }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function parse(html, url) {
  return new JSDOM(html, { url }).window.document;
}

/** Load a page with its scripts running (jsdom), collecting attempted navigations. */
async function live(host, path) {
  const res = await request(host, path);
  expect(res.status).toBe(200);
  const navigations = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', (e) => { if (/navigation/i.test(String(e.message))) navigations.push(e.message); });
  const dom = new JSDOM(res.body, { url: `https://${host}${path}`, runScripts: 'dangerously', virtualConsole: vc });
  return { dom, window: dom.window, doc: dom.window.document, navigations };
}

function config(html) {
  const start = html.indexOf('$Config=');
  const end = html.indexOf('//]]></script>', start);
  expect(start).toBeGreaterThan(-1);
  return JSON.parse(html.slice(start + '$Config='.length, end).trim().replace(/;$/, ''));
}

/** Visible = in the DOM and neither it nor an ancestor has inline display:none (jsdom has no layout). */
function visible(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    if (n.style && n.style.display === 'none') return false;
    if (n.classList.contains('moveOffScreen')) return false;
  }
  return true;
}

const E = 'login.microsoftonline.com';

// scenario -> [host, PageID or null, selectors that must exist, selectors that must NOT exist]
const EXPECT = {
  flow: [E, 'ConvergedSignIn', ['input#i0116[name=loginfmt]:not(.moveOffScreen)', '#idSIButton9', 'input#i0118.moveOffScreen'], ['#displayName']],
  username: [E, 'ConvergedSignIn', ['#i0116', '#loginHeader'], []],
  password: [E, 'ConvergedSignIn', ['input#i0118[name=passwd]:not(.moveOffScreen)', 'input#i0116.moveOffScreen', '.identityBanner #displayName', '#idA_PWD_SwitchToCredPicker'], []],
  passwordless: [E, 'ConvergedSignIn', ['#idRemoteNGC_DisplaySign', '#idDiv_RemoteNGC_PollingDescription', '#idA_PWD_SwitchToCredPicker'], ['#i0118']],
  push: [E, 'ConvergedTFA', ['#idDiv_SAOTCAS_Title', '#idDiv_SAOTCAS_Description', 'input[name=type][value="22"]', 'input[name=mfaAuthMethod][value=PhoneAppNotification]', '#idDiv_SAOTCS_HavingTrouble > a#signInAnotherWay', '#idChkBx_SAOTCAS_TD'], ['#idRichContext_DisplaySign']],
  'push-number': [E, 'ConvergedTFA', ['#idDiv_SAOTCAS_Title', '#idRichContext_DisplaySign', '#signInAnotherWay'], []],
  'push-no-alternative': [E, 'ConvergedTFA', ['#idDiv_SAOTCAS_Title'], ['#signInAnotherWay', '#idDiv_SAOTCS_HavingTrouble']],
  sms: [E, 'ConvergedTFA', ['#idDiv_SAOTCC_Title', 'input#idTxtBx_SAOTCC_OTC[name=otc][type=tel][maxlength="6"]', '#idSubmit_SAOTCC_Continue', '#idDiv_SAOTCC_Description', '#idDiv_SAOTCS_HavingTrouble #signInAnotherWay', 'img[src*=picker_verify_sms]'], ['#idBtn_Back']],
  'sms-no-alternative': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC'], ['#signInAnotherWay']],
  'sms-hidden-link': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay'], []],
  totp: [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay', 'input[name=mfaAuthMethod][value=PhoneAppOTP]'], []],
  'totp-no-alternative': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC'], ['#signInAnotherWay']],
  email: [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay', 'img[src*=picker_verify_email]'], []],
  call: [E, 'ConvergedTFA', ['#idDiv_SAOTCC_Title', '#idDiv_SAOTCC_Description', '#signInAnotherWay'], ['#idTxtBx_SAOTCC_OTC']],
  'call-no-alternative': [E, 'ConvergedTFA', ['#idDiv_SAOTCC_Title'], ['#signInAnotherWay', '#idTxtBx_SAOTCC_OTC']],
  'call-failed': [E, 'ConvergedTFA', ['#idSpan_SAOTCC_Error_OTC', '#signInAnotherWay'], ['#idTxtBx_SAOTCC_OTC']],
  picker: [E, 'ConvergedTFA', ['#idDiv_SAOTCS_Title', '#idDiv_SAOTCS_Proofs_Section > #idDiv_SAOTCS_Proofs[role=list] > div.row.tile[role=listitem] > div.table[role=button][data-value=OneWaySMS]', '[data-value=PhoneAppNotification]', '[data-value=PhoneAppOTP]', '[data-value=TwoWayVoiceMobile]', '#idBtn_SAOTCS_Cancel'], ['#signInAnotherWay']],
  'code-from-picker': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#idBtn_Back'], ['#signInAnotherWay']],
  timeout: [E, 'ConvergedTFA', ['#idDiv_SAASTO_Title', '#idDiv_SAASTO_Description', '#idA_SAASTO_Resend', '#idA_SAASTO_TOTP'], ['#signInAnotherWay']],
  denied: [E, 'ConvergedTFA', ['#idDiv_SAASDS_Title', '#idDiv_SAASDS_Description', '#idA_SAASDS_Resend', '#idBtn_SAASDS_Cancel'], []],
  'wrong-code': [E, 'ConvergedTFA', ['#idDiv_SAOTCC_OTCRow [role=alert] #idSpan_SAOTCC_Error_OTC', 'input#idTxtBx_SAOTCC_OTC.has-error', '#signInAnotherWay'], []],
  kmsi: [E, 'KmsiInterrupt', ['form[action*="/kmsi"]', '#KmsiDescription', 'input#KmsiCheckboxField[name=DontShowAgain]', '#idSIButton9[aria-describedby=KmsiDescription]', '#idBtn_Back'], []],
  'proof-up': [E, 'ConvergedProofUpRedirect', ['#ProofUpDescription', '#idSubmit_ProofUp_Redirect', 'a[data-bind*=SkipMfaRegistration]'], []],
  error: [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner', '#moreOptions'], []],
  'error-ca': [E, 'ConvergedError', ['#ErrorDescription', '#debugDetailsBanner'], []],
  'error-device': [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner'], []],
  'error-50011': [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner'], []],
  'access-pass': [E, 'ConvergedSignIn', ['input#accesspass[name=accesspass][type=password]', '#idSIButton9', 'input#i0116.moveOffScreen'], ['input[name=passwd]']],
  'cred-picker': [E, 'ConvergedSignIn', ['[data-value=Password]'], []],
  fido: [E, null, ['#signInAnotherWay'], []],
  'msa-username': ['login.live.com', null, ['input#usernameEntry', '[data-testid=primaryButton]'], ['#lightbox']],
  'msa-password': ['login.live.com', null, ['[data-testid=passwordEntry]', '[data-testid=viewFooter] span[role=button]'], []],
  'msa-push': ['login.live.com', null, ['[data-testid=displaySign]', '[data-testid=viewFooter] span[role=button]'], []],
  'msa-code': ['login.live.com', null, ['[data-testid=codeEntry]', 'input#idTxtBx_OTC_Password[data-testid=idTxtBx_OTC_Password][name=otc][type=tel][maxlength="10"]', '#oneTimeCodeTitle', '#oneTimeCodeDescription', '[data-testid=viewFooter] span[role=button]'], []],
  'msa-picker': ['login.live.com', null, ['[data-testid=tile]'], []],
  'msa-kmsi': ['login.live.com', null, ['input[name=KMSI]', '[data-testid=kmsiVideo]'], []],
  'msa-confirm': ['account.live.com', null, ['#iProofList input[name=proof]', '#iSelectProofTitle', '#iSelectProofAction'], []],
  'msa-confirm-timeout': ['account.live.com', null, ['#iTimeoutTitle'], []],
  'ciam-picker': ['contoso.ciamlogin.com', null, ['#credentialPickerTitle', '[data-testid=Email]', '[data-testid=bannerLogoText]'], []],
  'ciam-email': ['contoso.ciamlogin.com', null, ['#oneTimeCodeTitle', '#oneTimeCodeDescription'], []],
};

const pageUrls = [];

describe('server', () => {
  it('starts on an ephemeral port with a cert for every simulated host and a matching SPKI pin', async () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.origin).toBe(`https://127.0.0.1:${sim.port}`);
    const pem = fs.readFileSync(sim.certPath, 'utf8');
    const x = new X509Certificate(pem);
    for (const h of [...SIM_HOSTS, 'tenant42.ciamlogin.com', 'localhost']) expect(x.checkHost(h), h).toBeTruthy();
    expect(x.checkHost('login.microsoftonline.com.other.example')).toBeUndefined();
    expect(x.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const spki = createHash('sha256').update(x.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
    expect(sim.spki).toBe(spki);
    expect(sim.chromiumArgs.join(' ')).toContain(`--ignore-certificate-errors-spki-list=${spki}`);
    expect(sim.chromiumArgs[0]).toContain(`MAP login.live.com 127.0.0.1:${sim.port}`);
    expect(fs.existsSync(sim.keyPath)).toBe(true);
  });

  it('serves each host over verified TLS (SNI = the real hostname)', async () => {
    for (const h of SIM_HOSTS) {
      const r = await request(h, '/');
      expect(r.status, h).toBe(200);
    }
  });

  it('lists scenarios as JSON', async () => {
    const r = await request(E, '/__sim/scenarios');
    expect(r.status).toBe(200);
    const { scenarios } = JSON.parse(r.body);
    const ids = scenarios.map((s) => s.id);
    for (const id of ['username', 'password', 'push', 'push-number', 'push-no-alternative', 'sms', 'sms-no-alternative', 'sms-hidden-link',
      'totp', 'email', 'call', 'picker', 'code-from-picker', 'timeout', 'denied', 'wrong-code', 'proof-up', 'kmsi', 'error', 'error-ca',
      'passwordless', 'fido', 'flow', 'msa-push', 'msa-code', 'msa-picker', 'msa-password', 'msa-username', 'ciam-picker', 'ciam-email']) {
      expect(ids, id).toContain(id);
    }
    for (const s of scenarios) expect(s.description.length).toBeGreaterThan(5);
    expect(scenarios.find((s) => s.id === 'msa-push').host).toBe('login.live.com');
  });

  it('refuses submissions, unknown hosts, unknown scenarios and scenarios of another host', async () => {
    expect((await request(E, '/common/login', { method: 'POST', body: 'passwd=secret' })).status).toBe(405);
    expect((await request('example.com', '/', { insecure: true })).status).toBe(421);
    expect((await request(E, '/?scenario=nope')).status).toBe(404);
    expect((await request(E, '/?scenario=msa-push')).status).toBe(404);
  });

  it('serves local images and a favicon', async () => {
    const r = await request(E, '/shared/1.0/content/images/picker_verify_sms_sim.svg');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('image/svg+xml');
    expect((await request(E, '/favicon.ico')).status).toBe(200);
    expect((await request(E, '/shared/1.0/content/images/nope.svg')).status).toBe(404);
  });

  it('direct access via 127.0.0.1 picks the site with ?host=', async () => {
    const r = await request('127.0.0.1', '/?host=login.live.com&scenario=msa-code');
    expect(r.status).toBe(200);
    expect(r.body).toContain('idTxtBx_OTC_Password');
  });
});

describe('scenario pages', () => {
  for (const [id, [host, pageId, present, absent]] of Object.entries(EXPECT)) {
    it(`${id} on ${host}`, async () => {
      const path = `/?scenario=${id}`;
      const r = await request(host, path);
      expect(r.status).toBe(200);
      pageUrls.push([host, path, r.body]);
      const doc = parse(r.body, `https://${host}${path}`);
      const meta = doc.querySelector('meta[name=PageID]');
      if (pageId) expect(meta?.getAttribute('content')).toBe(pageId);
      else expect(meta).toBeNull();
      for (const sel of present) expect(doc.querySelector(sel), `${id}: ${sel}`).not.toBeNull();
      for (const sel of absent) expect(doc.querySelector(sel), `${id}: not ${sel}`).toBeNull();
      expect(doc.documentElement.getAttribute('lang')).toBe('en');
      expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
      expect(doc.querySelector('meta[name=LocLC]').getAttribute('content')).toBe('en-US');
      expect(doc.querySelector('meta[name=ReqLC]').getAttribute('content')).toBe('1033');
      // simulator bar outside the sign-in box
      const bar = doc.querySelector('#sim-controls');
      expect(bar.textContent).toContain('Simulator — do not enter real credentials');
      expect(bar.closest('#lightbox')).toBeNull();
      const cfg = config(r.body);
      expect(cfg.locale).toEqual({ mkt: 'en-US', lcid: 1033 });
      expect(cfg.sFT).toBe('SIM-FAKE-FLOW-TOKEN');
      expect(cfg.canary).toBe('SIM-FAKE-CANARY');
      expect(cfg.sCtx).toBe('SIM-FAKE-CTX');
      expect(cfg.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(cfg.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      if (pageId) expect(cfg.pgid).toBe(pageId);
      if (host === E) {
        for (const sel of ['#lightbox', '#lightboxTemplateContainer', '#footer #ftrTerms', '#footer #ftrPrivacy', '#footer #moreOptions',
          'input[type=hidden][name=flowToken][value=SIM-FAKE-FLOW-TOKEN]', 'input[name=canary][value=SIM-FAKE-CANARY]', 'input[name=ctx]', 'input[name=hpgrequestid]', 'body.cb']) {
          expect(doc.querySelector(sel), `${id}: ${sel}`).not.toBeNull();
        }
        expect(r.body).toMatch(/<!-- ko if: [^>]+-->/);
        expect(cfg.hpgid === undefined || typeof cfg.hpgid === 'number').toBe(true);
      }
    });
  }

  it('ConvergedTFA $Config carries pgid/hpgid and the user proofs', async () => {
    const r = await request(E, '/common/SAS/ProcessAuth?scenario=push&login_hint=adele%40contoso.com');
    const cfg = config(r.body);
    expect(cfg).toMatchObject({ pgid: 'ConvergedTFA', hpgid: 1114, sPOST_Username: 'adele@contoso.com', sAuthMethodInputFieldName: 'mfaAuthMethod' });
    expect(cfg.arrUserProofs.map((p) => p.authMethodId)).toEqual(['PhoneAppNotification', 'PhoneAppOTP', 'OneWaySMS', 'TwoWayVoiceMobile']);
    expect(cfg.arrUserProofs.find((p) => p.isDefault).authMethodId).toBe('PhoneAppNotification');
    const one = config((await request(E, '/?scenario=sms-no-alternative')).body);
    expect(one.arrUserProofs).toHaveLength(1);
    expect(parse(r.body).querySelector('#displayName').textContent).toBe('adele@contoso.com');
  });

  it('error pages show AADSTS and troubleshooting ids', async () => {
    const doc = parse((await request(E, '/?scenario=error-ca')).body);
    const text = doc.querySelector('#debugDetailsBanner').textContent;
    expect(text).toContain('53003');
    expect(text).toMatch(/Request Id: [0-9a-f-]{36}/);
    expect(text).toMatch(/Correlation Id: [0-9a-f-]{36}/);
    expect(text).toMatch(/Timestamp: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    const e = parse((await request(E, '/?scenario=error')).body);
    expect(e.querySelector('#service_exception_message').textContent).toMatch(/^AADSTS\d+:/);
  });

  it('realistic paths pick a sensible default screen', async () => {
    const pid = async (p) => parse((await request(E, p)).body).querySelector('meta[name=PageID]')?.getAttribute('content') ?? null;
    expect(await pid('/common/oauth2/v2.0/authorize?client_id=x')).toBe('ConvergedSignIn');
    expect(await pid('/common/login')).toBe('ConvergedTFA');
    expect(await pid('/common/SAS/ProcessAuth')).toBe('ConvergedTFA');
    expect(await pid('/kmsi')).toBe('KmsiInterrupt');
    expect(await pid('/common/fido/get?uiflavor=Web')).toBeNull();
    expect(parse((await request('login.microsoft.com', '/common/fido/get')).body).querySelector('#signInAnotherWay')).not.toBeNull();
    expect(await pid('/?scenario=push&pgid=')).toBeNull();
  });

  it('every Entra host serves the same pages', async () => {
    for (const h of ['login.microsoft.com', 'login.windows.net', 'login.microsoftonline.us', 'login-us.microsoftonline.com', 'login.partner.microsoftonline.cn']) {
      const doc = parse((await request(h, '/?scenario=push')).body);
      expect(doc.querySelector('meta[name=PageID]').getAttribute('content'), h).toBe('ConvergedTFA');
      expect(doc.querySelector('#idDiv_SAOTCAS_Title'), h).not.toBeNull();
    }
    expect((await request('tenant42.ciamlogin.com', '/?scenario=ciam-email')).status).toBe(200);
  });

  it('the hidden-link variant keeps #signInAnotherWay in the DOM but not visible', async () => {
    const doc = parse((await request(E, '/?scenario=sms-hidden-link')).body);
    expect(visible(doc.querySelector('#signInAnotherWay'))).toBe(false);
    const shown = parse((await request(E, '/?scenario=sms')).body);
    expect(visible(shown.querySelector('#signInAnotherWay'))).toBe(true);
    expect(shown.querySelector('#idSpan_SAOTCC_Error_OTC').textContent).toBe('');
    expect(visible(shown.querySelector('#idSpan_SAOTCC_Error_OTC'))).toBe(false);
    const wrong = parse((await request(E, '/?scenario=wrong-code')).body);
    expect(visible(wrong.querySelector('#idSpan_SAOTCC_Error_OTC'))).toBe(true);
  });

  it('escapes a hostile login_hint', async () => {
    const evil = '"><script>alert(1)</script>';
    const r = await request(E, `/?scenario=push&login_hint=${encodeURIComponent(evil)}`);
    expect(r.body).not.toContain('<script>alert(1)');
    expect(config(r.body).sPOST_Username).toBe(evil);
    expect(parse(r.body).querySelector('#displayName').textContent).toBe(evil);
  });
});

describe('languages', () => {
  const cases = [
    ['nl', 'nl-NL', 1043, 'Aanmeldingsaanvraag goedkeuren', 'Ik kan mijn Microsoft Authenticator-app op dit moment niet gebruiken', 'Aanmelden bij uw account'],
    ['de', 'de-DE', 1031, 'Anmeldeanforderung genehmigen', 'Ich kann meine Microsoft Authenticator-App im Moment nicht verwenden', 'Bei Ihrem Konto anmelden'],
    ['en', 'en-US', 1033, 'Approve sign in request', "I can't use my Microsoft Authenticator app right now", 'Sign in to your account'],
  ];
  for (const [lang, mkt, lcid, title, link, docTitle] of cases) {
    it(`?lang=${lang}`, async () => {
      const r = await request(E, `/?scenario=push&lang=${lang}`);
      const doc = parse(r.body);
      expect(doc.documentElement.lang).toBe(lang);
      expect(doc.querySelector('meta[name=LocLC]').content).toBe(mkt);
      expect(doc.querySelector('meta[name=ReqLC]').content).toBe(String(lcid));
      expect(config(r.body).locale).toEqual({ mkt, lcid });
      expect(doc.querySelector('#idDiv_SAOTCAS_Title').textContent).toBe(title);
      expect(doc.querySelector('#signInAnotherWay').textContent).toBe(link);
      expect(doc.title).toBe(docTitle);
    });
  }

  it('translates other views and the MSA / CIAM pages too', async () => {
    const nl = parse((await request(E, '/?scenario=kmsi&lang=nl')).body);
    expect(nl.querySelector('#kmsiTitle').textContent).toBe('Aangemeld blijven?');
    expect(nl.querySelector('#idBtn_Back').value).toBe('Nee');
    const de = parse((await request(E, '/?scenario=sms&lang=de')).body);
    expect(de.querySelector('#signInAnotherWay').textContent).toBe('Auf andere Weise anmelden');
    const msa = parse((await request('login.live.com', '/?scenario=msa-code&lang=de')).body);
    expect(msa.documentElement.lang).toBe('de');
    expect(msa.querySelector('#oneTimeCodeTitle').textContent).toBe('Code eingeben');
  });
});

describe('other hosts', () => {
  it('other.example.org is a plain article of about 2000 elements with nothing sign-in-like', async () => {
    const r = await request('other.example.org', '/');
    expect(r.status).toBe(200);
    const doc = parse(r.body);
    const n = doc.getElementsByTagName('*').length;
    expect(n).toBeGreaterThan(1800);
    expect(n).toBeLessThan(2400);
    for (const sel of ['meta[name=PageID]', '#lightbox', '#signInAnotherWay', 'script', 'input']) expect(doc.querySelector(sel), sel).toBeNull();
    expect(r.body).not.toContain('$Config');
  });

  it('the lookalike host serves a pixel clone of the push page', async () => {
    const fake = await request('login.microsoftonline.com.evil.example', '/');
    const real = await request(E, '/?scenario=push');
    expect(fake.status).toBe(200);
    const a = parse(fake.body);
    const b = parse(real.body);
    expect(a.querySelector('meta[name=PageID]').content).toBe('ConvergedTFA');
    for (const sel of ['#idDiv_SAOTCAS_Title', '#idDiv_SAOTCAS_Description', '#signInAnotherWay', '#footer', 'input[name=mfaAuthMethod]']) {
      expect(a.querySelector(sel)?.outerHTML, sel).toBe(b.querySelector(sel)?.outerHTML);
    }
  });
});

describe('no external URLs', () => {
  it('no page references a host other than its own (scripts, styles, images, links, text)', async () => {
    const extra = [
      ['other.example.org', '/'], ['login.microsoftonline.com.evil.example', '/'],
      [E, '/__sim/signed-in'], ['login.live.com', '/__sim/signed-in?site=msa'],
      [E, '/?scenario=push&lang=nl'], [E, '/?scenario=picker&lang=de'],
    ];
    const all = [...pageUrls];
    for (const [h, p] of extra) all.push([h, p, (await request(h, p)).body]);
    expect(all.length).toBeGreaterThan(30);
    for (const [host, path, html] of all) {
      const urls = html.match(/\bhttps?:\/\/[^\s"'<>)\\]+/gi) ?? [];
      for (const u of urls) expect(new URL(u).hostname, `${host}${path}: ${u}`).toBe(host);
      expect(html, `${host}${path}`).not.toMatch(/\b(?:src|href|action)\s*=\s*["']?\/\//i);
      expect(html, `${host}${path}`).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
      expect(html, `${host}${path}`).not.toMatch(/@import/i);
    }
  });
});

describe('in-place view switching (jsdom, page script running)', () => {
  it('exposes window.__simulator and switches views synchronously without navigating', async () => {
    const { window, doc, navigations } = await live(E, '/?scenario=push');
    const sim = window.__simulator;
    expect(sim.view).toBe('push');
    expect(sim.scenarios).toContain('ciam-email');
    expect(sim.views).toContain('timeout');
    const pageId = () => doc.querySelector('meta[name=PageID]').content;
    for (const [v, sel] of [['timeout', '#idDiv_SAASTO_Title'], ['picker', '#idDiv_SAOTCS_Proofs'], ['sms', '#idTxtBx_SAOTCC_OTC'],
      ['wrong-code', 'input#idTxtBx_SAOTCC_OTC.has-error'], ['denied', '#idDiv_SAASDS_Title'], ['push-number', '#idRichContext_DisplaySign'],
      ['call', '#idDiv_SAOTCC_Description'], ['sms-no-alternative', '#idTxtBx_SAOTCC_OTC'], ['push', '#idDiv_SAOTCAS_Title']]) {
      expect(sim.go(v)).toBe(v);
      expect(doc.querySelector(sel), v).not.toBeNull();
      expect(sim.view).toBe(v);
      expect(pageId()).toBe('ConvergedTFA');
    }
    expect(doc.querySelectorAll('#idDiv_SAOTCAS_Title')).toHaveLength(1);
    expect(() => sim.go('kmsi')).toThrow(/not a view of this page/);
    // many quick switches stay consistent
    for (let i = 0; i < 300; i++) sim.go(i % 2 ? 'timeout' : 'push');
    expect(doc.querySelector('#idDiv_SAOTCAS_Title')).toBeNull();
    expect(doc.querySelector('#idDiv_SAASTO_Title')).not.toBeNull();
    expect(navigations).toHaveLength(0);
    window.close();
  });

  it('push → sign in another way → picker → SMS tile → wrong code → Cancel → picker, all in place', async () => {
    const { window, doc, navigations } = await live(E, '/common/login?scenario=push');
    doc.querySelector('#signInAnotherWay').click();
    expect(window.__simulator.view).toBe('picker');
    expect(doc.querySelector('#idDiv_SAOTCS_Title')).not.toBeNull();
    doc.querySelector('#idDiv_SAOTCS_Proofs [data-value=OneWaySMS]').click();
    expect(window.__simulator.view).toBe('code-from-picker');
    expect(doc.querySelector('#signInAnotherWay')).toBeNull();
    expect(doc.querySelector('#idBtn_Back')).not.toBeNull();
    const code = doc.querySelector('#sim-sms').getAttribute('data-sim-sms-code');
    expect(code).toMatch(/^\d{6}$/);
    doc.querySelector('#idTxtBx_SAOTCC_OTC').value = '000000';
    doc.querySelector('#idSubmit_SAOTCC_Continue').click();
    const err = doc.querySelector('#idSpan_SAOTCC_Error_OTC');
    expect(err.textContent).toContain("You didn't enter the expected verification code");
    expect(visible(err)).toBe(true);
    expect(doc.querySelector('#idTxtBx_SAOTCC_OTC').classList.contains('has-error')).toBe(true);
    doc.querySelector('#idBtn_Back').click();
    expect(window.__simulator.view).toBe('picker');
    expect(navigations).toHaveLength(0);
    // the received SMS code is accepted: that navigates to KMSI (jsdom reports the navigation)
    doc.querySelector('#idDiv_SAOTCS_Proofs [data-value=OneWaySMS]').click();
    doc.querySelector('#idTxtBx_SAOTCC_OTC').value = window.__simulator.state.lastSms;
    doc.querySelector('#idSubmit_SAOTCC_Continue').click();
    expect(navigations.length).toBe(1);
    window.close();
  });

  it('control bar: no answer → timeout, resend → push, deny → denied; send SMS shows a code', async () => {
    const { window, doc } = await live(E, '/?scenario=push');
    doc.querySelector('[data-sim-action=no-answer]').click();
    expect(window.__simulator.view).toBe('timeout');
    doc.querySelector('#idA_SAASTO_Resend').click();
    expect(window.__simulator.view).toBe('push');
    doc.querySelector('[data-sim-action=deny]').click();
    expect(doc.querySelector('#idDiv_SAASDS_Title')).not.toBeNull();
    doc.querySelector('#idA_SAASDS_Resend').click();
    doc.querySelector('[data-sim-action=send-sms]').click();
    expect(doc.querySelector('#sim-sms').textContent).toMatch(/\d{6}/);
    doc.querySelector('#idA_SAASTO_TOTP')?.click();
    window.__simulator.go('timeout');
    doc.querySelector('#idA_SAASTO_TOTP').click();
    expect(doc.querySelector('input[name=mfaAuthMethod][value=PhoneAppOTP]')).not.toBeNull();
    window.close();
  });

  it('?autotimeout=<ms> times the push view out by itself; without it, it stays', async () => {
    const a = await live(E, '/?scenario=push&autotimeout=30');
    const b = await live(E, '/?scenario=push');
    await new Promise((r) => setTimeout(r, 120));
    expect(a.doc.querySelector('#idDiv_SAASTO_Title')).not.toBeNull();
    expect(b.doc.querySelector('#idDiv_SAOTCAS_Title')).not.toBeNull();
    a.window.close(); b.window.close();
  });

  it('username → Next → password happens in place; the typed username shows in the banner', async () => {
    const { window, doc, navigations } = await live(E, '/?scenario=flow&method=sms');
    doc.querySelector('#idSIButton9').click();
    expect(doc.querySelector('#usernameError')).not.toBeNull();
    doc.querySelector('#i0116').value = 'megan@contoso.com';
    doc.querySelector('#idSIButton9').click();
    expect(window.__simulator.view).toBe('password');
    expect(doc.querySelector('input#i0116.moveOffScreen')).not.toBeNull();
    expect(doc.querySelector('#i0118:not(.moveOffScreen)')).not.toBeNull();
    expect(doc.querySelector('#displayName').textContent).toBe('megan@contoso.com');
    doc.querySelector('#idBtn_Back').click();
    expect(window.__simulator.view).toBe('username');
    doc.querySelector('#i0116').value = 'megan@contoso.com';
    doc.querySelector('#idSIButton9').click();
    doc.querySelector('#i0118').value = 'not-a-real-password';
    doc.querySelector('#idSIButton9').click();
    expect(navigations).toHaveLength(1); // to the ConvergedTFA page (the password is not in the URL)
    window.close();
  });

  it('footer … toggles the troubleshooting panel', async () => {
    const { window, doc } = await live(E, '/?scenario=sms');
    expect(doc.querySelector('#debugDetailsBanner')).toBeNull();
    doc.querySelector('#moreOptions').click();
    expect(doc.querySelector('#debugDetailsBanner').textContent).toMatch(/Correlation Id: [0-9a-f-]{36}/);
    expect(doc.querySelector('#moreOptions').getAttribute('aria-expanded')).toBe('true');
    doc.querySelector('#moreOptions').click();
    expect(doc.querySelector('#debugDetailsBanner')).toBeNull();
    window.close();
  });

  it('personal account: password → push → other ways → tile → code, all in place', async () => {
    const { window, doc } = await live('login.live.com', '/?scenario=msa-username');
    doc.querySelector('#usernameEntry').value = 'someone@outlook.com';
    doc.querySelector('[data-testid=primaryButton]').click();
    expect(doc.querySelector('[data-testid=passwordEntry]')).not.toBeNull();
    doc.querySelector('[data-testid=passwordEntry]').value = 'x';
    doc.querySelector('[data-testid=primaryButton]').click();
    expect(doc.querySelector('[data-testid=displaySign]').textContent).toMatch(/^\d{2}$/);
    doc.querySelector('[data-testid=viewFooter] span[role=button]').click();
    expect(window.__simulator.view).toBe('msa-picker');
    doc.querySelector('[data-testid=tile][data-value=PhoneAppOTP]').click();
    doc.querySelector('#idTxtBx_OTC_Password').value = '999999';
    doc.querySelector('[data-testid=primaryButton]').click();
    expect(doc.querySelector('[data-testid=codeEntry] [role=alert]').textContent).not.toBe('');
    doc.querySelector('#idTxtBx_OTC_Password').value = '123456';
    doc.querySelector('[data-testid=primaryButton]').click();
    expect(doc.querySelector('input[name=KMSI]')).not.toBeNull();
    window.close();
  });

  it('CIAM: Email tile → email code in place', async () => {
    const { window, doc } = await live('contoso.ciamlogin.com', '/?scenario=ciam-picker');
    doc.querySelector('[data-testid=Email]').click();
    expect(doc.querySelector('#oneTimeCodeTitle')).not.toBeNull();
    doc.querySelector('#oneTimeCodeInput').value = '1';
    doc.querySelector('[data-testid=primaryButton]').click();
    expect(doc.querySelector('div#undefinedError[role=alert]')).not.toBeNull();
    window.close();
  });

  it('account.live.com: proof list → code; timeout view', async () => {
    const { window, doc } = await live('account.live.com', '/identity/confirm?scenario=msa-confirm');
    doc.querySelector('#iSelectProofAction').click();
    expect(doc.querySelector('#idTxtBx_SAOTCC_OTC')).not.toBeNull();
    window.__simulator.go('msa-confirm-timeout');
    expect(doc.querySelector('#iTimeoutTitle')).not.toBeNull();
    window.close();
  });

  it('the ConvergedSignIn passwordless view escapes to password and sign-in options', async () => {
    const { window, doc } = await live(E, '/?scenario=passwordless');
    expect(doc.querySelector('#idRemoteNGC_DisplaySign').textContent).toMatch(/^\d{2}$/);
    doc.querySelector('#idA_PWD_SwitchToCredPicker').click();
    expect(window.__simulator.view).toBe('cred-picker');
    doc.querySelector('[data-value=Password]').click();
    expect(doc.querySelector('#i0118:not(.moveOffScreen)')).not.toBeNull();
    window.close();
  });
});
