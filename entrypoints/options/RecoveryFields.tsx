import type { TargetedEvent, VNode } from 'preact';
import type { ConfigKey, SecondStepConfig } from '@/utils/config-types';
import { MAX_SNOOZE_DAYS } from '@/utils/config';

type BoolKey = 'nudgeBackupMethod' | 'offersTemporaryAccessPass' | 'reportSuspiciousActivity';

interface Props {
  draft: SecondStepConfig;
  set<K extends ConfigKey>(key: K, value: SecondStepConfig[K]): void;
  isLocked(key: ConfigKey): boolean;
  describedBy(key: ConfigKey, hasHint: boolean): string | undefined;
  extras(key: ConfigKey): VNode;
  invalid(key: ConfigKey): boolean;
  o(key: string): string;
}

const id = (key: string) => `opt-${key}`;
const hint = (key: string) => `opt-${key}-hint`;

/** Issue 17's switches (backup-method reminder, Temporary Access Pass, suspicious-activity report), locked like the others. */
export function RecoveryFields({ draft, set, isLocked, describedBy, extras, invalid, o }: Props) {
  const check = (key: BoolKey) => (
    <div class="options-field options-check" key={key}>
      <input
        id={id(key)}
        name={key}
        type="checkbox"
        checked={draft[key]}
        disabled={isLocked(key)}
        aria-describedby={describedBy(key, true)}
        onChange={(e: TargetedEvent<HTMLInputElement>) => set(key, e.currentTarget.checked)}
      />
      <label for={id(key)}>{o(`field.${key}.label`)}</label>
      <p class="options-hint" id={hint(key)}>
        {o(`field.${key}.hint`)}
      </p>
      {extras(key)}
    </div>
  );
  const days = 'backupNudgeSnoozeDays';
  return (
    <fieldset>
      <legend>{o('section.recovery')}</legend>
      {check('nudgeBackupMethod')}
      <div class="options-field">
        <label for={id(days)}>{o(`field.${days}.label`)}</label>
        <p class="options-hint" id={hint(days)}>
          {o(`field.${days}.hint`)}
        </p>
        <input
          id={id(days)}
          name={days}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SNOOZE_DAYS}
          step={1}
          value={String(draft[days])}
          disabled={isLocked(days)}
          aria-invalid={invalid(days) ? 'true' : undefined}
          aria-describedby={describedBy(days, true)}
          onInput={(e: TargetedEvent<HTMLInputElement>) => {
            const raw = e.currentTarget.value.trim();
            set(days, /^\d{1,3}$/.test(raw) ? Number(raw) : (raw as unknown as number));
          }}
        />
        {extras(days)}
      </div>
      {check('offersTemporaryAccessPass')}
      {check('reportSuspiciousActivity')}
    </fieldset>
  );
}
