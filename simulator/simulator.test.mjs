// @vitest-environment node
import { X509Certificate, createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_HOSTS, startSimulator } from './index.mjs';
import { E, config, parse, simulatorClient, visible } from './test-support.mjs';

let sim;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim?.close();
});
const { request } = simulatorClient(() => sim);

// scenario -> [host, PageID or null, selectors that must exist, selectors that must NOT exist]
const EXPECT = {
  flow: [
    E,
    'ConvergedSignIn',
    ['input#i0116[name=loginfmt]:not(.moveOffScreen)', '#idSIButton9', 'input#i0118.moveOffScreen'],
    ['#displayName'],
  ],
  username: [E, 'ConvergedSignIn', ['#i0116', '#loginHeader'], []],
  password: [
    E,
    'ConvergedSignIn',
    [
      'input#i0118[name=passwd]:not(.moveOffScreen)',
      'input#i0116.moveOffScreen',
      '.identityBanner #displayName',
      '#idA_PWD_SwitchToCredPicker',
    ],
    [],
  ],
  passwordless: [
    E,
    'ConvergedSignIn',
    ['#idRemoteNGC_DisplaySign', '#idDiv_RemoteNGC_PollingDescription', '#idA_PWD_SwitchToCredPicker'],
    ['#i0118'],
  ],
  push: [
    E,
    'ConvergedTFA',
    [
      '#idDiv_SAOTCAS_Title',
      '#idDiv_SAOTCAS_Description',
      'input[name=type][value="22"]',
      'input[name=mfaAuthMethod][value=PhoneAppNotification]',
      '#idDiv_SAOTCS_HavingTrouble > a#signInAnotherWay',
      '#idChkBx_SAOTCAS_TD',
    ],
    ['#idRichContext_DisplaySign'],
  ],
  'push-number': [E, 'ConvergedTFA', ['#idDiv_SAOTCAS_Title', '#idRichContext_DisplaySign', '#signInAnotherWay'], []],
  'push-no-alternative': [
    E,
    'ConvergedTFA',
    ['#idDiv_SAOTCAS_Title'],
    ['#signInAnotherWay', '#idDiv_SAOTCS_HavingTrouble'],
  ],
  sms: [
    E,
    'ConvergedTFA',
    [
      '#idDiv_SAOTCC_Title',
      'input#idTxtBx_SAOTCC_OTC[name=otc][type=tel][maxlength="6"]',
      '#idSubmit_SAOTCC_Continue',
      '#idDiv_SAOTCC_Description',
      '#idDiv_SAOTCS_HavingTrouble #signInAnotherWay',
      'img[src*=picker_verify_sms]',
    ],
    ['#idBtn_Back'],
  ],
  'sms-no-alternative': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC'], ['#signInAnotherWay']],
  'sms-hidden-link': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay'], []],
  totp: [
    E,
    'ConvergedTFA',
    ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay', 'input[name=mfaAuthMethod][value=PhoneAppOTP]'],
    [],
  ],
  'totp-no-alternative': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC'], ['#signInAnotherWay']],
  email: [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#signInAnotherWay', 'img[src*=picker_verify_email]'], []],
  call: [
    E,
    'ConvergedTFA',
    ['#idDiv_SAOTCC_Title', '#idDiv_SAOTCC_Description', '#signInAnotherWay'],
    ['#idTxtBx_SAOTCC_OTC'],
  ],
  'call-no-alternative': [E, 'ConvergedTFA', ['#idDiv_SAOTCC_Title'], ['#signInAnotherWay', '#idTxtBx_SAOTCC_OTC']],
  'call-failed': [E, 'ConvergedTFA', ['#idSpan_SAOTCC_Error_OTC', '#signInAnotherWay'], ['#idTxtBx_SAOTCC_OTC']],
  picker: [
    E,
    'ConvergedTFA',
    [
      '#idDiv_SAOTCS_Title',
      '#idDiv_SAOTCS_Proofs_Section > #idDiv_SAOTCS_Proofs[role=list] > div.row.tile[role=listitem] > div.table[role=button][data-value=OneWaySMS]',
      '[data-value=PhoneAppNotification]',
      '[data-value=PhoneAppOTP]',
      '[data-value=TwoWayVoiceMobile]',
      '#idBtn_SAOTCS_Cancel',
    ],
    ['#signInAnotherWay'],
  ],
  'code-from-picker': [E, 'ConvergedTFA', ['#idTxtBx_SAOTCC_OTC', '#idBtn_Back'], ['#signInAnotherWay']],
  timeout: [
    E,
    'ConvergedTFA',
    ['#idDiv_SAASTO_Title', '#idDiv_SAASTO_Description', '#idA_SAASTO_Resend', '#idA_SAASTO_TOTP'],
    ['#signInAnotherWay'],
  ],
  denied: [
    E,
    'ConvergedTFA',
    ['#idDiv_SAASDS_Title', '#idDiv_SAASDS_Description', '#idA_SAASDS_Resend', '#idBtn_SAASDS_Cancel'],
    [],
  ],
  'wrong-code': [
    E,
    'ConvergedTFA',
    [
      '#idDiv_SAOTCC_OTCRow [role=alert] #idSpan_SAOTCC_Error_OTC',
      'input#idTxtBx_SAOTCC_OTC.has-error',
      '#signInAnotherWay',
    ],
    [],
  ],
  kmsi: [
    E,
    'KmsiInterrupt',
    [
      'form[action*="/kmsi"]',
      '#KmsiDescription',
      'input#KmsiCheckboxField[name=DontShowAgain]',
      '#idSIButton9[aria-describedby=KmsiDescription]',
      '#idBtn_Back',
    ],
    [],
  ],
  'proof-up': [
    E,
    'ConvergedProofUpRedirect',
    ['#ProofUpDescription', '#idSubmit_ProofUp_Redirect', 'a[data-bind*=SkipMfaRegistration]'],
    [],
  ],
  error: [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner', '#moreOptions'], []],
  'error-ca': [E, 'ConvergedError', ['#ErrorDescription', '#debugDetailsBanner'], []],
  'error-device': [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner'], []],
  'error-50011': [E, 'ConvergedError', ['#service_exception_message', '#debugDetailsBanner'], []],
  'access-pass': [
    E,
    'ConvergedSignIn',
    ['input#accesspass[name=accesspass][type=password]', '#idSIButton9', 'input#i0116.moveOffScreen'],
    ['input[name=passwd]'],
  ],
  'cred-picker': [E, 'ConvergedSignIn', ['[data-value=Password]'], []],
  fido: [E, null, ['#signInAnotherWay'], []],
  'msa-username': ['login.live.com', null, ['input#usernameEntry', '[data-testid=primaryButton]'], ['#lightbox']],
  'msa-password': [
    'login.live.com',
    null,
    ['[data-testid=passwordEntry]', '[data-testid=viewFooter] span[role=button]'],
    [],
  ],
  'msa-push': ['login.live.com', null, ['[data-testid=displaySign]', '[data-testid=viewFooter] span[role=button]'], []],
  'msa-code': [
    'login.live.com',
    null,
    [
      '[data-testid=codeEntry]',
      'input#idTxtBx_OTC_Password[data-testid=idTxtBx_OTC_Password][name=otc][type=tel][maxlength="10"]',
      '#oneTimeCodeTitle',
      '#oneTimeCodeDescription',
      '[data-testid=viewFooter] span[role=button]',
    ],
    [],
  ],
  'msa-picker': ['login.live.com', null, ['[data-testid=tile]'], []],
  'msa-kmsi': ['login.live.com', null, ['input[name=KMSI]', '[data-testid=kmsiVideo]'], []],
  'msa-confirm': [
    'account.live.com',
    null,
    ['#iProofList input[name=proof]', '#iSelectProofTitle', '#iSelectProofAction'],
    [],
  ],
  'msa-confirm-timeout': ['account.live.com', null, ['#iTimeoutTitle'], []],
  'ciam-picker': [
    'contoso.ciamlogin.com',
    null,
    ['#credentialPickerTitle', '[data-testid=Email]', '[data-testid=bannerLogoText]'],
    [],
  ],
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
    const spki = createHash('sha256')
      .update(x.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
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
    for (const id of [
      'username',
      'password',
      'push',
      'push-number',
      'push-no-alternative',
      'sms',
      'sms-no-alternative',
      'sms-hidden-link',
      'totp',
      'email',
      'call',
      'picker',
      'code-from-picker',
      'timeout',
      'denied',
      'wrong-code',
      'proof-up',
      'kmsi',
      'error',
      'error-ca',
      'passwordless',
      'fido',
      'flow',
      'msa-push',
      'msa-code',
      'msa-picker',
      'msa-password',
      'msa-username',
      'ciam-picker',
      'ciam-email',
    ]) {
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
        for (const sel of [
          '#lightbox',
          '#lightboxTemplateContainer',
          '#footer #ftrTerms',
          '#footer #ftrPrivacy',
          '#footer #moreOptions',
          'input[type=hidden][name=flowToken][value=SIM-FAKE-FLOW-TOKEN]',
          'input[name=canary][value=SIM-FAKE-CANARY]',
          'input[name=ctx]',
          'input[name=hpgrequestid]',
          'body.cb',
        ]) {
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
    expect(cfg).toMatchObject({
      pgid: 'ConvergedTFA',
      hpgid: 1114,
      sPOST_Username: 'adele@contoso.com',
      sAuthMethodInputFieldName: 'mfaAuthMethod',
    });
    expect(cfg.arrUserProofs.map((p) => p.authMethodId)).toEqual([
      'PhoneAppNotification',
      'PhoneAppOTP',
      'OneWaySMS',
      'TwoWayVoiceMobile',
    ]);
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
    const pid = async (p) =>
      parse((await request(E, p)).body)
        .querySelector('meta[name=PageID]')
        ?.getAttribute('content') ?? null;
    expect(await pid('/common/oauth2/v2.0/authorize?client_id=x')).toBe('ConvergedSignIn');
    expect(await pid('/common/login')).toBe('ConvergedTFA');
    expect(await pid('/common/SAS/ProcessAuth')).toBe('ConvergedTFA');
    expect(await pid('/kmsi')).toBe('KmsiInterrupt');
    expect(await pid('/common/fido/get?uiflavor=Web')).toBeNull();
    expect(
      parse((await request('login.microsoft.com', '/common/fido/get')).body).querySelector('#signInAnotherWay'),
    ).not.toBeNull();
    expect(await pid('/?scenario=push&pgid=')).toBeNull();
  });

  it('every Entra host serves the same pages', async () => {
    for (const h of [
      'login.microsoft.com',
      'login.windows.net',
      'login.microsoftonline.us',
      'login-us.microsoftonline.com',
      'login.partner.microsoftonline.cn',
    ]) {
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

describe('no external URLs', () => {
  it('no page references a host other than its own (scripts, styles, images, links, text)', async () => {
    const extra = [
      ['other.example.org', '/'],
      ['login.microsoftonline.com.evil.example', '/'],
      [E, '/__sim/signed-in'],
      ['login.live.com', '/__sim/signed-in?site=msa'],
      [E, '/?scenario=push&lang=nl'],
      [E, '/?scenario=picker&lang=de'],
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
