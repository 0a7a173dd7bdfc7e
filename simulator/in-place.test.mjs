// @vitest-environment node
// The simulator's page script in jsdom: views switch in place, the way the extension sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './index.mjs';
import { E, simulatorClient, visible } from './test-support.mjs';

let sim;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim?.close();
});
const { live } = simulatorClient(() => sim);

describe('in-place view switching (jsdom, page script running)', () => {
  it('exposes window.__simulator and switches views synchronously without navigating', async () => {
    const { window, doc, navigations } = await live(E, '/?scenario=push');
    const sim = window.__simulator;
    expect(sim.view).toBe('push');
    expect(sim.scenarios).toContain('ciam-email');
    expect(sim.views).toContain('timeout');
    const pageId = () => doc.querySelector('meta[name=PageID]').content;
    for (const [v, sel] of [
      ['timeout', '#idDiv_SAASTO_Title'],
      ['picker', '#idDiv_SAOTCS_Proofs'],
      ['sms', '#idTxtBx_SAOTCC_OTC'],
      ['wrong-code', 'input#idTxtBx_SAOTCC_OTC.has-error'],
      ['denied', '#idDiv_SAASDS_Title'],
      ['push-number', '#idRichContext_DisplaySign'],
      ['call', '#idDiv_SAOTCC_Description'],
      ['sms-no-alternative', '#idTxtBx_SAOTCC_OTC'],
      ['push', '#idDiv_SAOTCAS_Title'],
    ]) {
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
    a.window.close();
    b.window.close();
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
