import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { i18n } from 'i18next';

export const I18nContext = createContext<i18n | null>(null);

/** The translate function of the surface's i18next instance. */
export function useT() {
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('I18nContext missing');
  return instance.t.bind(instance);
}
