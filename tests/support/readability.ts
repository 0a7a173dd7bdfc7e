/**
 * Readability measures for the guidance texts: Flesch Reading Ease (English) and Flesch–Douma
 * (Dutch), with heuristic syllable counters written for these two languages. Pure functions;
 * used by tests/unit/readability.test.ts (not shipped in the extension).
 *
 *   Flesch (en):        206.835 − 1.015 × words/sentence − 84.6 × syllables/word
 *   Flesch–Douma (nl):  206.835 − 0.93  × words/sentence − 77   × syllables/word
 *
 * 60–70 is "plain language" on both scales; higher is easier.
 */
export type ReadabilityLang = 'en' | 'nl';

/** Words written in capitals (IT, SMS, ID) are spelled out: one syllable per letter. */
function spelledOut(word: string): number | null {
  return /^[A-Z]{2,6}s?$/.test(word) ? word.replace(/s$/, '').length : null;
}

/** English syllables: vowel groups, minus silent endings (-e, -es, -ed), at least 1. */
export function syllablesEn(raw: string): number {
  const spelled = spelledOut(raw);
  if (spelled !== null) return spelled;
  const word = raw.toLowerCase().replace(/[^a-z]/g, '');
  if (!word) return /\d/.test(raw) ? 2 : 0;
  if (word.length <= 3) return 1;
  // A leading y before a vowel is a consonant ("your", "yes").
  const groups = word.replace(/^y(?=[aeiou])/, '').match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  if (count > 1) {
    if (/[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word))
      count--; // code, phone (not table)
    else if (/[^aeiouy]ed$/.test(word) && !/[td]ed$/.test(word))
      count--; // approved (not wanted)
    else if (/[^aeiouy]es$/.test(word) && !/(s|x|z|ch|sh|c|g)es$/.test(word)) count--; // codes (not messages, boxes)
  }
  return Math.max(1, count);
}

/**
 * Dutch syllables: vowel groups (aa, ee, ie, oe, eu, ui, ij, ei, ou, au, ieu, eeuw… each one
 * syllable); ë/ï start a new syllable (ideeën, geïnstalleerd); at least 1.
 */
export function syllablesNl(raw: string): number {
  const spelled = spelledOut(raw);
  if (spelled !== null) return spelled;
  const word = raw
    .toLowerCase()
    .normalize('NFC')
    .replace(/ij/g, 'y')
    .replace(/[^a-zäëïöüáéíóúèày]/g, '');
  if (!word) return /\d/.test(raw) ? 2 : 0;
  const groups = word.match(/[ëï][aeiouyäöüáéíóúèà]*|[aeiouyäöüáéíóúèà]+/g) ?? [];
  return Math.max(1, groups.length);
}

export function countSyllables(word: string, lang: ReadabilityLang): number {
  return lang === 'nl' ? syllablesNl(word) : syllablesEn(word);
}

/** Sentences of one string: split after . ! ? (and a colon that ends a clause before a capital). A title without a full stop is one sentence. */
export function sentences(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|bijv|bv|o\.a|d\.w\.z|enz|etc)\./gi, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?…])["”’)]*\s+|(?<=:)\s+(?=[A-Z])|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
}

/** Words: whitespace-separated tokens that hold a letter or digit; hyphenated words count once. */
export function words(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').replace(/-/g, ''))
    .filter((w) => /[\p{L}\d]/u.test(w));
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Longest sentence, in words. */
  longestSentence: number;
}

/** i18next placeholders read as a typical value, markup removed. */
function plain(text: string): string {
  return text
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => (name === 'count' ? '2' : 'Contoso'))
    .replace(/<[^>]+>/g, '');
}

export function textStats(texts: string[], lang: ReadabilityLang): TextStats {
  const stats: TextStats = { sentences: 0, words: 0, syllables: 0, longestSentence: 0 };
  for (const text of texts) {
    for (const s of sentences(plain(text))) {
      const w = words(s);
      if (w.length === 0) continue;
      stats.sentences++;
      stats.words += w.length;
      stats.syllables += w.reduce((n, x) => n + countSyllables(x, lang), 0);
      stats.longestSentence = Math.max(stats.longestSentence, w.length);
    }
  }
  return stats;
}

/** Flesch Reading Ease (en) or Flesch–Douma (nl) of the texts taken together. */
export function readingEase(stats: TextStats, lang: ReadabilityLang): number {
  if (stats.words === 0 || stats.sentences === 0) return NaN;
  const wps = stats.words / stats.sentences;
  const spw = stats.syllables / stats.words;
  return lang === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
}

export const averageSentenceLength = (stats: TextStats) => stats.words / stats.sentences;
