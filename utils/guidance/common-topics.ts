import type { GuidanceItem } from '../guidance-types';
import { cleanText } from '../validators';
import {
  AUTHENTICATOR_FAQ_URL,
  MSA_RECOVERY_URL,
  MSA_SECURITY_URL,
  type GuidanceContext,
  helpdeskActions,
  item,
  otherWayActions,
  securityInfoUrl,
} from './context';

/**
 * Help that applies on every two-step screen. The state rules put the most relevant of these
 * first; buildGuidance appends the rest so that every scenario (S1-S7) stays reachable.
 */

/** S1: the phone is not here today. */
export function forgotPhone(ctx: GuidanceContext): GuidanceItem {
  const first =
    ctx.detection.state === 'verify-identity-method-picker' ? 'onPicker' : ctx.otherWay ? 'useOther' : 'noLink';
  const last = ctx.personal ? 'noLinkPersonal' : 'askIt';
  return item('forgot-phone', 'forgot-phone', [first, last], [...otherWayActions(ctx), ...helpdeskActions(ctx)]);
}

/** S2: phone lost or stolen, or a new number. */
export function lostPhone(ctx: GuidanceContext): GuidanceItem {
  if (ctx.personal) {
    return item(
      'lost-phone-personal',
      'lost-phone',
      ['signIn', 'recover', 'remove'],
      [
        ...otherWayActions(ctx),
        { kind: 'open-link', url: MSA_RECOVERY_URL, labelKey: 'links.recovery' },
        { kind: 'open-link', url: MSA_SECURITY_URL, labelKey: 'links.msaSecurity' },
      ],
    );
  }
  return item(
    'lost-phone',
    'lost-phone',
    ['tellIt', 'signIn', 'reset'],
    [...otherWayActions(ctx), { kind: 'admin-request' }],
  );
}

/** S3: the text or call does not arrive. */
export function smsHelp(ctx: GuidanceContext): GuidanceItem {
  return item(
    'sms-help',
    'sms-code',
    ['provider', 'signal', 'test', 'latest'],
    [...otherWayActions(ctx), { kind: 'open-link', url: AUTHENTICATOR_FAQ_URL, labelKey: 'links.faq' }],
  );
}

/** S4: app passwords (older desktop apps). */
export function appPasswords(ctx: GuidanceContext): GuidanceItem {
  if (ctx.personal) {
    return item(
      'app-passwords-personal',
      'app-passwords',
      ['what', 'check', 'new'],
      [{ kind: 'open-link', url: MSA_SECURITY_URL, labelKey: 'links.msaSecurity' }],
    );
  }
  return item(
    'app-passwords',
    'app-passwords',
    ['what', 'check', 'new'],
    [{ kind: 'open-link', url: securityInfoUrl(ctx), labelKey: 'links.securityInfo' }, { kind: 'admin-request' }],
  );
}

/** S5: the Authenticator notification cannot be approved. */
export function cannotApprove(ctx: GuidanceContext): GuidanceItem {
  return item(
    'cannot-approve',
    'cannot-approve',
    ['code', 'offline'],
    [...otherWayActions(ctx), { kind: 'open-link', url: AUTHENTICATOR_FAQ_URL, labelKey: 'links.faq' }],
  );
}

/** S6 steps 1-2: the link is visible, use it. */
export function otherWay(ctx: GuidanceContext): GuidanceItem {
  return item(
    'other-way',
    'other-method',
    ['step1', 'step2', 'step3', ctx.personal ? 'emptyPersonal' : 'empty'],
    [...otherWayActions(ctx), ...helpdeskActions(ctx)],
  );
}

/** S6, first bullet: no link on a screen that normally has one = no other method is set up. */
export function noOtherWay(ctx: GuidanceContext): GuidanceItem {
  return ctx.personal
    ? item('no-other-way-personal', 'other-method', ['why', 'recover', 'after'], helpdeskActions(ctx))
    : item('no-other-way', 'other-method', ['why', 'ask', 'after'], [{ kind: 'admin-request' }]);
}

/** The code/call view was opened from the picker: no link there, but "Cancel"/"Back" leads to the list. */
export function backToPicker(ctx: GuidanceContext): GuidanceItem {
  return item('back-to-picker', 'other-method', ['back', ctx.personal ? 'nonePersonal' : 'none'], helpdeskActions(ctx));
}

/** S6 step 3 and S2 (after a reset): add or update methods once signed in. */
export function addMethods(ctx: GuidanceContext): GuidanceItem {
  return item(
    'add-methods',
    'other-method',
    ['why', 'how'],
    [
      {
        kind: 'open-link',
        url: securityInfoUrl(ctx),
        labelKey: ctx.personal ? 'links.msaSecurity' : 'links.securityInfo',
      },
    ],
  );
}

/** Related: Microsoft's Authenticator FAQ. */
export function authenticatorFaq(): GuidanceItem {
  return item(
    'authenticator-faq',
    'cannot-approve',
    ['what'],
    [{ kind: 'open-link', url: AUTHENTICATOR_FAQ_URL, labelKey: 'links.faq' }],
  );
}

/** S7: none of this helped. A work account goes to the helpdesk; a personal one to Microsoft's recovery. */
export function contactHelpdesk(ctx: GuidanceContext): GuidanceItem {
  if (ctx.personal) {
    return item(
      'recover-account',
      'contact-helpdesk',
      ['noIt', 'form', 'device'],
      [
        { kind: 'open-link', url: MSA_RECOVERY_URL, labelKey: 'links.recovery' },
        { kind: 'open-link', url: MSA_SECURITY_URL, labelKey: 'links.msaSecurity' },
      ],
    );
  }
  const org = cleanText(ctx.config.organizationName);
  return item(
    'contact-helpdesk',
    'contact-helpdesk',
    org ? ['send', 'safe', 'org'] : ['send', 'safe'],
    [{ kind: 'admin-request' }, { kind: 'copy-details' }],
    org ? { org } : {},
  );
}
