import type { Detection, SignInState } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';

/** Test fixtures for the guidance engine and the helpdesk request (no browser APIs). */
export const TEST_CONFIG: SecondStepConfig = {
  organizationName: '',
  helpdeskEmail: '',
  helpdeskUrl: '',
  helpdeskTicketUrl: '',
  helpdeskPhone: '',
  securityInfoUrl: 'https://mysignins.microsoft.com/security-info',
  showInPagePanel: true,
  hiddenTopics: [],
  supportMessage: '',
  language: '',
  helpdeskLanguage: '',
  nudgeBackupMethod: true,
  backupNudgeSnoozeDays: 7,
  offersTemporaryAccessPass: false,
  reportSuspiciousActivity: false,
};

export function detection(state: SignInState, extra: Partial<Detection> = {}): Detection {
  return {
    state,
    signInAnotherWay: true,
    lang: 'en',
    host: 'login.microsoftonline.com',
    account: 'work',
    ...extra,
  };
}
