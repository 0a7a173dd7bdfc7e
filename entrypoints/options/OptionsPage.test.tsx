import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { i18n } from 'i18next';
import { I18nContext } from '@/components/i18n-context';
import { createI18n } from '@/utils/i18n';
import { resolveConfig } from '@/utils/config';
import type { RejectedValue, ResolvedConfig, SecondStepConfig } from '@/utils/config-types';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';
import { endonym } from './endonym';
import { OptionsPage } from './OptionsPage';

const localesDir = resolve(__dirname, '../../locales');
const readOptions = (lang: string) => JSON.parse(readFileSync(resolve(localesDir, lang, 'options.json'), 'utf8'));

let container: HTMLElement;
let instance: i18n;

beforeEach(async () => {
  container = document.createElement('div');
  document.body.appendChild(container);
  instance = createI18n('en', { options: readOptions('en') });
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(
  resolved: ResolvedConfig,
  onSave = vi.fn(async (_values: Partial<SecondStepConfig>): Promise<RejectedValue[]> => []),
) {
  await act(() => {
    render(
      <I18nContext.Provider value={instance}>
        <OptionsPage resolved={resolved} onSave={onSave} />
      </I18nContext.Provider>,
      container,
    );
  });
  return onSave;
}

const $ = <T extends Element = HTMLInputElement>(sel: string) => container.querySelector(sel) as T;
async function type(sel: string, value: string) {
  const el = $<HTMLInputElement>(sel);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit() {
  await act(async () => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('OptionsPage, unmanaged', () => {
  it('renders every field with a label, grouped in fieldsets with legends, all strings translated', async () => {
    await mount(resolveConfig({ user: undefined, managed: undefined }));
    for (const id of [
      'organizationName',
      'helpdeskEmail',
      'helpdeskUrl',
      'helpdeskPhone',
      'supportMessage',
      'helpdeskLanguage',
      'securityInfoUrl',
      'showInPagePanel',
      'language',
    ]) {
      const field = $(`#opt-${id}`);
      expect(field, id).not.toBeNull();
      expect(container.querySelector(`label[for="opt-${id}"]`)?.textContent, id).toBeTruthy();
      expect(field.hasAttribute('disabled'), id).toBe(false);
    }
    expect(container.querySelectorAll('fieldset > legend').length).toBe(5);
    expect(container.querySelectorAll('input[name="hiddenTopics"]').length).toBe(11);
    expect($('#opt-securityInfoUrl').value).toBe('https://mysignins.microsoft.com/security-info');
    expect(container.textContent).not.toMatch(/options:|field\.|reason\./);
    expect(container.querySelector('.options-managed')).toBeNull();
    expect(container.querySelector('.options-rejected')).toBeNull();
  });

  it('offers automatic + the ten languages, each in its own name', async () => {
    await mount(resolveConfig({ user: undefined, managed: undefined }));
    const options = [...container.querySelectorAll('#opt-language option')] as HTMLOptionElement[];
    expect(options.map((o) => o.value)).toEqual(['', ...SUPPORTED_LANGUAGES]);
    expect(options[0]!.textContent).toBe('Automatic');
    const byValue = Object.fromEntries(options.map((o) => [o.value, o.textContent]));
    expect(byValue.nl).toBe('Nederlands');
    expect(byValue.de).toBe('Deutsch');
    expect(byValue.ja).toBe('日本語');
    expect(options.find((o) => o.value === 'fr')!.getAttribute('lang')).toBe('fr');
  });

  it('shows inline errors linked with aria-describedby and saves nothing while invalid', async () => {
    const onSave = await mount(resolveConfig({ user: undefined, managed: undefined }));
    await type('#opt-helpdeskEmail', 'it@contoso.example?cc=x@evil.example');
    await type('#opt-helpdeskUrl', 'http://help.contoso.example');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    const email = $('#opt-helpdeskEmail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('opt-helpdeskEmail-error');
    expect($('#opt-helpdeskEmail-error').textContent).toBe('Not a single plain e-mail address.');
    expect($('#opt-helpdeskUrl-error').textContent).toBe('Must be a secure address starting with https://.');
    expect(document.activeElement).toBe(email);
    expect($('[role="status"]').textContent).toMatch(/Not saved/);
  });

  it('saves the validated values of every field', async () => {
    const onSave = await mount(resolveConfig({ user: undefined, managed: undefined }));
    await type('#opt-organizationName', ' Contoso ');
    await type('#opt-helpdeskEmail', 'it@contoso.example');
    await act(() => {
      const box = $('#opt-topic-app-passwords');
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      const sel = $<HTMLSelectElement>('#opt-language');
      sel.value = 'nl';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0] as Record<string, unknown>;
    expect(saved).toMatchObject({
      organizationName: 'Contoso',
      helpdeskEmail: 'it@contoso.example',
      hiddenTopics: ['app-passwords'],
      language: 'nl',
      showInPagePanel: true,
    });
    expect($('[role="status"]').textContent).toBe('Settings saved.');
  });
});

describe('OptionsPage, managed by policy', () => {
  const managed = {
    organizationName: 'Contoso IT',
    helpdeskEmail: 'it@contoso.example',
    hiddenTopics: ['app-passwords', 'no-such-topic'],
    helpdeskUrl: 'http://help.contoso.example',
    helpdeskMail: 'typo@contoso.example',
  };

  it('shows policy values locked with the note, and lists rejected policy values with reasons', async () => {
    await mount(resolveConfig({ user: { organizationName: 'Mine' }, managed }));
    expect(container.querySelector('.options-managed')?.textContent).toMatch(/organization manages/);
    const org = $('#opt-organizationName');
    expect(org.value).toBe('Contoso IT');
    expect(org.disabled).toBe(true);
    expect(org.getAttribute('aria-describedby')).toContain('opt-organizationName-locked');
    expect($('#opt-organizationName-locked').textContent).toBe('Managed by your organization');
    expect($('#opt-helpdeskEmail').disabled).toBe(true);
    expect($<HTMLFieldSetElement>('fieldset.options-topics').disabled).toBe(true);
    expect($('#opt-topic-app-passwords').checked).toBe(true);
    // The invalid URL is not locked: the user may still fill it in.
    expect($('#opt-helpdeskUrl').disabled).toBe(false);
    expect($('#opt-helpdeskPhone').disabled).toBe(false);

    const items = [...container.querySelectorAll('.options-rejected li')].map((li) => li.textContent);
    expect(items).toEqual([
      'hiddenTopics[1] Unknown topic.',
      'helpdeskUrl Must be a secure address starting with https://.',
      'helpdeskMail Unknown setting name (check spelling and capitals).',
    ]);
  });

  it('does not send locked keys when saving', async () => {
    const onSave = await mount(resolveConfig({ user: undefined, managed }));
    await type('#opt-helpdeskPhone', '+31 20 123 4567');
    await submit();
    const saved = onSave.mock.calls[0]![0] as Record<string, unknown>;
    expect(saved.helpdeskPhone).toBe('+31 20 123 4567');
    expect(saved).not.toHaveProperty('organizationName');
    expect(saved).not.toHaveProperty('helpdeskEmail');
    expect(saved).not.toHaveProperty('hiddenTopics');
  });

  it('follows a policy change at run time (locked field updates)', async () => {
    await mount(resolveConfig({ user: undefined, managed }));
    await mount(resolveConfig({ user: undefined, managed: { ...managed, organizationName: 'Contoso Group' } }));
    expect($('#opt-organizationName').value).toBe('Contoso Group');
  });
});

describe('translations', () => {
  const keysOf = (obj: unknown, prefix = ''): string[] =>
    Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
      v && typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  const en = keysOf(readOptions('en')).sort();
  const present = readdirSync(localesDir).filter((lang) => existsSync(resolve(localesDir, lang, 'options.json')));

  it('en and nl are present', () => {
    expect(present).toEqual(expect.arrayContaining(['en', 'nl']));
  });
  for (const lang of present) {
    it(`${lang}/options.json has exactly the English keys, all non-empty`, () => {
      const data = readOptions(lang);
      expect(keysOf(data).sort()).toEqual(en);
      for (const key of en) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data);
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}:${key}`).toBe(true);
      }
    });
  }

  it('the endonym helper names languages in themselves', () => {
    expect(endonym('pl')).toBe('Polski');
    expect(endonym('xx-invalid-!')).toBe('xx-invalid-!');
  });
});
