/**
 * The detector's output contract. Pure types: shared by the content script, background,
 * popup, panel and the guidance engine.
 */
export const SIGN_IN_STATES = [
  'verify-identity-method-picker',
  'approve-push',
  'approve-push-number-match',
  'enter-code-sms',
  'enter-code-totp',
  'enter-code-email',
  'phone-call',
  'push-timeout-no-response',
  'push-denied',
  'code-wrong',
  'proof-up-required',
  'fido-passkey',
  'passwordless-push',
  'not-mfa-username',
  'not-mfa-password',
  'not-mfa-account-picker',
  'not-mfa-kmsi',
  'error-page',
  'unknown',
  'not-microsoft',
] as const;

export type SignInState = (typeof SIGN_IN_STATES)[number];

/** The screens where the user is stuck at a second factor and help exists (badge + panel). */
export const TWO_STEP_STATES: readonly SignInState[] = [
  'verify-identity-method-picker',
  'approve-push',
  'approve-push-number-match',
  'enter-code-sms',
  'enter-code-totp',
  'enter-code-email',
  'phone-call',
  'push-timeout-no-response',
  'push-denied',
  'code-wrong',
  'proof-up-required',
  'fido-passkey',
  'passwordless-push',
  'error-page',
];

export function isTwoStepState(state: string): state is SignInState {
  return (TWO_STEP_STATES as readonly string[]).includes(state);
}

/**
 * Help is shown (badge, chip, panel, popup guidance): a known two-step screen, or a two-step page
 * (PageID ConvergedTFA …) whose current view the detector does not recognise (generic help only).
 */
export function needsHelp(d: Pick<Detection, 'state' | 'twoStepPage'> | null | undefined): boolean {
  return !!d && (isTwoStepState(d.state) || (d.state === 'unknown' && d.twoStepPage === true));
}

export function isSignInState(value: unknown): value is SignInState {
  return typeof value === 'string' && (SIGN_IN_STATES as readonly string[]).includes(value);
}

/** Verification methods, named after Microsoft's `authMethodId` / picker `data-value`, grouped. */
export const AUTH_METHODS = [
  'push', // PhoneAppNotification
  'totp', // PhoneAppOTP, software/hardware OATH tokens
  'sms', // OneWaySMS, TwoWaySMS…
  'voice', // TwoWayVoiceMobile / Office / AlternateMobile
  'email',
  'fido', // security key / passkey / Windows Hello
  'other',
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export type AccountKind = 'work' | 'personal' | 'unknown';

/**
 * What IT needs to tell us the page changed, collected only when a two-step page shows a view
 * the detector does not know: names only (page ids, known anchor ids found, visible view ids /
 * data-testids), never text content, input values or `$Config` secrets.
 */
export interface PageDiagnostics {
  /** `PageID` meta / `$Config.pgid`. */
  pageId?: string;
  hpgid?: number;
  /** Known detector anchors (ids / test ids of known views) present in the DOM, visible or not. */
  anchors: string[];
  /** Visible view markers: `data-viewid` values (`viewid:12`), `data-testid` names (`testid:x`), Microsoft-style ids. At most 40. */
  visible: string[];
}

export interface Detection {
  state: SignInState;
  /** A "Sign in another way" / "other ways to sign in" control is in the DOM and visible. */
  signInAnotherWay: boolean;
  /** The page's language as the page states it (BCP 47, e.g. `nl`, `pt-BR`); '' when unknown. */
  lang: string;
  /** The page's hostname (lower case). */
  host: string;
  /** work (Entra ID), personal (Microsoft account on live.com) or unknown. */
  account: AccountKind;
  /**
   * The visible text of the other-way control found (e.g. "I can't use my Microsoft Authenticator
   * app right now"): page UI text, trimmed, at most 80 characters, no control characters. Only
   * with `signInAnotherWay: true`.
   */
  signInAnotherWayText?: string;
  /** The server page is a two-step page (PageID / pgid ConvergedTFA, hpgid 1114), whatever view it shows. */
  twoStepPage?: boolean;
  /** Only on `unknown` with `twoStepPage`: see PageDiagnostics. */
  diagnostics?: PageDiagnostics;
  /** Server page id (`PageID` meta / `$Config.pgid`), when the page states one. */
  pageId?: string;
  /** The method a code / call / push screen uses. */
  method?: AuthMethod;
  /** Masked phone / address hint the page shows (e.g. "+XX XXX XXXX X89"); never a full number. */
  maskedHint?: string;
  /** A number-match screen shows a number (the digits themselves are never read). */
  numberMatchShown?: boolean;
  /** Methods offered on the picker (or listed by the page), in page order, de-duplicated. */
  offeredMethods?: AuthMethod[];
  /** Error details shown on an error page: what the helpdesk needs. */
  errorCode?: string;
  requestId?: string;
  correlationId?: string;
  timestamp?: string;
}
