import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/utils/i18n';
import { memoT } from './i18n-context';

describe('memoT', () => {
  it('answers like i18next, and asks i18next once per key and options', async () => {
    const i18n = await createI18n('en', { ui: { hello: 'Hello {{name}}', plain: 'Plain' } });
    const spy = vi.spyOn(i18n, 't');
    const t = memoT(i18n);
    expect(t('ui:plain')).toBe('Plain');
    expect(t('ui:plain')).toBe('Plain');
    expect(t('ui:hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(t('ui:hello', { name: 'Bo' })).toBe('Hello Bo');
    expect(t('ui:hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(spy).toHaveBeenCalledTimes(3);
    expect(memoT(i18n)).toBe(t); // one memo per instance
  });

  it('keeps instances apart (one language each)', async () => {
    const en = memoT(await createI18n('en', { ui: { x: 'Close' } }));
    const nl = memoT(await createI18n('nl', { ui: { x: 'Sluiten' } }));
    expect(en('ui:x')).toBe('Close');
    expect(nl('ui:x')).toBe('Sluiten');
  });
});
