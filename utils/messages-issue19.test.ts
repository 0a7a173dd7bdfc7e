/** parseDetection for the fields added in issue 19: the other-way text, twoStepPage, diagnostics. */
import { describe, expect, it } from 'vitest';
import { parseDetection } from './messages';

const base = {
  state: 'approve-push',
  signInAnotherWay: true,
  lang: 'en',
  host: 'login.microsoftonline.com',
  account: 'work',
};
const diag = { pageId: 'ConvergedTFA', hpgid: 1114, anchors: ['lightbox'], visible: ['viewid:27', 'testid:title'] };

describe('parseDetection: signInAnotherWayText', () => {
  it('keeps page UI text of at most 80 characters, only with the control', () => {
    expect(
      parseDetection({ ...base, signInAnotherWayText: "I can't use my Microsoft Authenticator app right now" })
        ?.signInAnotherWayText,
    ).toBe("I can't use my Microsoft Authenticator app right now");
    expect(parseDetection({ ...base, signInAnotherWayText: 'x'.repeat(80) })?.signInAnotherWayText).toHaveLength(80);
    expect(
      parseDetection({ ...base, signInAnotherWay: false, signInAnotherWayText: 'Sign in another way' })
        ?.signInAnotherWayText,
    ).toBeUndefined();
  });
  it('drops anything odd, and keeps the rest of the detection', () => {
    for (const bad of [
      'x'.repeat(81),
      'a\nb',
      'a\u0000',
      'a\u0085b',
      'rtl\u202eoverride',
      'zw\u200bsp',
      ' padded',
      'padded ',
      42,
      {},
      ['a'],
    ]) {
      const d = parseDetection({ ...base, signInAnotherWayText: bad });
      expect(d?.state, JSON.stringify(bad)).toBe('approve-push');
      expect(d?.signInAnotherWayText, JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe('parseDetection: twoStepPage and diagnostics', () => {
  it('keeps twoStepPage only when true', () => {
    expect(parseDetection({ ...base, twoStepPage: true })?.twoStepPage).toBe(true);
    expect(parseDetection({ ...base, twoStepPage: 'yes' })?.twoStepPage).toBeUndefined();
  });
  it('keeps names-only diagnostics on unknown, and nothing else', () => {
    expect(parseDetection({ ...base, state: 'unknown', diagnostics: diag })?.diagnostics).toEqual(diag);
    expect(parseDetection({ ...base, diagnostics: diag })?.diagnostics).toBeUndefined();
    const d = parseDetection({
      ...base,
      state: 'unknown',
      diagnostics: {
        ...diag,
        pageId: 'bad id!',
        hpgid: -1,
        visible: ['ok', 'has space', 'jan@contoso.example', 7],
        extra: 'x',
      },
    })?.diagnostics;
    expect(d).toEqual({ anchors: ['lightbox'], visible: ['ok'] });
    expect(
      parseDetection({ ...base, state: 'unknown', diagnostics: { ...diag, visible: Array(41).fill('a') } })
        ?.diagnostics,
    ).toBeUndefined();
    expect(parseDetection({ ...base, state: 'unknown', diagnostics: 'ConvergedTFA' })?.diagnostics).toBeUndefined();
    expect(parseDetection({ ...base, state: 'unknown', diagnostics: { anchors: [] } })?.diagnostics).toBeUndefined();
  });
});
