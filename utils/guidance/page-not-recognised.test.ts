import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../guidance';
import { chipHeadline } from '../chip-headline';
import { itemVars } from '../guidance-text';
import { buildAdminRequest } from '../admin-request';
import { diagnosticLines } from '../diagnostics';
import { TWO_STEP_STATES, needsHelp, type Detection } from '../detection-types';
import { TEST_CONFIG, detection } from '@/tests/support/guidance-fixtures';
import { EMPTY_STATS as NO_STATS } from '../tab-stats';

const run = (d: Detection) => buildGuidance({ detection: d, stats: NO_STATS, config: TEST_CONFIG, now: 1 });
/** A stand-in translator that shows the key and the interpolated values. */
const t = ((key: string, o: Record<string, unknown> = {}) =>
  `${key}${o.otherWay !== undefined ? `[${String(o.otherWay)}]` : ''}`) as never;

describe('unknown view on a two-step page', () => {
  it('gets page-not-recognised first, then the usual topics, never a specific screen', () => {
    for (const account of ['work', 'personal'] as const)
      for (const link of [true, false]) {
        const items = run(detection('unknown', { twoStepPage: true, account, signInAnotherWay: link }));
        expect(items[0]!.id).toBe('page-not-recognised');
        const ids = items.map((i) => i.id);
        expect(ids).toContain(account === 'work' ? 'contact-helpdesk' : 'recover-account');
        for (const specific of [
          'push-no-notification',
          'push-number',
          'sms-latest',
          'totp-code',
          'picker-choose',
          'no-other-way',
          'back-to-picker',
          'code-wrong',
          'error-page',
        ])
          expect(ids).not.toContain(specific);
        expect(items[0]!.actions.some((a) => a.kind === 'highlight-other-way')).toBe(link);
      }
  });
  it('unknown elsewhere (not a two-step page) gets no help', () => {
    expect(run(detection('unknown'))).toEqual([]);
    expect(run(detection('unknown', { twoStepPage: false }))).toEqual([]);
    expect(needsHelp(detection('unknown'))).toBe(false);
    expect(needsHelp(detection('unknown', { twoStepPage: true }))).toBe(true);
    expect(needsHelp(detection('not-mfa-account-picker', { twoStepPage: true }))).toBe(false);
    expect(needsHelp(null)).toBe(false);
  });
});

describe("the page's own words for the other-way control", () => {
  it('every item carries them when the link is shown; none when it is not', () => {
    for (const state of TWO_STEP_STATES) {
      const items = run(detection(state, { signInAnotherWay: true, signInAnotherWayText: "I can't use my app" }));
      for (const it of items) expect(it.vars.otherWay, `${state}/${it.id}`).toBe("I can't use my app");
      const off = run(detection(state, { signInAnotherWay: false, signInAnotherWayText: 'stale' }));
      for (const it of off) expect(it.vars.otherWay).toBeUndefined();
    }
  });
  it('the UI falls back to the translated generic name, and the page words win', () => {
    expect(itemVars({ vars: {} }, (k: string) => `T(${k})`).otherWay).toBe('T(guidance:otherWayName)');
    expect(itemVars({ vars: { otherWay: 'Page' } }, (k: string) => `T(${k})`).otherWay).toBe('Page');
  });
  it('the chip headline is built with the same values', () => {
    const input = {
      detection: detection('unknown', { twoStepPage: true, signInAnotherWay: true, signInAnotherWayText: 'Words' }),
      stats: NO_STATS,
      config: TEST_CONFIG,
      now: 1,
    };
    expect(chipHeadline(input, t)).toBe('page-not-recognised.title[Words]');
    expect(
      chipHeadline({ ...input, detection: detection('unknown', { twoStepPage: true, signInAnotherWay: false }) }, t),
    ).toBe('page-not-recognised.title[guidance:otherWayName]');
  });
});

describe('the page report for IT', () => {
  const diag = {
    pageId: 'ConvergedTFA',
    hpgid: 1114,
    anchors: ['lightbox', 'signInAnotherWay'],
    visible: ['viewid:27', 'idDiv_SAQR_Title', 'bad name with spaces', 'x'.repeat(80)],
  };
  const rt = (key: string, vars: Record<string, unknown> = {}) => `${key} ${JSON.stringify(vars)}`;
  it('lists page id, hpgid, host, language, anchors and visible names, dropping anything that is not a short name', () => {
    const lines = diagnosticLines(detection('unknown', { twoStepPage: true, diagnostics: diag, lang: 'fi' }), rt);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('"pageId":"ConvergedTFA"');
    expect(lines[0]).toContain('"hpgid":"1114"');
    expect(lines[1]).toContain('"host":"login.microsoftonline.com"');
    expect(lines[1]).toContain('"lang":"fi"');
    expect(lines[2]).toContain('lightbox, signInAnotherWay');
    expect(lines[3]).toContain('viewid:27, idDiv_SAQR_Title"');
    expect(lines.join()).not.toContain('spaces');
  });
  it('is only there for an unknown view', () => {
    expect(diagnosticLines(detection('approve-push', { diagnostics: diag }), rt)).toEqual([]);
    expect(diagnosticLines(detection('unknown'), rt)).toEqual([]);
  });
  it('goes into the helpdesk message', () => {
    const req = buildAdminRequest({
      detection: detection('unknown', { twoStepPage: true, diagnostics: diag }),
      config: TEST_CONFIG,
      stats: NO_STATS,
      browserName: 'Chrome',
      now: 0,
      t: rt as never,
    });
    expect(req.body).toContain('diagnostics.heading');
    expect(req.body).toContain('- diagnostics.page {"pageId":"ConvergedTFA","hpgid":"1114"}');
    const plain = buildAdminRequest({
      detection: detection('approve-push'),
      config: TEST_CONFIG,
      stats: NO_STATS,
      browserName: 'Chrome',
      now: 0,
      t: rt as never,
    });
    expect(plain.body).not.toContain('diagnostics');
  });
});
