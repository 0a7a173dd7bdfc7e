// ---------------------------------------------------------------- data
var PAGES = {
  signin: {
    site: 'entra',
    pgid: 'ConvergedSignIn',
    hpgid: 1104,
    hpgact: 1800,
    scid: 1013,
    path: '/common/oauth2/v2.0/authorize',
    action: '/common/login',
  },
  tfa: {
    site: 'entra',
    pgid: 'ConvergedTFA',
    hpgid: 1114,
    hpgact: 2202,
    scid: 1008,
    path: '/common/login',
    action: '/common/SAS/ProcessAuth',
  },
  kmsi: { site: 'entra', pgid: 'KmsiInterrupt', hpgid: 1115, hpgact: 2005, scid: 1000, path: '/kmsi', action: '/kmsi' },
  proofup: {
    site: 'entra',
    pgid: 'ConvergedProofUpRedirect',
    hpgid: 1121,
    hpgact: 2000,
    scid: 1000,
    path: '/common/login',
    action: '/common/login',
  },
  error: { site: 'entra', pgid: 'ConvergedError', path: '/common/login', action: '/common/login' },
  // The FIDO page's pgid is an open question in the reference: no PageID / pgid is served (detect by URL path).
  fido: { site: 'entra', pgid: null, path: '/common/fido/get', action: '/common/fido/get' },
  msa: { site: 'msa', pgid: null, hpgid: 33, hpgact: 0, path: '/oauth20_authorize.srf' },
  confirm: { site: 'account', pgid: null, hpgid: 200225, path: '/identity/confirm' },
  ciam: { site: 'ciam', pgid: null, path: '/contoso.onmicrosoft.com/oauth2/v2.0/authorize' },
};

var SITE_HOSTS = {
  entra: 'login.microsoftonline.com',
  msa: 'login.live.com',
  account: 'account.live.com',
  ciam: 'contoso.ciamlogin.com',
};

function S(page, view, opts, desc) {
  return { page: page, view: view, opts: opts || {}, desc: desc };
}
var SCENARIOS = {
  flow: S(
    'signin',
    'username',
    { flow: true },
    'Username first; click through the whole flow (second factor from ?method=, default push)',
  ),
  username: S('signin', 'username', {}, 'ConvergedSignIn, username view (#i0116)'),
  password: S('signin', 'password', {}, 'ConvergedSignIn, password view (#i0118), username kept off-screen'),
  passwordless: S(
    'signin',
    'passwordless',
    {},
    'ConvergedSignIn, passwordless phone sign-in (#idRemoteNGC_DisplaySign)',
  ),
  'cred-picker': S(
    'signin',
    'credpicker',
    {},
    'ConvergedSignIn, "Sign-in options" (after #idA_PWD_SwitchToCredPicker)',
  ),
  push: S(
    'tfa',
    'push',
    {},
    'ConvergedTFA, approve push; link "I can\'t use my Microsoft Authenticator app right now"',
  ),
  'push-number': S(
    'tfa',
    'push',
    { number: true },
    'ConvergedTFA, push with number match (#idRichContext_DisplaySign)',
  ),
  'push-no-alternative': S(
    'tfa',
    'push',
    { link: 'absent', only: 'PhoneAppNotification' },
    'ConvergedTFA, push, only one method: no #signInAnotherWay',
  ),
  sms: S('tfa', 'code', { method: 'sms' }, 'ConvergedTFA, SMS code entry with "Having trouble? Sign in another way"'),
  'sms-no-alternative': S(
    'tfa',
    'code',
    { method: 'sms', link: 'absent', only: 'OneWaySMS' },
    'ConvergedTFA, SMS code, only one method: link removed (ko if)',
  ),
  'sms-hidden-link': S(
    'tfa',
    'code',
    { method: 'sms', link: 'hidden' },
    'ConvergedTFA, SMS code, link in the DOM but its container is display:none',
  ),
  totp: S('tfa', 'code', { method: 'totp' }, 'ConvergedTFA, authenticator (TOTP) code entry'),
  'totp-no-alternative': S(
    'tfa',
    'code',
    { method: 'totp', link: 'absent', only: 'PhoneAppOTP' },
    'ConvergedTFA, TOTP code, only one method: no link',
  ),
  email: S('tfa', 'code', { method: 'email' }, 'ConvergedTFA, email code entry'),
  call: S('tfa', 'call', {}, 'ConvergedTFA, phone call in progress (no code input)'),
  'call-no-alternative': S(
    'tfa',
    'call',
    { link: 'absent', only: 'TwoWayVoiceMobile' },
    'ConvergedTFA, phone call, only one method: no link',
  ),
  'call-failed': S('tfa', 'call', { failed: true }, 'ConvergedTFA, phone call not answered (#idSpan_SAOTCC_Error_OTC)'),
  picker: S('tfa', 'picker', {}, 'ConvergedTFA, "Verify your identity" method picker'),
  'code-from-picker': S(
    'tfa',
    'code',
    { method: 'sms', fromPicker: true },
    'ConvergedTFA, SMS code opened from the picker: no link, Cancel (#idBtn_Back)',
  ),
  timeout: S('tfa', 'timeout', {}, 'ConvergedTFA, push not answered: "We didn\'t hear from you" (#idDiv_SAASTO_*)'),
  denied: S('tfa', 'denied', {}, 'ConvergedTFA, push denied: "Request denied" (#idDiv_SAASDS_*)'),
  'wrong-code': S(
    'tfa',
    'code',
    { method: 'sms', error: true },
    'ConvergedTFA, SMS code rejected (visible #idSpan_SAOTCC_Error_OTC, input.has-error)',
  ),
  kmsi: S('kmsi', 'kmsi', {}, 'KmsiInterrupt, "Stay signed in?"'),
  'proof-up': S('proofup', 'proofup', {}, 'ConvergedProofUpRedirect, "More information required"'),
  error: S('error', 'error', { code: '500121' }, 'ConvergedError, AADSTS500121 with troubleshooting details'),
  'error-ca': S('error', 'errorca', { code: '53003' }, 'ConvergedError, blocked by Conditional Access (AADSTS53003)'),
  'error-device': S(
    'error',
    'error',
    { code: '53000' },
    'ConvergedError, device-based Conditional Access: device not compliant (AADSTS53000)',
  ),
  'error-50011': S(
    'error',
    'error',
    { code: '50011' },
    'ConvergedError, redirect URI mismatch (AADSTS50011; no device fix)',
  ),
  'access-pass': S(
    'signin',
    'accesspass',
    {},
    'ConvergedSignIn, "Enter Temporary Access Pass" (input[name=accesspass], type=password)',
  ),
  fido: S(
    'fido',
    'fido',
    {},
    '/common/fido/get after a cancelled passkey/security-key prompt (WebAuthn is never called)',
  ),
  'msa-username': S('msa', 'msaUsername', {}, 'Personal account (React UI), username (#usernameEntry)'),
  'msa-password': S('msa', 'msaPassword', {}, 'Personal account, password ([data-testid=passwordEntry])'),
  'msa-push': S('msa', 'msaPush', {}, 'Personal account, Authenticator request with [data-testid=displaySign]'),
  'msa-code': S('msa', 'msaCode', {}, 'Personal account, code entry (input#idTxtBx_OTC_Password)'),
  'msa-picker': S('msa', 'msaPicker', {}, 'Personal account, method tiles ([data-testid=tile])'),
  'msa-kmsi': S('msa', 'msaKmsi', {}, 'Personal account, "Stay signed in?" (input[name=KMSI])'),
  'msa-confirm': S('confirm', 'confirm', {}, 'account.live.com /identity/confirm, legacy proof list (#iProofList)'),
  'msa-confirm-timeout': S(
    'confirm',
    'confirmTimeout',
    {},
    'account.live.com /identity/confirm, "We didn\'t hear from you" (#iTimeoutTitle)',
  ),
  'ciam-picker': S(
    'ciam',
    'ciamPicker',
    {},
    'External ID (ciamlogin.com), method picker (#credentialPickerTitle, [data-testid=Email])',
  ),
  'ciam-email': S('ciam', 'ciamEmail', {}, 'External ID, email code (#oneTimeCodeTitle)'),
};

