import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { useT } from '@/components/i18n-context';
import {
  TOPIC_IDS,
  type ConfigKey,
  type RejectedValue,
  type ResolvedConfig,
  type SecondStepConfig,
} from '@/utils/config-types';
import { MAX_LENGTH, VALIDATORS, type Validator } from '@/utils/config';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';
import { endonym } from './endonym';
import { RecoveryFields } from './RecoveryFields';

export interface OptionsPageProps {
  resolved: ResolvedConfig;
  /** Saves the user's values; resolves to what was rejected (normally nothing: we validate first). */
  onSave: (values: Partial<SecondStepConfig>) => Promise<RejectedValue[]>;
}

type Draft = SecondStepConfig;
type Errors = Partial<Record<ConfigKey, string>>;

const TEXT_FIELDS = ['organizationName', 'helpdeskEmail', 'helpdeskUrl', 'helpdeskTicketUrl', 'helpdeskPhone'] as const;
const INPUT_TYPE: Record<(typeof TEXT_FIELDS)[number] | 'securityInfoUrl', 'text' | 'email' | 'url' | 'tel'> = {
  organizationName: 'text',
  helpdeskEmail: 'email',
  helpdeskUrl: 'url',
  helpdeskTicketUrl: 'url',
  helpdeskPhone: 'tel',
  securityInfoUrl: 'url',
};
const AUTOCOMPLETE: Partial<Record<ConfigKey, string>> = { organizationName: 'organization' };

const fieldId = (key: string) => `opt-${key}`;
const errorId = (key: string) => `opt-${key}-error`;
const hintId = (key: string) => `opt-${key}-hint`;
const lockId = (key: string) => `opt-${key}-locked`;

