// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSignInState } from '../detect';
import { isTwoStepPage } from './two-step-page';

const TFA = 'https://login.microsoftonline.com/common/SAS/ProcessAuth';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (corpus: string, file: string) =>
  parse(readFileSync(join(__dirname, 'fixtures', corpus, file), 'utf8'));

describe('two-step page and the page report', () => {
  it('page ids that mean a two-step page', () => {
    expect(isTwoStepPage({ pageId: 'ConvergedTFA', proofs: [] })).toBe(true);
    expect(isTwoStepPage({ pageId: 'convergedtfa', proofs: [] })).toBe(true);
    expect(isTwoStepPage({ hpgid: 1114, proofs: [] })).toBe(true);
    expect(isTwoStepPage({ pageId: 'ConvergedSignIn', hpgid: 1114, proofs: [] })).toBe(false);
    expect(isTwoStepPage({ pageId: 'KmsiInterrupt', proofs: [] })).toBe(false);
    expect(isTwoStepPage({ proofs: [] })).toBe(false);
  });

  it('an unseen view: unknown, twoStepPage, names only (no text, no account, no $Config secrets)', () => {
    const d = detectSignInState(fixture('states', 'en-tfa-unseen-view.html'), TFA);
    expect(d.state).toBe('unknown');
    expect(d.twoStepPage).toBe(true);
    expect(d.signInAnotherWayText).toBe('Sign in another way');
    const diag = d.diagnostics!;
    expect(diag.pageId).toBe('ConvergedTFA');
    expect(diag.hpgid).toBe(1114);
    expect(diag.anchors).toEqual(expect.arrayContaining(['lightbox', 'signInAnotherWay']));
    expect(diag.visible).toEqual(expect.arrayContaining(['viewid:27', 'idDiv_SAQR_Title', 'idDiv_SAQR_Description']));
    const out = JSON.stringify(diag);
    expect(out).not.toMatch(/FAKE|jan@contoso|Scan the code|displayName|flowToken/);
    for (const n of [...diag.anchors, ...diag.visible]) expect(n).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
  });

  it('account tiles (ids are account names) never reach the report', () => {
    const d = detectSignInState(fixture('edge-cases', 'pages/tiles-on-tfa-page.html'), TFA);
    expect(d.state).toBe('unknown');
    expect(JSON.stringify(d)).not.toContain('fakesecret');
    expect(d.diagnostics!.visible).toContain('viewid:12');
  });

  it('at most 40 names, however many elements are shown', () => {
    const many = Array.from({ length: 300 }, (_, i) => `<div id="idDiv_New${i}" data-testid="t${i}">x</div>`).join('');
    const d = detectSignInState(
      parse(
        `<html><head><meta name="PageID" content="ConvergedTFA"></head><body><div id="lightbox" data-viewid="40">${many}</div></body></html>`,
      ),
      TFA,
    );
    expect(d.state).toBe('unknown');
    expect(d.diagnostics!.visible.length).toBe(40);
  });

  it('known screens carry twoStepPage but no report; sign-in pages neither', () => {
    const push = detectSignInState(fixture('states', 'en-push.html'), TFA);
    expect(push.state).toBe('approve-push');
    expect(push.twoStepPage).toBe(true);
    expect(push.diagnostics).toBeUndefined();
    const picker = detectSignInState(
      fixture('states', 'en-account-picker.html'),
      'https://login.microsoftonline.com/common/login',
    );
    expect(picker.state).toBe('not-mfa-account-picker');
    expect(picker.twoStepPage).toBeUndefined();
    expect(JSON.stringify(picker)).not.toMatch(/jan@contoso|Jan Jansen/);
  });
});
