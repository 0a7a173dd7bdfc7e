import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { i18n, TFunction } from 'i18next';

export const I18nContext = createContext<i18n | null>(null);

const memos = new WeakMap<i18n, TFunction>();
/** Enough for every string a surface shows at once, several times over. */
export const MEMO_LIMIT = 256;

/**
 * The instance's translate function, remembering its recent answers. Every instance holds one
 * language and fixed resources, so a key with the same options always gives the same string;
 * the panel re-renders the whole guidance on each in-place switch and would otherwise re-run
 * i18next's lookup and interpolation for every string each time. Least recently used answers go
 * first: options carry changing values (a clock time, a count of codes), and an unbounded memo
 * grew with every switch (bench: heap after 1000 switches).
 */
export function memoT(instance: i18n): TFunction {
  let t = memos.get(instance);
  if (!t) {
    const raw = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
    const seen = new Map<string, unknown>();
    t = ((...args: unknown[]) => {
      let id: string;
      try {
        id = JSON.stringify(args);
      } catch {
        return raw(...args); // options that do not serialise: no memo
      }
      if (seen.has(id)) {
        const hit = seen.get(id);
        seen.delete(id); // re-inserted: now the most recently used
        seen.set(id, hit);
        return hit;
      }
      const out = raw(...args);
      if (typeof out === 'string') {
        if (seen.size >= MEMO_LIMIT) {
          for (const oldest of seen.keys()) {
            seen.delete(oldest); // Maps iterate in insertion order: the least recently used
            break;
          }
        }
        seen.set(id, out);
      }
      return out;
    }) as unknown as TFunction;
    memos.set(instance, t);
  }
  return t;
}

/** The translate function of the surface's i18next instance. */
export function useT() {
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('I18nContext missing');
  return memoT(instance);
}
