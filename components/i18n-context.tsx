import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { i18n, TFunction } from 'i18next';

export const I18nContext = createContext<i18n | null>(null);

const memos = new WeakMap<i18n, TFunction>();
const MEMO_LIMIT = 2000;

/**
 * The instance's translate function, remembering its answers. Every instance holds one language
 * and fixed resources, so a key with the same options always gives the same string; the panel
 * re-renders the whole guidance on each in-place switch and would otherwise re-run i18next's
 * lookup and interpolation for every string each time.
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
      if (seen.has(id)) return seen.get(id);
      const out = raw(...args);
      if (typeof out === 'string' && seen.size < MEMO_LIMIT) seen.set(id, out);
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