export function OptionsPage({ resolved, onSave }: OptionsPageProps) {
  const t = useT();
  const o = (key: string, vars?: Record<string, unknown>) => t(`options:${key}`, vars ?? {}) as string;
  const [draft, setDraft] = useState<Draft>(() => ({
    ...resolved.config,
    hiddenTopics: [...resolved.config.hiddenTopics],
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'' | 'saved' | 'invalid' | 'failed'>('');
  const formRef = useRef<HTMLFormElement>(null);
  const isLocked = (key: ConfigKey) => resolved.locked.includes(key);

  // Policy can change while the page is open: locked fields follow it, unsaved user edits elsewhere stay.
  useEffect(() => {
    setDraft((prev) => {
      const next = { ...prev, hiddenTopics: [...prev.hiddenTopics] } as Record<string, unknown>;
      for (const key of resolved.locked) next[key] = resolved.config[key];
      return next as unknown as Draft;
    });
  }, [resolved]);

  const set = <K extends ConfigKey>(key: K, value: Draft[K]) => {
    setDraft((prev) => ({ ...prev, [key]: value }));
    setStatus('');
    if (errors[key]) setErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  const reasonText = (reason: string) => {
    const key = `options:reason.${reason}`;
    return t(key, { defaultValue: reason }) as string;
  };

  const describedBy = (key: ConfigKey, hasHint: boolean) =>
    [hasHint ? hintId(key) : '', isLocked(key) ? lockId(key) : '', errors[key] ? errorId(key) : '']
      .filter(Boolean)
      .join(' ') || undefined;

  const extras = (key: ConfigKey) => (
    <>
      {isLocked(key) && (
        <p class="options-locked" id={lockId(key)}>
          {o('lockedNote')}
        </p>
      )}
      {errors[key] && (
        <p class="options-error" id={errorId(key)}>
          {reasonText(errors[key]!)}
        </p>
      )}
    </>
  );

  const textField = (key: (typeof TEXT_FIELDS)[number] | 'securityInfoUrl') => (
    <div class="options-field" key={key}>
      <label for={fieldId(key)}>{o(`field.${key}.label`)}</label>
      <p class="options-hint" id={hintId(key)}>
        {o(`field.${key}.hint`)}
      </p>
      <input
        id={fieldId(key)}
        name={key}
        type={INPUT_TYPE[key] as 'text' /* preact's typings discriminate on a literal type */}
        value={draft[key]}
        maxLength={MAX_LENGTH[key]}
        autocomplete={AUTOCOMPLETE[key] ?? 'off'}
        disabled={isLocked(key)}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={describedBy(key, true)}
        onInput={(e: TargetedEvent<HTMLInputElement>) => set(key, e.currentTarget.value)}
      />
      {extras(key)}
    </div>
  );

  const languageSelect = (key: 'language' | 'helpdeskLanguage', emptyLabel: string) => (
    <div class="options-field">
      <label for={fieldId(key)}>{o(`field.${key}.label`)}</label>
      <p class="options-hint" id={hintId(key)}>
        {o(`field.${key}.hint`)}
      </p>
      <select
        id={fieldId(key)}
        name={key}
        value={draft[key]}
        disabled={isLocked(key)}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={describedBy(key, true)}
        onChange={(e: TargetedEvent<HTMLSelectElement>) => set(key, e.currentTarget.value)}
      >
        <option value="">{emptyLabel}</option>
        {SUPPORTED_LANGUAGES.map((code) => (
          <option value={code} lang={code} key={code}>
            {endonym(code)}
          </option>
        ))}
      </select>
      {extras(key)}
    </div>
  );

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(VALIDATORS) as ConfigKey[]) {
      if (isLocked(key)) continue;
      const result = (VALIDATORS[key] as Validator<unknown>)(draft[key]);
      if (result.ok) values[key] = result.value;
      else found[key] = result.reason;
    }
    setErrors(found);
    const firstInvalid = (Object.keys(found) as ConfigKey[])[0];
    if (firstInvalid) {
      setStatus('invalid');
      formRef.current?.querySelector<HTMLElement>(`#${fieldId(firstInvalid)}`)?.focus();
      return;
    }
    try {
      const rejected = await onSave(values as Partial<SecondStepConfig>);
      if (rejected.length) {
        setErrors(Object.fromEntries(rejected.map((r) => [r.key, r.reason])));
        setStatus('invalid');
      } else {
        setStatus('saved');
      }
    } catch {
      setStatus('failed');
    }
  };

  const policyRejections = resolved.rejected.filter((r) => r.source === 'policy');
  const topicsLocked = isLocked('hiddenTopics');

  return (
    <main class="options">
      <h1>{o('title')}</h1>
      <p>{o('intro')}</p>

      {resolved.managed && (
        <p class="options-managed" role="note">
          {o('managedBanner')}
        </p>
      )}

      {policyRejections.length > 0 && (
        <section class="options-rejected" aria-labelledby="opt-rejected-heading">
          <h2 id="opt-rejected-heading">{o('rejected.heading')}</h2>
          <p>{o('rejected.intro')}</p>
          <ul>
            {policyRejections.map((r, i) => (
              <li key={`${r.key}-${i}`}>
                <code>{r.key}</code> {reasonText(r.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{o('section.helpdesk')}</legend>
          {TEXT_FIELDS.map(textField)}
          <div class="options-field">
            <label for={fieldId('supportMessage')}>{o('field.supportMessage.label')}</label>
            <p class="options-hint" id={hintId('supportMessage')}>
              {o('field.supportMessage.hint')}
            </p>
            <textarea
              id={fieldId('supportMessage')}
              name="supportMessage"
              rows={3}
              maxLength={MAX_LENGTH.supportMessage}
              value={draft.supportMessage}
              disabled={isLocked('supportMessage')}
              aria-invalid={errors.supportMessage ? 'true' : undefined}
              aria-describedby={describedBy('supportMessage', true)}
              onInput={(e: TargetedEvent<HTMLTextAreaElement>) => set('supportMessage', e.currentTarget.value)}
            />
            {extras('supportMessage')}
          </div>
          {languageSelect('helpdeskLanguage', o('field.helpdeskLanguage.same'))}
        </fieldset>

        <fieldset>
          <legend>{o('section.signin')}</legend>
          {textField('securityInfoUrl')}
          <div class="options-field options-check">
            <input
              id={fieldId('showInPagePanel')}
              name="showInPagePanel"
              type="checkbox"
              checked={draft.showInPagePanel}
              disabled={isLocked('showInPagePanel')}
              aria-describedby={describedBy('showInPagePanel', true)}
              onChange={(e: TargetedEvent<HTMLInputElement>) => set('showInPagePanel', e.currentTarget.checked)}
            />
            <label for={fieldId('showInPagePanel')}>{o('field.showInPagePanel.label')}</label>
            <p class="options-hint" id={hintId('showInPagePanel')}>
              {o('field.showInPagePanel.hint')}
            </p>
            {extras('showInPagePanel')}
          </div>
          <fieldset
            class="options-topics"
            disabled={topicsLocked}
            aria-describedby={[hintId('hiddenTopics'), topicsLocked ? lockId('hiddenTopics') : '']
              .filter(Boolean)
              .join(' ')}
          >
            <legend>{o('field.hiddenTopics.label')}</legend>
            <p class="options-hint" id={hintId('hiddenTopics')}>
              {o('field.hiddenTopics.hint')}
            </p>
            {TOPIC_IDS.map((topic) => (
              <div class="options-check" key={topic}>
                <input
                  id={fieldId(`topic-${topic}`)}
                  type="checkbox"
                  name="hiddenTopics"
                  value={topic}
                  checked={draft.hiddenTopics.includes(topic)}
                  onChange={(e: TargetedEvent<HTMLInputElement>) => {
                    const checked = e.currentTarget.checked;
                    set(
                      'hiddenTopics',
                      TOPIC_IDS.filter((id) => (id === topic ? checked : draft.hiddenTopics.includes(id))),
                    );
                  }}
                />
                <label for={fieldId(`topic-${topic}`)}>{o(`topic.${topic}`)}</label>
              </div>
            ))}
            {extras('hiddenTopics')}
          </fieldset>
        </fieldset>

        <RecoveryFields {...{ draft, set, isLocked, describedBy, extras, o }} invalid={(k) => Boolean(errors[k])} />

        <fieldset>
          <legend>{o('section.language')}</legend>
          {languageSelect('language', o('field.language.automatic'))}
        </fieldset>

        <div class="options-actions">
          <button type="submit">{o('save')}</button>
          <p role="status" class={status === 'saved' ? 'options-saved' : 'options-status-error'}>
            {status ? o(`status.${status}`) : ''}
          </p>
        </div>
      </form>
    </main>
  );
}
