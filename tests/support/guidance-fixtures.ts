import type { Detection, SignInState } from '@/utils/detection-types';
import type { SecondStepConfig } from '@/utils/config-types';
import type { TabStats } from '@/utils/guidance-types';

/** Test fixtures for the guidance engine and the helpdesk request (no browser APIs). */
export const TEST_CONFIG: SecondStepConfig = {
  organizationName: '',
  helpdeskEmail: '',
  helpdeskUrl: '',
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

export const NO_STATS: TabStats = { stateSince: 0, codeScreens: 0, lastCodeScreenAt: 0, history: [] };

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
