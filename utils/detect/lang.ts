import type { PageFacts } from './page-facts';

/**
 * The page's language as the page states it: <html lang>, else meta LocLC, else `$Config`
 * locale.mkt, else the URL's mkt / ui_locales / lc hints. Only case and `_` are normalised
 * (`pt_br` → `pt-BR`, `zh-hans-cn` → `zh-Hans-CN`); anything that is not a language tag
 * (e.g. a numeric LCID) is skipped, never translated or guessed.
 */
export function normLang(raw: string | null | undefined): string {
  const s = (raw || '').trim().replace(/_/g, '-');
  if (s.length > 35 || !/^[a-z]{2,8}(-[a-z\d]{1,8})*$/i.test(s)) return '';
  return s
    .split('-')
    .map((p, i) =>
      i === 0
        ? p.toLowerCase()
        : p.length === 2
          ? p.toUpperCase()
          : p.length === 4 && i === 1
            ? p[0]!.toUpperCase() + p.slice(1).toLowerCase()
            : p.toLowerCase(),
    )
    .join('-');
}

export function pageLang(doc: Document | null | undefined, facts: PageFacts | null, url: URL | null): string {
  let l = '';
  try {
    l = normLang(doc?.documentElement?.getAttribute('lang'));
  } catch {
    /* odd root */
  }
  l ||= normLang(facts?.locLc) || normLang(facts?.mkt);
  if (!l && url) {
    for (const k of ['mkt', 'ui_locales', 'lc']) {
      l = normLang((url.searchParams.get(k) || '').split(/[\s,]+/)[0]);
      if (l) break;
    }
  }
  return l;
}
