import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipHeadline } from './chip-headline';
import { buildGuidance } from './guidance';
import { createI18n } from './i18n';
import { TWO_STEP_STATES } from './detection-types';
import { TEST_CONFIG, detection } from '@/tests/support/guidance-fixtures';
import { EMPTY_STATS } from './tab-stats';

const NOW = Date.UTC(2026, 0, 15, 9, 30);
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '..', 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
const tFor = (lang: string) =>
  createI18n(lang, { ui: load(lang, 'ui'), guidance: load(lang, 'guidance') }).getFixedT(lang);

describe('chipHeadline', () => {
  it('is the translated title of the top guidance item, on every two-step state, in English and German', () => {
    for (const lang of ['en', 'de']) {
      const t = tFor(lang);
      for (const state of TWO_STEP_STATES) {
        const input = { detection: detection(state, { lang }), stats: EMPTY_STATS, config: TEST_CONFIG, now: NOW };
        const top = buildGuidance(input)[0]!;
        const headline = chipHeadline(input, t);
        expect(headline, `${lang}/${state}`).toBe(t(top.titleKey, { ns: 'guidance', ...top.vars }));
        // A real string, not a key that fell through (i18next returns the key when it is missing).
        expect(headline).not.toContain(top.titleKey);
        expect(headline.length).toBeGreaterThan(3);
      }
    }
  });

  it("changes with the screen: the SMS screen does not get the push screen's headline", () => {
    const t = tFor('en');
    const at = (state: (typeof TWO_STEP_STATES)[number]) =>
      chipHeadline({ detection: detection(state), stats: EMPTY_STATS, config: TEST_CONFIG, now: NOW }, t);
    expect(at('enter-code-sms')).not.toBe(at('approve-push'));
  });

  it('falls back to the state name on a screen without guidance', () => {
    const t = tFor('en');
    const input = { detection: detection('not-mfa-password'), stats: EMPTY_STATS, config: TEST_CONFIG, now: NOW };
    expect(chipHeadline(input, t)).toBe('Enter password');
  });
});
