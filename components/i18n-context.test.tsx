import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/utils/i18n';
import { MEMO_LIMIT, memoT } from './i18n-context';

describe('memoT', () => {
  it('answers like i18next, and asks i18next once per key and options', async () => {
    const i18n = createI18n('en', { ui: { hello: 'Hello {{name}}', plain: 'Plain' } });
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
    const en = memoT(createI18n('en', { ui: { x: 'Close' } }));
    const nl = memoT(createI18n('nl', { ui: { x: 'Sluiten' } }));
    expect(en('ui:x')).toBe('Close');
    expect(nl('ui:x')).toBe('Sluiten');
  });

  it('stays bounded when options keep changing, keeping the strings in use', async () => {
    const i18n = createI18n('en', { ui: { at: 'Shown at {{time}}', title: 'Title' } });
    const spy = vi.spyOn(i18n, 't');
    const t = memoT(i18n);
    // A panel re-rendering on every switch: one fixed string, one with a new value each time.
    for (let i = 0; i < MEMO_LIMIT * 10; i++) {
      expect(t('ui:title')).toBe('Title');
      expect(t('ui:at', { time: i })).toBe(`Shown at ${i}`);
    }
    // The fixed string was asked of i18next once: it never aged out while in use.
    expect(spy.mock.calls.filter((c) => c[0] === 'ui:title')).toHaveLength(1);
    // The oldest changing answers were dropped: asking again goes to i18next.
    spy.mockClear();
    expect(t('ui:at', { time: 0 })).toBe('Shown at 0');
    expect(spy).toHaveBeenCalledTimes(1);
    // A recent one is still remembered.
    spy.mockClear();
    expect(t('ui:at', { time: MEMO_LIMIT * 10 - 1 })).toBe(`Shown at ${MEMO_LIMIT * 10 - 1}`);
    expect(spy).not.toHaveBeenCalled();
  });
});