var METHOD_PROOF = {
  push: 'PhoneAppNotification',
  totp: 'PhoneAppOTP',
  sms: 'OneWaySMS',
  call: 'TwoWayVoiceMobile',
  email: 'Email',
};
var PROOF_METHOD = {
  PhoneAppNotification: 'push',
  PhoneAppOTP: 'totp',
  OneWaySMS: 'sms',
  TwoWayVoiceMobile: 'call',
  Email: 'email',
};
var PHONE = '+XX XXX XXXX X89';
var EMAIL = 'a***@contoso.com';
var IMG = '/shared/1.0/content/images/';
var PROOF_IMG = {
  push: 'picker_verify_fluent_authenticator_sim.svg',
  totp: 'picker_verify_code_sim.svg',
  sms: 'picker_verify_sms_sim.svg',
  call: 'picker_verify_call_sim.svg',
  email: 'picker_verify_email_sim.svg',
};

/** arrUserProofs for a scenario: all methods, or only `only`; the default is the scenario's method. */
function userProofs(opts, method) {
  var ids = opts.only ? [opts.only] : ['PhoneAppNotification', 'PhoneAppOTP', 'OneWaySMS', 'TwoWayVoiceMobile'];
  if (!opts.only && method === 'email') ids.push('Email');
  var def = METHOD_PROOF[method] || 'PhoneAppNotification';
  return ids.map(function (id) {
    return {
      authMethodId: id,
      data: id,
      display: id === 'Email' ? EMAIL : id === 'PhoneAppNotification' || id === 'PhoneAppOTP' ? 'Authenticator' : PHONE,
      isDefault: id === def,
      isLocationAware: false,
    };
  });
}

// ---------------------------------------------------------------- helpers
function esc(v) {
  return String(v == null ? '' : v).replace(/[&<>"']/g, function (ch) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
  });
}
function fmt(str, vals) {
  return esc(str).replace(/\{(\w+)\}/g, function (_, k) {
    return esc(vals[k]);
  });
}
function koIf(cond, html) {
  return '<!-- ko if: ' + cond + ' -->' + (html || '') + '<!-- /ko -->';
}
function img(name, cls) {
  return '<img class="' + (cls || 'tile-img small') + '" role="presentation" src="' + IMG + name + '">';
}
var BTN_PRIMARY = 'win-button button_primary high-contrast-overrides button ext-button primary ext-primary';
var BTN_SECONDARY = 'win-button button-secondary high-contrast-overrides button ext-button secondary ext-secondary';
var INPUT_CLS = 'form-control ltr_override input ext-input text-box ext-text-box';
function progressDots() {
  return (
    '<div class="progress" role="progressbar" data-bind="component: \'marching-ants-control\'" aria-label="Loading">' +
    '<div></div><div></div><div></div><div></div><div></div></div>'
  );
}

// Every view, by template name: filled in by the page-family files that follow.
var V = {};
