import { describe, expect, it } from 'vitest';
import { guidanceLanguage, matchLanguage, pickLanguage } from './language';
import { SUPPORTED_LANGUAGES } from './languages';

const pick = (pageLang: string, browserLangs: string[] = [], override = '') =>
  pickLanguage({ pageLang, browserLangs, override, supported: SUPPORTED_LANGUAGES });

describe('pickLanguage', () => {
  it('override first, when supported', () => {
    expect(pick('nl', ['de'], 'fr')).toBe('fr');
    expect(pick('nl', ['de'], 'xx')).toBe('nl');
    expect(pick('nl', ['de'], 'PT-br')).toBe('pt-BR');
  });

  it('page language before browser languages', () => {
    expect(pick('de', ['nl'])).toBe('de');
    expect(pick('', ['nl', 'de'])).toBe('nl');
    expect(pick('sv', ['xx', 'it-IT'])).toBe('it');
  });

  it('region falls back to the base language', () => {
    expect(pick('nl-BE')).toBe('nl');
    expect(pick('de-AT')).toBe('de');
    expect(pick('en-GB')).toBe('en');
    expect(pick('fr-CA')).toBe('fr');
    expect(pick('es-419')).toBe('es');
    expect(pick('nl_NL')).toBe('nl');
  });

  it('all Portuguese → pt-BR', () => {
    for (const l of ['pt', 'pt-PT', 'pt-br', 'PT-AO']) expect(pick(l)).toBe('pt-BR');
  });

  it('Simplified Chinese → zh-CN; Traditional falls through to the browser, then English', () => {
    for (const l of ['zh', 'zh-CN', 'zh-cn', 'zh-SG', 'zh-Hans', 'zh-Hans-CN']) expect(pick(l)).toBe('zh-CN');
    for (const l of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) expect(pick(l)).toBe('en');
    expect(pick('zh-TW', ['zh-TW', 'ja'])).toBe('ja');
  });

  it('is case-insensitive and tolerant of garbage', () => {
    expect(pick('JA-jp')).toBe('ja');
    expect(pick('*', ['x-klingon', '', '  ', '1234', 'de'])).toBe('de');
    expect(pickLanguage({ pageLang: null, browserLangs: null, override: null, supported: SUPPORTED_LANGUAGES })).toBe(
      'en',
    );
    expect(
      pickLanguage({
        pageLang: 42 as unknown as string,
        browserLangs: [undefined, null, 'pl'],
        supported: SUPPORTED_LANGUAGES,
      }),
    ).toBe('pl');
    expect(pick('<script>', ['en-US;q=0.9'])).toBe('en');
    expect(matchLanguage('a'.repeat(100), SUPPORTED_LANGUAGES)).toBeUndefined();
  });

  it('English when nothing matches', () => {
    expect(pick('sv', ['fi', 'ko'])).toBe('en');
  });
});

describe('guidanceLanguage: the one choice for background, popup and options', () => {
  it('override, then page, then browser languages (exact, then base), then English', () => {
    // The options page's cases (it has no page language): configured, then the browser's.
    expect(guidanceLanguage(undefined, 'de', ['nl-NL'])).toBe('de');
    expect(guidanceLanguage(undefined, '', ['nl-BE', 'en'])).toBe('nl');
    expect(guidanceLanguage(undefined, '', ['zh-cn'])).toBe('zh-CN');
    expect(guidanceLanguage(undefined, '', ['sv-SE', 'pt-PT'])).toBe('pt-BR');
    expect(guidanceLanguage(undefined, '', ['sv'])).toBe('en');
    // Background and popup: the page's language before the browser's.
    expect(guidanceLanguage('fr', '', ['nl'])).toBe('fr');
    expect(guidanceLanguage('fr', 'ja', ['nl'])).toBe('ja');
    // One rule everywhere: Traditional Chinese is not turned into Simplified on any surface.
    expect(guidanceLanguage(undefined, '', ['zh-TW', 'de'])).toBe('de');
  });
});
