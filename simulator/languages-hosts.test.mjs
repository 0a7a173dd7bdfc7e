// @vitest-environment node
// The simulated pages in other languages, and the hosts that are not Microsoft's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './index.mjs';
import { E, config, parse, simulatorClient } from './test-support.mjs';

let sim;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim?.close();
});
const { request } = simulatorClient(() => sim);

describe('languages', () => {
  const cases = [
    [
      'nl',
      'nl-NL',
      1043,
      'Aanmeldingsaanvraag goedkeuren',
      'Ik kan mijn Microsoft Authenticator-app op dit moment niet gebruiken',
      'Aanmelden bij uw account',
    ],
    [
      'de',
      'de-DE',
      1031,
      'Anmeldeanforderung genehmigen',
      'Ich kann meine Microsoft Authenticator-App im Moment nicht verwenden',
      'Bei Ihrem Konto anmelden',
    ],
    [
      'en',
      'en-US',
      1033,
      'Approve sign in request',
      "I can't use my Microsoft Authenticator app right now",
      'Sign in to your account',
    ],
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
    for (const sel of ['meta[name=PageID]', '#lightbox', '#signInAnotherWay', 'script', 'input'])
      expect(doc.querySelector(sel), sel).toBeNull();
    expect(r.body).not.toContain('$Config');
  });

  it('the lookalike host serves a pixel clone of the push page', async () => {
    const fake = await request('login.microsoftonline.com.evil.example', '/');
    const real = await request(E, '/?scenario=push');
    expect(fake.status).toBe(200);
    const a = parse(fake.body);
    const b = parse(real.body);
    expect(a.querySelector('meta[name=PageID]').content).toBe('ConvergedTFA');
    for (const sel of [
      '#idDiv_SAOTCAS_Title',
      '#idDiv_SAOTCAS_Description',
      '#signInAnotherWay',
      '#footer',
      'input[name=mfaAuthMethod]',
    ]) {
      expect(a.querySelector(sel)?.outerHTML, sel).toBe(b.querySelector(sel)?.outerHTML);
    }
  });
});
