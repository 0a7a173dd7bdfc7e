// @vitest-environment node
/**
 * Plain language check of the guidance texts (locales/<lang>/guidance.json): Flesch Reading Ease
 * for English and Flesch–Douma for Dutch over all strings together, average sentence length, and
 * the longest single sentence. The syllable counters are tested against hand-counted words first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  averageSentenceLength,
  readingEase,
  sentences,
  syllablesEn,
  syllablesNl,
  textStats,
  words,
  type ReadabilityLang,
} from '../support/readability';

/** Thresholds: 60+ is plain language on both scales; people read this under stress. */
const MIN_EASE = 60;
const MAX_AVERAGE_SENTENCE = 15;
const MAX_SENTENCE = 25;

function strings(lang: ReadabilityLang): { key: string; text: string }[] {
  const json = JSON.parse(readFileSync(resolve(__dirname, `../../locales/${lang}/guidance.json`), 'utf8'));
  const out: { key: string; text: string }[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out.push({ key: path, text: node });
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(json, '');
  return out;
}

describe('syllable counters', () => {
  it('English: hand-counted words', () => {
    const cases: Record<string, number> = {
      the: 1,
      code: 1,
      phone: 1,
      codes: 1,
      your: 1,
      yes: 1,
      table: 2,
      people: 2,
      approved: 2,
      wanted: 2,
      message: 2,
      request: 2,
      boxes: 2,
      messages: 3,
      another: 3,
      security: 4,
      authenticator: 5,
      verification: 5,
      IT: 2,
      SMS: 3,
      notification: 5,
      minutes: 2,
      'sign-in': 2,
    };
    for (const [word, n] of Object.entries(cases)) expect(syllablesEn(word.replace(/-/g, '')), word).toBe(n);
  });
  it('Dutch: hand-counted words', () => {
    const cases: Record<string, number> = {
      uw: 1,
      blijft: 1,
      app: 1,
      code: 2,
      aanmelden: 3,
      telefoon: 3,
      nieuwe: 2,
      ideeën: 3,
      email: 2,
      verificatiemethode: 8,
      beveiligingsgegevens: 7,
      geïnstalleerd: 4,
      sms: 1,
      SMS: 3,
      IT: 2,
      vraag: 1,
      ouders: 2,
    };
    for (const [word, n] of Object.entries(cases)) expect(syllablesNl(word), word).toBe(n);
  });
  it('sentences and words', () => {
    expect(sentences('Open the app. Approve it! Done? Yes')).toHaveLength(4);
    expect(sentences('Ask IT, e.g. by email. Then wait.')).toHaveLength(2);
    expect(words('Select “Sign in another way”.')).toEqual(['Select', 'Sign', 'in', 'another', 'way']);
  });
  it('the scores move the right way: long words and long sentences score lower', () => {
    const easy = textStats(['Open the app. Tap yes. You are in.'], 'en');
    const hard = textStats(
      [
        'Authentication verification necessitates comprehensive organisational administrative intervention whenever registration information is unavailable.',
      ],
      'en',
    );
    expect(readingEase(easy, 'en')).toBeGreaterThan(90);
    expect(readingEase(hard, 'en')).toBeLessThan(0);
  });
});

describe('guidance texts are plain language', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: ${lang === 'en' ? 'Flesch Reading Ease' : 'Flesch–Douma'} ≥ ${MIN_EASE}, sentences ${MAX_AVERAGE_SENTENCE} words on average, none over ${MAX_SENTENCE}`, () => {
      const all = strings(lang);
      expect(all.length).toBeGreaterThan(50);
      const stats = textStats(
        all.map((s) => s.text),
        lang,
      );
      const ease = readingEase(stats, lang);
      const avg = averageSentenceLength(stats);
      // The hardest strings, for the report.
      const perString = all
        .map((s) => ({ ...s, stats: textStats([s.text], lang) }))
        .filter((s) => s.stats.words >= 8)
        .map((s) => ({ key: s.key, ease: Math.round(readingEase(s.stats, lang)), longest: s.stats.longestSentence }))
        .sort((a, b) => a.ease - b.ease);
      console.log(
        `${lang}: ease ${ease.toFixed(1)}, ${stats.sentences} sentences, ${stats.words} words, ` +
          `${avg.toFixed(1)} words/sentence, ${(stats.syllables / stats.words).toFixed(2)} syllables/word, longest ${stats.longestSentence}\n` +
          `  hardest: ${perString
            .slice(0, 6)
            .map((s) => `${s.key} (${s.ease}, ${s.longest} w)`)
            .join('; ')}`,
      );
      const tooLong = all.filter((s) => textStats([s.text], lang).longestSentence > MAX_SENTENCE).map((s) => s.key);
      expect(ease).toBeGreaterThanOrEqual(MIN_EASE);
      expect(avg).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE);
      expect(tooLong).toEqual([]);
    });
  }
});
