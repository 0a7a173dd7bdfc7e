// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normLang, pageLang } from './lang';

describe('normLang', () => {
  it('normalises case and underscores only', () => {
    expect(normLang('pt_br')).toBe('pt-BR');
    expect(normLang('ZH-cn')).toBe('zh-CN');
    expect(normLang('nl')).toBe('nl');
    expect(normLang('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(normLang('es-419')).toBe('es-419');
  });
  it('rejects what is not a language tag', () => {
    for (const bad of ['', '1043', 'en US', '<script>', 'x'.repeat(50), null, undefined])
      expect(normLang(bad as string)).toBe('');
  });
});

describe('pageLang', () => {
  const doc = (h: string) => new DOMParser().parseFromString(h, 'text/html');
  const facts = { proofs: [], locLc: 'nl-NL', mkt: 'de-DE' };
  it('html lang, then LocLC, then mkt, then URL hints', () => {
    expect(pageLang(doc('<html lang="fr"></html>'), facts, null)).toBe('fr');
    expect(pageLang(doc('<html></html>'), facts, null)).toBe('nl-NL');
    expect(pageLang(doc('<html></html>'), { proofs: [], mkt: 'de-DE' }, null)).toBe('de-DE');
    expect(pageLang(doc('<html></html>'), { proofs: [] }, new URL('https://x/?ui_locales=ja-JP%20en'))).toBe('ja-JP');
    expect(pageLang(doc('<html></html>'), { proofs: [] }, new URL('https://x/?lc=1043'))).toBe('');
    expect(pageLang(doc('<html lang="1043"></html>'), { proofs: [] }, new URL('https://x/?mkt=pt_BR'))).toBe('pt-BR');
  });
});
