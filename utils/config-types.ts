/**
 * What IT (managed policy) or the user (options page) can configure. Defaults live in code
 * (utils/config.ts): Chromium does not apply schema defaults, Firefox checks no schema at all.
 */
export const TOPIC_IDS = [
  'forgot-phone', // S1
  'lost-phone', // S2
  'sms-code', // S3: SMS/call does not arrive, which code to use
  'app-passwords', // S4
  'cannot-approve', // S5
  'other-method', // S6
  'contact-helpdesk', // S7
  'new-phone', // S2, before the old phone goes
  'temporary-access-pass', // S7, IT's pass to get back in
  'device-sign-in', // S7, error pages whose fix is a browser setting
  'backup-method', // S6.3, the reminder to add a second method
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface SecondStepConfig {
  organizationName: string;
  helpdeskEmail: string;
  /** https: only */
  helpdeskUrl: string;
  /** https: URL template with {placeholders} for a prefilled ticket (utils/ticket-url.ts); '' = no ticket link */
  helpdeskTicketUrl: string;
  helpdeskPhone: string;
  /** https: only; default Microsoft's security info page */
  securityInfoUrl: string;
  showInPagePanel: boolean;
  hiddenTopics: TopicId[];
  /** A short custom note shown with the admin request. */
  supportMessage: string;
  /** UI language override: '' = automatic (page language, then browser language, then English). */
  language: string;
  /** Language of the prepared helpdesk message: '' = the user's guidance language. */
  helpdeskLanguage: string;
  /** Remind users after a sign-in that showed only one method to add a second one (default on). */
  nudgeBackupMethod: boolean;
  /** "Remind me later" on that reminder waits this many days (1-90, default 7). */
  backupNudgeSnoozeDays: number;
  /** IT issues Temporary Access Passes: the helpdesk request asks for one instead of a reset (default off). */
  offersTemporaryAccessPass: boolean;
  /** The tenant has "report suspicious activity" on: say so after a denied / not-started request (default off). */
  reportSuspiciousActivity: boolean;
}

export type ConfigKey = keyof SecondStepConfig;

export interface RejectedValue {
  key: string;
  source: 'policy' | 'user';
  reason: string;
}

export interface ResolvedConfig {
  config: SecondStepConfig;
  /** Keys set by managed policy: shown locked, user values ignored. */
  locked: ConfigKey[];
  rejected: RejectedValue[];
  managed: boolean;
}
