/* Second Step sign-in simulator: the page script. Plain DOM, no framework, no network.
 *
 * The same file runs in two places:
 *  - in Node (node:vm), where the server uses SimCore.renderView() to pre-render the first view, and
 *  - inlined in every simulated page, where boot() wires clicks and switches views IN PLACE
 *    (the content of the view host is replaced; no navigation; PageID/$Config stay as served).
 *
 * Simulator-only hooks: window.__simulator = { go(id), view, views, scenarios, state }.
 * All ids/classes of the markup below follow shared/reference/ms-signin-dom.md; Knockout binding
 * text (data-bind, <!-- ko --> comments) is there for structural realism only and does nothing.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------- data
  var PAGES = {
    signin: { site: 'entra', pgid: 'ConvergedSignIn', hpgid: 1104, hpgact: 1800, scid: 1013, path: '/common/oauth2/v2.0/authorize', action: '/common/login' },
    tfa: { site: 'entra', pgid: 'ConvergedTFA', hpgid: 1114, hpgact: 2202, scid: 1008, path: '/common/login', action: '/common/SAS/ProcessAuth' },
    kmsi: { site: 'entra', pgid: 'KmsiInterrupt', hpgid: 1115, hpgact: 2005, scid: 1000, path: '/kmsi', action: '/kmsi' },
    proofup: { site: 'entra', pgid: 'ConvergedProofUpRedirect', hpgid: 1121, hpgact: 2000, scid: 1000, path: '/common/login', action: '/common/login' },
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

  function S(page, view, opts, desc) { return { page: page, view: view, opts: opts || {}, desc: desc }; }
  var SCENARIOS = {
    flow: S('signin', 'username', { flow: true }, 'Username first; click through the whole flow (second factor from ?method=, default push)'),
    username: S('signin', 'username', {}, 'ConvergedSignIn, username view (#i0116)'),
    password: S('signin', 'password', {}, 'ConvergedSignIn, password view (#i0118), username kept off-screen'),
    passwordless: S('signin', 'passwordless', {}, 'ConvergedSignIn, passwordless phone sign-in (#idRemoteNGC_DisplaySign)'),
    'cred-picker': S('signin', 'credpicker', {}, 'ConvergedSignIn, "Sign-in options" (after #idA_PWD_SwitchToCredPicker)'),
    push: S('tfa', 'push', {}, 'ConvergedTFA, approve push; link "I can\'t use my Microsoft Authenticator app right now"'),
    'push-number': S('tfa', 'push', { number: true }, 'ConvergedTFA, push with number match (#idRichContext_DisplaySign)'),
    'push-no-alternative': S('tfa', 'push', { link: 'absent', only: 'PhoneAppNotification' }, 'ConvergedTFA, push, only one method: no #signInAnotherWay'),
    sms: S('tfa', 'code', { method: 'sms' }, 'ConvergedTFA, SMS code entry with "Having trouble? Sign in another way"'),
    'sms-no-alternative': S('tfa', 'code', { method: 'sms', link: 'absent', only: 'OneWaySMS' }, 'ConvergedTFA, SMS code, only one method: link removed (ko if)'),
    'sms-hidden-link': S('tfa', 'code', { method: 'sms', link: 'hidden' }, 'ConvergedTFA, SMS code, link in the DOM but its container is display:none'),
    totp: S('tfa', 'code', { method: 'totp' }, 'ConvergedTFA, authenticator (TOTP) code entry'),
    'totp-no-alternative': S('tfa', 'code', { method: 'totp', link: 'absent', only: 'PhoneAppOTP' }, 'ConvergedTFA, TOTP code, only one method: no link'),
    email: S('tfa', 'code', { method: 'email' }, 'ConvergedTFA, email code entry'),
    call: S('tfa', 'call', {}, 'ConvergedTFA, phone call in progress (no code input)'),
    'call-no-alternative': S('tfa', 'call', { link: 'absent', only: 'TwoWayVoiceMobile' }, 'ConvergedTFA, phone call, only one method: no link'),
    'call-failed': S('tfa', 'call', { failed: true }, 'ConvergedTFA, phone call not answered (#idSpan_SAOTCC_Error_OTC)'),
    picker: S('tfa', 'picker', {}, 'ConvergedTFA, "Verify your identity" method picker'),
    'code-from-picker': S('tfa', 'code', { method: 'sms', fromPicker: true }, 'ConvergedTFA, SMS code opened from the picker: no link, Cancel (#idBtn_Back)'),
    timeout: S('tfa', 'timeout', {}, 'ConvergedTFA, push not answered: "We didn\'t hear from you" (#idDiv_SAASTO_*)'),
    denied: S('tfa', 'denied', {}, 'ConvergedTFA, push denied: "Request denied" (#idDiv_SAASDS_*)'),
    'wrong-code': S('tfa', 'code', { method: 'sms', error: true }, 'ConvergedTFA, SMS code rejected (visible #idSpan_SAOTCC_Error_OTC, input.has-error)'),
    kmsi: S('kmsi', 'kmsi', {}, 'KmsiInterrupt, "Stay signed in?"'),
    'proof-up': S('proofup', 'proofup', {}, 'ConvergedProofUpRedirect, "More information required"'),
    error: S('error', 'error', { code: '500121' }, 'ConvergedError, AADSTS500121 with troubleshooting details'),
    'error-ca': S('error', 'errorca', { code: '53003' }, 'ConvergedError, blocked by Conditional Access (AADSTS53003)'),
    'error-device': S('error', 'error', { code: '53000' }, 'ConvergedError, device-based Conditional Access: device not compliant (AADSTS53000)'),
    'error-50011': S('error', 'error', { code: '50011' }, 'ConvergedError, redirect URI mismatch (AADSTS50011; no device fix)'),
    'access-pass': S('signin', 'accesspass', {}, 'ConvergedSignIn, "Enter Temporary Access Pass" (input[name=accesspass], type=password)'),
    fido: S('fido', 'fido', {}, '/common/fido/get after a cancelled passkey/security-key prompt (WebAuthn is never called)'),
    'msa-username': S('msa', 'msaUsername', {}, 'Personal account (React UI), username (#usernameEntry)'),
    'msa-password': S('msa', 'msaPassword', {}, 'Personal account, password ([data-testid=passwordEntry])'),
    'msa-push': S('msa', 'msaPush', {}, 'Personal account, Authenticator request with [data-testid=displaySign]'),
    'msa-code': S('msa', 'msaCode', {}, 'Personal account, code entry (input#idTxtBx_OTC_Password)'),
    'msa-picker': S('msa', 'msaPicker', {}, 'Personal account, method tiles ([data-testid=tile])'),
    'msa-kmsi': S('msa', 'msaKmsi', {}, 'Personal account, "Stay signed in?" (input[name=KMSI])'),
    'msa-confirm': S('confirm', 'confirm', {}, 'account.live.com /identity/confirm, legacy proof list (#iProofList)'),
    'msa-confirm-timeout': S('confirm', 'confirmTimeout', {}, 'account.live.com /identity/confirm, "We didn\'t hear from you" (#iTimeoutTitle)'),
    'ciam-picker': S('ciam', 'ciamPicker', {}, 'External ID (ciamlogin.com), method picker (#credentialPickerTitle, [data-testid=Email])'),
    'ciam-email': S('ciam', 'ciamEmail', {}, 'External ID, email code (#oneTimeCodeTitle)'),
  };

  var METHOD_PROOF = { push: 'PhoneAppNotification', totp: 'PhoneAppOTP', sms: 'OneWaySMS', call: 'TwoWayVoiceMobile', email: 'Email' };
  var PROOF_METHOD = { PhoneAppNotification: 'push', PhoneAppOTP: 'totp', OneWaySMS: 'sms', TwoWayVoiceMobile: 'call', Email: 'email' };
  var PHONE = '+XX XXX XXXX X89';
  var EMAIL = 'a***@contoso.com';
  var IMG = '/shared/1.0/content/images/';
  var PROOF_IMG = { push: 'picker_verify_fluent_authenticator_sim.svg', totp: 'picker_verify_code_sim.svg', sms: 'picker_verify_sms_sim.svg', call: 'picker_verify_call_sim.svg', email: 'picker_verify_email_sim.svg' };

  /** arrUserProofs for a scenario: all methods, or only `only`; the default is the scenario's method. */
  function userProofs(opts, method) {
    var ids = opts.only ? [opts.only] : ['PhoneAppNotification', 'PhoneAppOTP', 'OneWaySMS', 'TwoWayVoiceMobile'];
    if (!opts.only && method === 'email') ids.push('Email');
    var def = METHOD_PROOF[method] || 'PhoneAppNotification';
    return ids.map(function (id) {
      return {
        authMethodId: id, data: id,
        display: id === 'Email' ? EMAIL : id === 'PhoneAppNotification' || id === 'PhoneAppOTP' ? 'Authenticator' : PHONE,
        isDefault: id === def, isLocationAware: false,
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
    return esc(str).replace(/\{(\w+)\}/g, function (_, k) { return esc(vals[k]); });
  }
  function koIf(cond, html) { return '<!-- ko if: ' + cond + ' -->' + (html || '') + '<!-- /ko -->'; }
  function img(name, cls) { return '<img class="' + (cls || 'tile-img small') + '" role="presentation" src="' + IMG + name + '">'; }
  var BTN_PRIMARY = 'win-button button_primary high-contrast-overrides button ext-button primary ext-primary';
  var BTN_SECONDARY = 'win-button button-secondary high-contrast-overrides button ext-button secondary ext-secondary';
  var INPUT_CLS = 'form-control ltr_override input ext-input text-box ext-text-box';
  function progressDots() {
    return '<div class="progress" role="progressbar" data-bind="component: \'marching-ants-control\'" aria-label="Loading">'
      + '<div></div><div></div><div></div><div></div><div></div></div>';
  }

  // ---------------------------------------------------------------- Entra (Knockout UI)
  function banner(c, back) {
    var b = back
      ? koIf('isBackButtonVisible', '<button type="button" class="backButton" data-bind="click: backButton_onClick" id="idBtn_Back" aria-label="' + esc(c.s.back) + '">'
        + '<img role="presentation" src="' + IMG + 'arrow_left_sim.svg"></button>')
      : koIf('isBackButtonVisible');
    return '<div class="slide-in-next"><div data-bind="component: { name: \'identity-banner-control\', params: { displayName: sharedData.displayName || svr.sPOST_Username, isBackButtonVisible: isBackButtonVisible() } }">'
      + '<div class="identityBanner">' + b
      + '<div id="displayName" class="identity" data-bind="text: unsafe_displayName, attr: { \'title\': unsafe_displayName }" title="' + esc(c.user) + '">' + esc(c.user) + '</div>'
      + '</div></div></div>';
  }

  /** The view host's content: identity banner (optional) + the pagination view holding one view component. */
  function entraWrap(c, o, inner) {
    var h = '<!-- ko if: showIdentityBanner() && (sharedData.displayName || svr.sPOST_Username) -->'
      + (o.banner ? banner(c, o.back) : '') + '<!-- /ko -->';
    h += '<div class="pagination-view animate' + (o.banner ? ' has-identity-banner' : '') + ' slide-in-next" data-bind="css: { \'has-identity-banner\': showIdentityBanner() && (sharedData.displayName || svr.sPOST_Username), \'zero-opacity\': hidePaginatedView.hideSubView(), \'animate\': animate() }">'
      + '<!-- ko foreach: views --><!-- ko if: $parent.currentViewIndex() === $index() -->'
      + '<!-- ko template: { nodes: [$data], data: $parent } -->'
      + '<div data-viewid="' + o.viewid + '" data-showidentitybanner="' + (o.banner ? 'true' : 'false') + '" data-bind="pageViewComponent: { name: \'' + o.component + '\', params: { serverData: svr, isInitialState: isInitialState } }">'
      + inner + '</div><!-- /ko --><!-- /ko --><!-- /ko --></div>';
    return h;
  }

  function footerButtons(inner) {
    return '<div class="win-button-pin-bottom"><div class="row" data-bind="css: { \'position-buttons\': !tenantBranding.BoilerPlateText }">'
      + '<div data-bind="component: { name: \'footer-buttons-field\' }"><div class="col-xs-24 no-padding-left-right button-container" data-bind="css: { \'no-margin-bottom\': removeBottomMargin }">'
      + inner + '</div></div></div></div>';
  }

  function moreInfo(c) {
    return '<div class="form-group"><a id="moreInfoUrl" href="#" data-bind="text: str[\'CT_STR_More_Info\'], attr: { \'aria-label\': str[\'CT_STR_More_Info_AriaLabel\'] }" aria-label="' + esc(c.s.moreInfoAria) + '">' + esc(c.s.moreInfo) + '</a></div>';
  }

  /** "Sign in another way": removed (ko if false), present, or present inside a display:none container. */
  function troubleLink(c, kind) {
    var cond = kind === 'push' ? 'showSwitchProofsLink' : 'isInitialState && showSwitchProofsLink';
    var o = c.opts;
    if (o.link === 'absent' || o.fromPicker) return koIf(cond);
    var hidden = o.link === 'hidden' ? ' style="display: none;"' : '';
    var inner = kind === 'push'
      ? '<a href="#" id="signInAnotherWay" aria-describedby="idDiv_SAOTCAS_Title idDiv_SAOTCAS_Description">' + esc(c.s.cantUseApp) + '</a>'
      : esc(c.s.havingTrouble) + ' <a href="#" id="signInAnotherWay">' + esc(c.s.signInAnotherWay) + '</a>';
    var bind = kind === 'push'
      ? 'htmlWithBindings: toggleText, childBindings: { \'signInAnotherWay\': { click: switchToOtcRequest_onClick, ariaDescribedBy: \'idDiv_SAOTCAS_Title idDiv_SAOTCAS_Description\' } }'
      : 'htmlWithBindings: str[\'CT_SAOTCC_STR_Toggle\'], childBindings: { \'signInAnotherWay\': { click: switchToOtcRequest_onClick } }';
    return koIf(cond, '<div id="idDiv_SAOTCS_HavingTrouble" class="form-group" data-bind="' + bind + (o.link === 'hidden' ? ', visible: showSwitchProofsLink' : '') + '"' + hidden + '>' + inner + '</div>');
  }

  var V = {};

  V.username = function (c) {
    var err = c.opts.usernameError;
    return entraWrap(c, { viewid: 1, component: 'login-paginated-username-view', banner: false },
      '<div data-bind="externalCss: { \'title\': true }" class="row title ext-title" id="loginHeader" role="heading" aria-level="1"><div data-bind="text: str[\'WF_STR_HeaderDefault_Title\']">' + esc(c.s.signIn) + '</div></div>'
      + '<div class="row"><div class="form-group col-md-24"><div role="alert" aria-live="assertive">'
      + koIf('usernameTextbox.error', err ? '<div id="usernameError" class="error ext-error" data-bind="htmlWithBindings: usernameTextbox.error">' + esc(c.s.usernameError) + '</div>' : '')
      + '</div><div class="placeholderContainer" data-bind="component: { name: \'placeholder-textbox-field\' }">'
      + '<input type="email" name="loginfmt" id="i0116" maxlength="113" lang="en" class="' + INPUT_CLS + (err ? ' has-error ext-has-error' : '') + '" aria-required="true" data-bind="textInput: usernameTextbox.value, hasFocusEx: usernameTextbox.focused" aria-label="' + esc(c.s.usernameAria) + '" placeholder="' + esc(c.s.usernamePlaceholder) + '" autocomplete="username" value="' + esc(c.typed || '') + '">'
      + '</div></div></div>'
      // The real page keeps the password input in the DOM, off-screen, on the username view.
      + '<input name="passwd" type="password" id="i0118" data-bind="moveOffScreen, textInput: passwordBrowserPrefill" class="moveOffScreen" tabindex="-1" aria-hidden="true">'
      + '<div class="position-buttons"><div><div class="form-group"><a id="cantAccessAccount" href="#" data-bind="text: str[\'WF_STR_CantAccessAccount_Text\']">' + esc(c.s.cantAccess) + '</a></div>'
      + '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' + esc(c.s.signInOptions) + '</a></div></div>'
      + footerButtons('<div class="inline-block"><input type="submit" id="idSIButton9" class="' + BTN_PRIMARY + '" data-report-event="Signin_Submit" value="' + esc(c.s.next) + '"></div>')
      + '</div>');
  };

  V.password = function (c) {
    var err = c.opts.passwordError;
    return entraWrap(c, { viewid: 2, component: 'login-paginated-password-view', banner: true, back: true },
      '<input type="email" name="loginfmt" id="i0116" class="moveOffScreen" tabindex="-1" aria-hidden="true" value="' + esc(c.user) + '">'
      + '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1" data-bind="text: str[\'CT_PWD_STR_EnterPassword_Title\']">' + esc(c.s.enterPassword) + '</div>'
      + '<div class="row"><div class="form-group col-md-24"><div role="alert" aria-live="assertive">'
      + koIf('passwordTextbox.error', err ? '<div id="passwordError" class="error ext-error">' + esc(c.s.passwordError) + '</div>' : '')
      + '</div><div class="placeholderContainer"><input name="passwd" type="password" id="i0118" autocomplete="current-password" class="' + INPUT_CLS + (err ? ' has-error ext-has-error' : '') + '" aria-required="true" data-bind="textInput: passwordTextbox.value, hasFocusEx: passwordTextbox.focused" aria-label="' + esc(c.s.enterPassword) + '" placeholder="' + esc(c.s.passwordPlaceholder) + '"></div></div></div>'
      + '<div class="position-buttons"><div><div class="row"><div class="col-md-24"><div class="text-13">'
      + '<div class="form-group"><a id="idA_PWD_ForgotPassword" role="link" href="#">' + esc(c.s.forgotPassword) + '</a></div>'
      + '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' + esc(c.s.otherWays) + '</a></div>'
      + '</div></div></div></div>'
      + footerButtons('<div class="inline-block"><input type="submit" id="idSIButton9" class="' + BTN_PRIMARY + '" value="' + esc(c.s.signIn) + '"></div>')
      + '</div>');
  };

  V.accesspass = function (c) {
    return entraWrap(c, { viewid: 2, component: 'login-paginated-access-pass-view', banner: true, back: true },
      '<input type="email" name="loginfmt" id="i0116" class="moveOffScreen" tabindex="-1" aria-hidden="true" value="' + esc(c.user) + '">'
      + '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.tapTitle) + '</div>'
      + '<div class="row"><div class="form-group col-md-24"><div class="placeholderContainer"><input name="accesspass" type="password" id="accesspass" autocomplete="off" class="' + INPUT_CLS + '" aria-required="true" aria-label="' + esc(c.s.tapTitle) + '" placeholder="' + esc(c.s.tapPlaceholder) + '"></div></div></div>'
      + '<div class="position-buttons">' + footerButtons('<div class="inline-block"><input type="submit" id="idSIButton9" class="' + BTN_PRIMARY + '" value="' + esc(c.s.signIn) + '"></div>') + '</div>');
  };

  V.passwordless = function (c) {
    return entraWrap(c, { viewid: 3, component: 'login-remote-ngc-view', banner: true, back: true },
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.pushTitle) + '</div>'
      + '<div class="row text-body"><div id="idDiv_RemoteNGC_PageDescription" class="text-block-body">' + esc(c.s.passwordlessDesc) + '</div></div>'
      + '<div class="row"><div class="displaySign display-sign-height" id="idRemoteNGC_DisplaySign" data-bind="text: displaySign">' + esc(c.number) + '</div></div>'
      + '<div class="row text-body"><div id="idDiv_RemoteNGC_PollingDescription" class="text-block-body">' + esc(c.s.pushNumberDesc) + '</div></div>'
      + '<div>' + koIf('isPolling', progressDots()) + '</div>'
      + '<div class="position-buttons"><div class="row"><div class="col-md-24"><div class="text-13">'
      + '<div class="form-group"><a id="idA_PWD_SwitchToPassword" href="#">' + esc(c.s.usePasswordInstead) + '</a></div>'
      + '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' + esc(c.s.otherWays) + '</a></div>'
      + '</div></div></div></div>');
  };

  V.credpicker = function (c) {
    function tile(value, icon, text) {
      return '<div class="row tile" role="listitem"><div class="table" role="button" tabindex="0" data-value="' + value + '">'
        + '<div class="table-row"><div class="table-cell tile-img medium">' + img(icon, 'tile-img medium') + '</div>'
        + '<div class="table-cell text-left content"><div>' + esc(text) + '</div></div></div></div></div>';
    }
    return entraWrap(c, { viewid: 4, component: 'cred-picker-view', banner: true, back: true },
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.signInOptions) + '</div>'
      + '<div class="row tile-container"><div role="list" aria-labelledby="loginHeader">'
      + tile('RemoteNGC', PROOF_IMG.push, c.s.tilePush) + tile('Password', 'picker_password_sim.svg', c.s.useYourPassword)
      + '</div></div>'
      + footerButtons('<div class="inline-block"><input type="button" id="idBtn_Back" class="' + BTN_SECONDARY + '" value="' + esc(c.s.back) + '"></div>'));
  };

  V.push = function (c) {
    var o = c.opts;
    return entraWrap(c, { viewid: 6, component: 'session-approval-view', banner: true },
      '<input type="hidden" name="type" data-bind="value: \'22\'" value="22">'
      + '<input type="hidden" name="request" data-bind="value: svr.sCtx" value="SIM-FAKE-CTX">'
      + '<input type="hidden" name="mfaLastPollStart" data-bind="value: currentPollStartTime" value="' + esc(c.pollStart) + '">'
      + '<input type="hidden" name="mfaLastPollEnd" data-bind="value: currentPollEndTime" value="">'
      + koIf('twoWayPollingNeeded', '<input type="hidden" data-bind="attr: { name: svr.sAuthMethodInputFieldName }, value: \'PhoneAppNotification\'" name="mfaAuthMethod" value="PhoneAppNotification">')
      + koIf('svr.canary', '<input type="hidden" name="canary" data-bind="value: svr.canary" value="SIM-FAKE-CANARY">')
      + '<div id="idDiv_SAOTCAS_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: title">' + esc(c.s.pushTitle) + '</div>'
      + '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\', params: { type: PROOF.Type.TOTPAuthenticatorV2, small: true, animate: true } }">' + img(PROOF_IMG.push, 'tile-img small animate-pulse') + '</div>'
      + '<div class="text-block-body overflow-hidden">'
      + '<div id="idDiv_SAOTCAS_Description" data-bind="htmlWithBindings: description, childBindings: { \'idSpan_SAOTCAS_DescSessionID\': { css: { \'bold\': true } } }">' + esc(o.number ? c.s.pushNumberDesc : c.s.pushDesc) + '</div>'
      + koIf('description2', o.number ? '<div id="idDiv_RichContext_Description" class="text-block-body">' + esc(c.s.pushNoNumbers) + '</div>' : '')
      + '</div></div>'
      + koIf('displaySign', o.number ? '<div class="displaySign display-sign-height" data-bind="text: displaySign" id="idRichContext_DisplaySign">' + esc(c.number) + '</div>' : '')
      + '<div>' + koIf('doPolling', progressDots()) + '</div>'
      + '<div data-bind="css: { \'position-buttons\': !tenantBranding.BoilerPlateText }" class="position-buttons"><div class="row">'
      + '<div class="row no-margin-top-bottom" data-bind="visible: tdCheckbox.isShown" style="display: none;"><div class="form-group col-md-24"><div class="checkbox"><label id="idLbl_SAOTCAS_TD_Cb">'
      + '<input id="idChkBx_SAOTCAS_TD" name="rememberMFA" type="checkbox" value="true" data-bind="checked: tdCheckbox.isChecked"><span>' + esc(c.s.dontAskAgain) + '</span></label></div></div></div>'
      + '<div class="col-md-24"><div class="text-13">' + troubleLink(c, 'push') + moreInfo(c) + '</div></div></div>'
      + footerButtons(koIf('showCancelButton') + '<div class="inline-block"><input type="submit" id="idSIButton9" class="' + BTN_PRIMARY + '" value="' + esc(c.s.verify) + '" style="display: none;" data-bind="visible: false"></div>')
      + '</div>');
  };

  V.code = function (c) {
    var o = c.opts;
    var m = o.method || 'sms';
    var desc = m === 'totp' ? esc(c.s.totpDesc) : m === 'email' ? fmt(c.s.emailDesc, { email: EMAIL }) : fmt(c.s.smsDesc, { phone: PHONE });
    var err = !!o.error;
    return entraWrap(c, { viewid: 7, component: 'otc-confirm-view', banner: true },
      '<div id="idDiv_SAOTCC_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: twoWayPollingNeeded ? str[\'CT_SAOTCAS_STR_Title\'] : str[\'CT_SAOTCS_STR_Title\']">' + esc(c.s.codeTitle) + '</div>'
      + '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\', params: { type: proof.type, small: true } }">' + img(PROOF_IMG[m]) + '</div>'
      + '<div class="text-block-body overflow-hidden"><div id="idDiv_SAOTCC_Description" data-bind="htmlWithBindings: description">' + desc + '</div></div></div>'
      + '<!-- ko ifnot: twoWayPollingNeeded -->'
      + '<div id="idDiv_SAOTCC_OTCRow" class="row"><div class="form-group col-md-24">'
      + '<div role="alert" aria-live="assertive"><div id="idDiv_SAOTCC_ErrorMsg_OTC" class="error ext-error" data-bind="visible: otcTextbox.error"' + (err ? '' : ' style="display: none;"') + '>'
      + '<span id="idSpan_SAOTCC_Error_OTC" data-bind="text: otcTextbox.error">' + (err ? esc(c.s.wrongCode) : '') + '</span></div></div>'
      + '<div id="idDiv_SAOTCC_OTC" class="placeholderContainer" data-bind="component: { name: \'placeholder-textbox-field\' }">'
      + '<input name="otc" type="tel" id="idTxtBx_SAOTCC_OTC" autocomplete="one-time-code" maxlength="6" class="' + INPUT_CLS + (err ? ' has-error ext-has-error' : '') + '" aria-required="true" data-bind="textInput: otcTextbox.value, hasFocusEx: otcTextbox.focused, css: { \'has-error\': otcTextbox.error }" aria-label="' + esc(c.s.codePlaceholder) + '" placeholder="' + esc(c.s.codePlaceholder) + '"'
      + (err ? ' aria-describedby="idSpan_SAOTCC_Error_OTC"' : '') + '>'
      + '</div></div></div>'
      + '<div id="idDiv_SAOTCC_Success_OTC" data-bind="visible: otcSuccess" style="display: none;"></div>'
      + '<!-- /ko -->'
      + '<input type="hidden" data-bind="attr: { name: svr.sAuthMethodInputFieldName }, value: proof.authMethodId" name="mfaAuthMethod" value="' + METHOD_PROOF[m] + '">'
      + '<div class="position-buttons"><div>'
      + '<div id="idDiv_SAOTCC_TD_Section" class="row no-margin-top-bottom" data-bind="visible: tdCheckbox.isShown"><div class="form-group col-md-24"><div class="checkbox"><label>'
      + '<input id="idChkBx_SAOTCC_TD" name="rememberMFA" type="checkbox" value="true" data-bind="checked: tdCheckbox.isChecked"><span>' + esc(c.s.dontAskAgain) + '</span></label></div></div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">' + troubleLink(c, 'code') + moreInfo(c) + '</div></div></div></div>'
      + footerButtons(koIf('showCancelButton', o.fromPicker ? '<div class="inline-block"><input type="button" id="idBtn_Back" class="' + BTN_SECONDARY + '" data-bind="value: str[\'CT_SAOTCC_STR_Cancel\']" value="' + esc(c.s.cancel) + '"></div>' : '')
        + '<div class="inline-block"><input type="submit" id="idSubmit_SAOTCC_Continue" class="' + BTN_PRIMARY + '" data-bind="value: str[\'CT_SAOTCC_STR_Continue\']" value="' + esc(c.s.verify) + '"></div>')
      + '</div>');
  };

  V.call = function (c) {
    var o = c.opts;
    return entraWrap(c, { viewid: 7, component: 'otc-confirm-view', banner: true },
      '<div id="idDiv_SAOTCC_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: twoWayPollingNeeded ? str[\'CT_SAOTCAS_STR_Title\'] : str[\'CT_SAOTCS_STR_Title\']">' + esc(c.s.pushTitle) + '</div>'
      + '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\' }">' + img(PROOF_IMG.call, 'tile-img small animate-pulse') + '</div>'
      + '<div class="text-block-body overflow-hidden"><div id="idDiv_SAOTCC_Description" data-bind="htmlWithBindings: description">' + esc(c.s.callDesc) + '</div></div></div>'
      + '<div role="alert" aria-live="assertive">' + koIf('sessionApprovalError', o.failed ? '<div id="idDiv_SAOTCC_ErrorMsg_OTC" class="error ext-error"><span id="idSpan_SAOTCC_Error_OTC">' + esc(c.s.callFailed) + '</span></div>' : '') + '</div>'
      + '<!-- ko ifnot: twoWayPollingNeeded --><!-- /ko -->'
      + '<div>' + koIf('doPolling', o.failed ? '' : progressDots()) + '</div>'
      + '<input type="hidden" name="mfaAuthMethod" value="TwoWayVoiceMobile">'
      + '<div class="position-buttons"><div class="row"><div class="col-md-24"><div class="text-13">' + troubleLink(c, 'code') + moreInfo(c) + '</div></div></div>'
      + footerButtons(koIf('showCancelButton', o.fromPicker ? '<div class="inline-block"><input type="button" id="idBtn_Back" class="' + BTN_SECONDARY + '" value="' + esc(c.s.cancel) + '"></div>' : ''))
      + '</div>');
  };

  V.picker = function (c) {
    var tiles = c.proofs.map(function (p) {
      var m = PROOF_METHOD[p.authMethodId] || 'push';
      var text = m === 'push' ? esc(c.s.tilePush) : m === 'totp' ? esc(c.s.tileTotp) : m === 'sms' ? fmt(c.s.tileSms, { phone: PHONE })
        : m === 'call' ? fmt(c.s.tileCall, { phone: PHONE }) : fmt(c.s.tileEmail, { email: EMAIL });
      return '<div class="row tile" role="listitem" data-bind="css: { \'disabled\': isRequestPending }"><div class="table" role="button" tabindex="0" data-bind="click: proof_onClick, attr: { \'data-value\': authMethodId }" data-value="' + p.authMethodId + '">'
        + '<div class="table-row"><div class="table-cell tile-img medium">' + img(PROOF_IMG[m], 'tile-img medium') + '</div>'
        + '<div class="table-cell text-left content"><div data-bind="text: displayText">' + text + '</div></div></div></div></div>';
    }).join('');
    return entraWrap(c, { viewid: 8, component: 'otc-request-view', banner: true },
      '<div id="idDiv_SAOTCS_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: str[\'CT_SAOTCC_STR_Title\']">' + esc(c.s.pickerTitle) + '</div>'
      + '<div id="idDiv_SAOTCS_Proofs_Section" class="row tile-container"><div id="idDiv_SAOTCS_Proofs" role="list" aria-labelledby="idDiv_SAOTCS_Title" data-bind="foreach: proofs">'
      + '<!-- ko foreach: proofs -->' + tiles + '<!-- /ko --></div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">' + koIf('svr.fShowAuthMethodsUpdateLink', '<div class="form-group">' + esc(c.s.methodsCurrent) + '</div>') + moreInfo(c) + '</div></div></div>'
      + '<div class="position-buttons">' + footerButtons('<div class="inline-block"><input type="button" id="idBtn_SAOTCS_Cancel" class="' + BTN_SECONDARY + '" value="' + esc(c.s.cancel) + '"></div>') + '</div>');
  };

  V.timeout = function (c) {
    return entraWrap(c, { viewid: 9, component: 'session-approval-timeout-view', banner: true },
      '<div id="idDiv_SAASTO_Title" class="row text-title" role="heading" aria-level="1">' + esc(c.s.timeoutTitle) + '</div>'
      + '<div class="row text-body"><div id="idDiv_SAASTO_Description" class="text-block-body">' + esc(c.s.timeoutDesc) + '</div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">'
      + '<div class="form-group"><a id="idA_SAASTO_Resend" href="#">' + esc(c.s.resendPush) + '</a></div>'
      + koIf('svr.fShowTotpLink', '<div class="form-group"><a id="idA_SAASTO_TOTP" href="#">' + esc(c.s.useCodeInstead) + '</a></div>')
      + moreInfo(c) + '</div></div></div>');
  };

  V.denied = function (c) {
    return entraWrap(c, { viewid: 10, component: 'session-approval-denied-view', banner: true },
      '<div id="idDiv_SAASDS_Title" class="row text-title" role="heading" aria-level="1">' + esc(c.s.deniedTitle) + '</div>'
      + '<div class="row text-body"><div id="idDiv_SAASDS_Description" class="text-block-body">' + esc(c.s.deniedDesc) + '</div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">'
      + '<div class="form-group"><a id="idA_SAASDS_Resend" href="#">' + esc(c.s.resendPush) + '</a></div>' + moreInfo(c) + '</div></div></div>'
      + '<div class="position-buttons">' + footerButtons('<div class="inline-block"><input type="button" id="idBtn_SAASDS_Cancel" class="' + BTN_SECONDARY + '" value="' + esc(c.s.cancel) + '"></div>') + '</div>');
  };

  V.kmsi = function (c) {
    return entraWrap(c, { viewid: 1, component: 'kmsi-view', banner: true },
      '<div class="row text-title" id="kmsiTitle" role="heading" aria-level="1" data-bind="text: str[\'STR_Kmsi_Title\']">' + esc(c.s.kmsiTitle) + '</div>'
      + '<div class="row text-body"><div id="KmsiDescription" class="text-block-body" data-bind="text: str[\'STR_Kmsi_Description\']">' + esc(c.s.kmsiDesc) + '</div></div>'
      + '<div class="row"><div class="form-group col-md-24"><div class="checkbox"><label>'
      + '<input type="checkbox" name="DontShowAgain" id="KmsiCheckboxField" value="true" data-bind="checked: isDontShowAgainChecked"><span>' + esc(c.s.kmsiDontShow) + '</span></label></div></div></div>'
      + '<input type="hidden" name="LoginOptions" data-bind="value: isDontShowAgainChecked() ? 1 : 3" value="3">'
      + '<div class="position-buttons">' + footerButtons(
        '<div class="inline-block"><input type="button" id="idBtn_Back" class="' + BTN_SECONDARY + '" value="' + esc(c.s.no) + '"></div>'
        + '<div class="inline-block"><input type="submit" id="idSIButton9" class="' + BTN_PRIMARY + '" aria-describedby="KmsiDescription" value="' + esc(c.s.yes) + '"></div>') + '</div>');
  };

  V.proofup = function (c) {
    return entraWrap(c, { viewid: 1, component: 'proof-up-redirect-view', banner: true },
      '<div class="row text-title" id="idDiv_ProofUp_Title" role="heading" aria-level="1">' + esc(c.s.proofUpTitle) + '</div>'
      + '<div class="row text-body"><div id="ProofUpDescription" class="text-block-body">' + esc(c.s.proofUpDesc) + '</div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">'
      + '<div class="form-group"><a id="cancelLink" href="#">' + esc(c.s.useDifferentAccount) + '</a></div>'
      + '<div class="form-group"><a id="moreInfoLink" href="#">' + esc(c.s.learnMore) + '</a></div>'
      + koIf('svr.urlSkipMfaRegistration', '<div class="form-group"><a href="#" data-bind="click: skipMfaRegistration_onClick, attr: { href: svr.urlSkipMfaRegistration }">' + esc(c.s.proofUpSkip) + '</a></div>')
      + '</div></div></div>'
      + '<div class="position-buttons">' + footerButtons('<div class="inline-block"><input type="submit" id="idSubmit_ProofUp_Redirect" class="' + BTN_PRIMARY + '" value="' + esc(c.s.next) + '"></div>') + '</div>');
  };

  var AADSTS = {
    '500121': 'AADSTS500121: Authentication failed during strong authentication request.',
    '53003': 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    '53000': 'AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
    '50011': 'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
  };

  V.error = function (c) {
    return entraWrap(c, { viewid: 1, component: 'error-view', banner: true },
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.signIn) + '</div>'
      + '<div class="row text-body"><div class="text-block-body">' + esc(c.s.errorSorry) + '</div>'
      + '<div id="service_exception_message" class="text-block-body" data-bind="text: svr.strServiceExceptionMessage">' + esc(AADSTS[c.opts.code] || AADSTS['500121']) + '</div></div>');
  };

  V.errorca = function (c) {
    return entraWrap(c, { viewid: 1, component: 'error-view', banner: true },
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.errorCaTitle) + '</div>'
      + '<div class="row text-body"><div id="ErrorDescription" class="text-block-body">' + esc(c.s.errorCaDesc) + '</div></div>');
  };

  V.fido = function (c) {
    return entraWrap(c, { viewid: 1, component: 'fido-view', banner: true },
      '<div class="row title ext-title" role="heading" aria-level="1">' + esc(c.s.fidoTitle) + '</div>'
      + '<div class="row text-body"><div role="alert" aria-live="assertive"><div class="error ext-error">' + esc(c.s.fidoDesc) + '</div></div></div>'
      + '<div class="row"><div class="col-md-24"><div class="text-13">'
      + koIf('showSwitchProofsLink', '<div id="idDiv_SAOTCS_HavingTrouble" class="form-group">' + esc(c.s.havingTrouble) + ' <a href="#" id="signInAnotherWay">' + esc(c.s.signInAnotherWay) + '</a></div>')
      + '</div></div></div>'
      + '<div class="position-buttons">' + footerButtons('<div class="inline-block"><input type="button" id="idSIButton9" class="' + BTN_PRIMARY + '" value="' + esc(c.s.tryAgain) + '"></div>') + '</div>');
  };

  /** Troubleshooting panel (footer "…" / error pages). Knockout `ko if`: absent when closed. */
  function debugDetails(c) {
    var ca = c.page === 'error' && c.opts.code === '53003';
    function row(label, value, id) {
      return '<div><span class="bold">' + esc(label) + ':</span> <span' + (id ? ' id="' + id + '"' : '') + '>' + esc(value) + '</span></div>';
    }
    var msg = c.page === 'error' ? (AADSTS[c.opts.code] || AADSTS['500121']) : '';
    return '<div id="debugDetailsBanner" class="debug-details-banner" role="region" aria-labelledby="debugDetailsHeader" data-bind="component: { name: \'debug-details-control\' }">'
      + '<div id="debugDetailsHeader" class="text-subheader" role="heading" aria-level="2">' + esc(c.s.troubleshooting) + '</div>'
      + '<div>' + esc(c.s.tsContact) + '</div>'
      + '<div class="form-group"><a href="#" id="idCopyToClipboard" role="button">' + esc(c.s.tsCopy) + '</a></div>'
      + '<div class="debug-trace-section" id="debugDetailsText">'
      + (ca ? row(c.s.errorCode, '53003') + row('App name', 'Contoso Expenses (simulated)') + row('App id', c.ids.appId)
        + row('IP address', '192.0.2.10') + row('Device identifier', 'Not available') + row('Device platform', 'Linux') + row('Device state', 'Unregistered') : '')
      + row(c.s.requestId, c.ids.requestId, 'sim-request-id') + row(c.s.correlationId, c.ids.correlationId, 'sim-correlation-id')
      + row(c.s.timestamp, c.ids.timestamp, 'sim-timestamp') + (msg ? row(c.s.message, msg) : '')
      + '<div><span class="bold">' + esc(c.s.flagErrors) + '</span> <a href="#" id="idA_EnableFlagging" role="button">' + esc(c.s.enableFlagging) + '</a></div>'
      + '<div class="text-caption">' + esc(c.s.flagHelp) + '</div>'
      + '</div></div>';
  }

  // ---------------------------------------------------------------- MSA (React UI, data-testid)
  function msaTitle(id, text) { return '<h1 class="msa-title" data-testid="title" id="' + id + '">' + esc(text) + '</h1>'; }
  function msaBanner(c) {
    return '<div class="msa-identity" data-testid="identityBanner"><span id="userDisplayName" data-testid="userDisplayName">' + esc(c.user) + '</span></div>';
  }
  function msaButtons(primary, secondary) {
    return '<div class="msa-buttons" data-testid="buttons">'
      + (secondary ? '<button type="button" class="msa-btn secondary" data-testid="secondaryButton">' + esc(secondary) + '</button>' : '')
      + (primary ? '<button type="submit" class="msa-btn primary" data-testid="primaryButton">' + esc(primary) + '</button>' : '') + '</div>';
  }
  function msaFooter(items) {
    return '<div class="msa-view-footer" data-testid="viewFooter">' + items.map(function (it) {
      return '<div><span role="button" tabindex="0" class="msa-link" data-sim-footer="' + it[0] + '">' + esc(it[1]) + '</span></div>';
    }).join('') + '</div>';
  }
  function msaView(name, inner) { return '<div class="msa-view" data-testid="' + name + '">' + inner + '</div>'; }

  V.msaUsername = function (c) {
    return msaView('usernameView', msaTitle('usernameTitle', c.s.signIn)
      + '<div role="alert" aria-live="assertive">' + (c.opts.usernameError ? '<div class="msa-error" id="usernameError">' + esc(c.s.usernameError) + '</div>' : '') + '</div>'
      + '<input type="email" id="usernameEntry" name="loginfmt" class="msa-input" autocomplete="username" aria-label="' + esc(c.s.usernameAria) + '" placeholder="' + esc(c.s.usernamePlaceholder) + '" value="' + esc(c.typed || '') + '">'
      + '<p class="msa-text">' + esc(c.s.noAccount) + ' <span role="button" tabindex="0" class="msa-link">' + esc(c.s.createOne) + '</span></p>'
      + msaButtons(c.s.next));
  };
  V.msaPassword = function (c) {
    return msaView('passwordView', msaBanner(c) + msaTitle('passwordTitle', c.s.msaPasswordTitle)
      + '<div role="alert" aria-live="assertive">' + (c.opts.passwordError ? '<div class="msa-error">' + esc(c.s.passwordError) + '</div>' : '') + '</div>'
      + '<input type="password" id="passwordEntry" name="passwd" data-testid="passwordEntry" class="msa-input" autocomplete="current-password" placeholder="' + esc(c.s.passwordPlaceholder) + '" aria-label="' + esc(c.s.passwordPlaceholder) + '">'
      + msaFooter([['forgot', c.s.forgotPassword], ['other', c.s.otherWays]]) + msaButtons(c.s.signIn));
  };
  V.msaPush = function (c) {
    return msaView('pushNotificationsView', msaBanner(c) + msaTitle('pushNotificationsTitle', c.s.pushTitle)
      + '<div role="alert" aria-live="assertive">' + (c.opts.denied ? '<div class="msa-error">' + esc(c.s.msaDenied) + '</div>' : '') + '</div>'
      + '<div class="msa-display-sign" data-testid="displaySign">' + esc(c.number) + '</div>'
      + '<p class="msa-text" data-testid="subtitle" id="pushNotificationsDescription">' + esc(c.s.msaPushDesc) + '</p>'
      + msaFooter([['other', c.s.otherWays], ['password', c.s.useYourPassword]]));
  };
  V.msaCode = function (c) {
    var err = !!c.opts.error;
    return msaView('codeEntry', msaBanner(c) + msaTitle('oneTimeCodeTitle', c.s.codeTitle)
      + '<p class="msa-text" data-testid="subtitle" id="oneTimeCodeDescription">' + esc(c.s.msaCodeDesc) + '</p>'
      + '<div role="alert" aria-live="assertive">' + (err ? '<div class="msa-error" id="oneTimeCodeError">' + esc(c.s.wrongCode) + '</div>' : '') + '</div>'
      + '<div data-testid="codeInputWrapper"><input type="tel" id="idTxtBx_OTC_Password" data-testid="idTxtBx_OTC_Password" name="otc" maxlength="10" autocomplete="one-time-code" class="msa-input' + (err ? ' msa-has-error' : '') + '" placeholder="' + esc(c.s.msaCodePlaceholder) + '" aria-label="' + esc(c.s.msaCodeAria) + '" aria-describedby="oneTimeCodeTitle oneTimeCodeDescription"' + (err ? ' aria-invalid="true"' : '') + '></div>'
      + msaFooter([['other', c.s.otherWays]]) + msaButtons(c.s.verify));
  };
  V.msaPicker = function (c) {
    function tile(value, icon, html) {
      return '<div class="msa-tile" role="button" tabindex="0" data-testid="tile" data-value="' + value + '">' + img(icon, 'msa-tile-img') + '<span>' + html + '</span></div>';
    }
    return msaView('proofsView', msaBanner(c) + msaTitle('proofsTitle', c.s.pickerTitle)
      + '<div class="msa-tiles" role="list">'
      + tile('PhoneAppNotification', PROOF_IMG.push, esc(c.s.tilePush)) + tile('PhoneAppOTP', PROOF_IMG.totp, esc(c.s.tileTotp))
      + tile('3:sim-phone', PROOF_IMG.sms, fmt(c.s.tileSms, { phone: '••89' })) + tile('1:sim-email', PROOF_IMG.email, fmt(c.s.tileEmail, { email: 'a***@outlook.com' }))
      + tile('Password', 'picker_password_sim.svg', esc(c.s.useYourPassword))
      + '</div>' + msaButtons(null, c.s.back));
  };
  V.msaKmsi = function (c) {
    return msaView('kmsiView', msaBanner(c) + '<div class="msa-video" data-testid="kmsiVideo" aria-hidden="true"></div>' + msaTitle('kmsiTitle', c.s.kmsiTitle)
      + '<p class="msa-text" data-testid="subtitle">' + esc(c.s.kmsiDesc) + '</p>'
      + '<label class="msa-check"><input type="checkbox" name="KMSI" id="kmsiCheckbox"> ' + esc(c.s.kmsiDontShow) + '</label>'
      + msaButtons(c.s.yes, c.s.no));
  };

  // ---------------------------------------------------------------- account.live.com legacy identity/confirm
  V.confirm = function (c) {
    return '<div class="confirmIdentityPageControl">'
      + '<div id="iSelectProofTitle" class="legacy-title" role="heading" aria-level="1">' + esc(c.s.confirmTitle) + '</div>'
      + '<div id="iSelectProofDesc" class="legacy-text">' + esc(c.s.confirmDesc) + '</div>'
      + '<div id="iSelectProofError" class="alert alert-error" style="display: none;"></div>'
      + '<div id="iProofList" role="radiogroup">'
      + '<div class="radio"><label><input type="radio" name="proof" id="iProof0" value="sim-phone||SMS" checked> ' + fmt(c.s.tileSms, { phone: '••••••89' }) + '</label></div>'
      + '<div class="radio"><label><input type="radio" name="proof" id="iProof1" value="sim-email||Email"> ' + fmt(c.s.tileEmail, { email: 'a***@outlook.com' }) + '</label></div>'
      + '</div>'
      + '<div class="legacy-buttons"><input type="button" id="iSelectProofAction" class="btn btn-block btn-primary" value="' + esc(c.s.sendCode) + '"></div></div>';
  };
  V.confirmCode = function (c) {
    var err = !!c.opts.error;
    return '<div class="confirmIdentityPageControl">'
      + '<div id="idDiv_SAOTCC_Title" class="legacy-title" role="heading" aria-level="1">' + esc(c.s.codeTitle) + '</div>'
      + '<div id="idDiv_SAOTCC_Description" class="legacy-text">' + fmt(c.s.smsDesc, { phone: '••••••89' }) + '</div>'
      + '<div role="alert"><span id="idSpan_SAOTCC_Error_OTC"' + (err ? '' : ' style="display: none;"') + '>' + (err ? esc(c.s.wrongCode) : '') + '</span></div>'
      + '<input type="tel" name="otc" id="idTxtBx_SAOTCC_OTC" maxlength="6" class="legacy-input' + (err ? ' has-error' : '') + '" placeholder="' + esc(c.s.codePlaceholder) + '" aria-label="' + esc(c.s.codePlaceholder) + '">'
      + '<div class="legacy-buttons"><input type="submit" id="idSubmit_SAOTCC_Continue" class="btn btn-block btn-primary" value="' + esc(c.s.verify) + '"></div></div>';
  };
  V.confirmTimeout = function (c) {
    return '<div class="confirmIdentityPageControl">'
      + '<div id="iTimeoutTitle" class="legacy-title" role="heading" aria-level="1">' + esc(c.s.timeoutTitle) + '</div>'
      + '<div id="iTimeoutDesc" class="legacy-text">' + esc(c.s.confirmTimeoutDesc) + '</div>'
      + '<div class="legacy-text"><a href="#" id="iResendLink">' + esc(c.s.resend) + '</a></div>'
      + '<div class="legacy-text"><a href="#" id="iTimeoutOtherProofs">' + esc(c.s.otherWays) + '</a></div></div>';
  };

  // ---------------------------------------------------------------- Entra External ID (ciamlogin.com)
  function ciamBanner(c) {
    return '<div class="ciam-banner"><span data-testid="bannerLogoText">' + esc(c.s.ciamBanner) + '</span></div>'
      + '<div class="msa-identity"><span id="userDisplayName">' + esc(c.user) + '</span></div>';
  }
  V.ciamPicker = function (c) {
    return msaView('credentialPicker', ciamBanner(c)
      + '<h1 class="msa-title" id="credentialPickerTitle">' + esc(c.s.pickerTitle) + '</h1>'
      + '<div class="msa-tiles" role="list"><div class="msa-tile" role="button" tabindex="0" data-testid="Email">' + img(PROOF_IMG.email, 'msa-tile-img') + '<span>' + fmt(c.s.tileEmail, { email: EMAIL }) + '</span></div></div>'
      + msaButtons(null, c.s.back));
  };
  V.ciamEmail = function (c) {
    var err = !!c.opts.error;
    return msaView('oneTimeCode', ciamBanner(c)
      + '<h1 class="msa-title" id="oneTimeCodeTitle">' + esc(c.s.codeTitle) + '</h1>'
      + '<p class="msa-text" id="oneTimeCodeDescription">' + fmt(c.s.emailDesc, { email: EMAIL }) + '</p>'
      + (err ? '<div id="undefinedError" role="alert" class="msa-error">' + esc(c.s.wrongCode) + '</div>' : '')
      + '<input type="tel" id="oneTimeCodeInput" name="otc" maxlength="8" autocomplete="one-time-code" class="msa-input" placeholder="' + esc(c.s.codePlaceholder) + '" aria-label="' + esc(c.s.codePlaceholder) + '" aria-describedby="oneTimeCodeTitle oneTimeCodeDescription">'
      + msaFooter([['other', c.s.otherWays]]) + msaButtons(c.s.verify));
  };

  // ---------------------------------------------------------------- rendering API
  /** ctx: { s, user, page, opts, number, proofs, ids, pollStart }. Returns the view host's innerHTML. */
  function renderView(view, ctx) {
    var fn = V[view];
    if (!fn) throw new Error('unknown view ' + view);
    return fn(ctx);
  }

  /** Scenario ids that can be shown in place on a page (same server page). */
  function viewsOfPage(page) {
    return Object.keys(SCENARIOS).filter(function (id) { return SCENARIOS[id].page === page; });
  }

  // ---------------------------------------------------------------- browser controller
  function boot(B) {
    var doc = document;
    var hostEl = doc.querySelector('[data-sim-view-host]');
    var st = { name: B.scenario, view: SCENARIOS[B.scenario].view, opts: B.opts, prev: null, sms: [], timer: 0, seq: 0 };
    var method = B.method || 'push';

    function ctx(opts) {
      return { s: B.strings, user: B.user, page: B.page, opts: opts, number: B.number, proofs: B.proofs, ids: B.ids, pollStart: B.pollStart };
    }
    /** Synchronous in-place switch: one innerHTML write. */
    function show(name, view, opts) {
      opts = opts || {};
      hostEl.innerHTML = renderView(view, ctx(opts));
      hostEl.setAttribute('data-sim-view', name);
      st.prev = { name: st.name, view: st.view, opts: st.opts };
      st.name = name; st.view = view; st.opts = opts; st.seq++;
      if (st.timer) { clearTimeout(st.timer); st.timer = 0; }
      if (B.autotimeout > 0 && view === 'push') {
        var seq = st.seq;
        st.timer = setTimeout(function () { if (st.seq === seq) show('timeout', 'timeout', {}); }, B.autotimeout);
      }
      return name;
    }
    function showScenario(id) {
      var sc = SCENARIOS[id];
      return show(id, sc.view, sc.opts);
    }
    function focusFirst() {
      var el = hostEl.querySelector('input:not([type=hidden]):not(.moveOffScreen):not([type=checkbox]):not([type=radio])');
      if (el) try { el.focus(); } catch (e) { /* ignore */ }
    }
    function status(text) {
      var el = doc.getElementById('sim-status');
      if (el) el.textContent = text;
    }
    function url(path, params) {
      var q = new URLSearchParams();
      Object.keys(params).forEach(function (k) { if (params[k] != null && params[k] !== '') q.set(k, params[k]); });
      q.set('lang', B.lang);
      if (B.hostParam) q.set('host', B.hostParam);
      if (B.controls === false) q.set('controls', '0');
      return path + '?' + q.toString();
    }
    function nav(scenario, extra) {
      var sc = SCENARIOS[scenario];
      var p = { scenario: scenario, login_hint: B.userFromHint ? B.user : null };
      if (extra) Object.keys(extra).forEach(function (k) { p[k] = extra[k]; });
      root.location.assign(url(PAGES[sc.page].path, p));
    }
    function signedIn() { root.location.assign(url('/__sim/signed-in', { site: B.site })); }
    function validCode(v) {
      v = String(v || '').trim();
      return v === '123456' || (st.sms.length > 0 && v === st.sms[st.sms.length - 1]);
    }
    function codeValue(sel) { var el = hostEl.querySelector(sel); return el ? el.value : ''; }
    function methodScenario(m) { return ({ push: 'push', 'push-number': 'push-number', sms: 'sms', totp: 'totp', email: 'email', call: 'call' })[m] || 'push'; }
    function showMethod(m, fromPicker) {
      if (m === 'push') return show('push', 'push', {});
      if (m === 'call') return show(fromPicker ? 'call-from-picker' : 'call', 'call', { fromPicker: !!fromPicker });
      if (m === 'sms' && fromPicker) sendSms(true);
      return show(fromPicker ? (m === 'sms' ? 'code-from-picker' : m + '-from-picker') : m, 'code', { method: m, fromPicker: !!fromPicker });
    }
    function sendSms(quiet) {
      var code = String(100000 + Math.floor(Math.random() * 900000));
      st.sms.push(code);
      var out = doc.getElementById('sim-sms');
      if (out) { out.textContent = 'SMS to ' + PHONE + ': ' + code; out.setAttribute('data-sim-sms-code', code); }
      if (!quiet) status('simulated SMS sent');
      return code;
    }

    // ---- click handling (one delegated listener; views are re-rendered so nothing binds per element)
    var entraClicks = {
      idSIButton9: function () {
        if (st.view === 'username') {
          var u = codeValue('#i0116').trim();
          if (!u) return show(st.name, 'username', { usernameError: true });
          B.user = u.slice(0, 113); B.userFromHint = true;
          var r = show('password', 'password', {}); focusFirst(); return r;
        }
        if (st.view === 'password') {
          if (!codeValue('#i0118')) { show('password', 'password', { passwordError: true }); return focusFirst(); }
          // The password never leaves the page: only the scenario, language and username hint are put in the URL.
          return nav(methodScenario(method), { autotimeout: B.autotimeout || null });
        }
        if (st.view === 'kmsi') return signedIn();
        // The pass never leaves the page either: only whether one was typed decides.
        if (st.view === 'accesspass') return codeValue('#accesspass') ? nav('kmsi') : undefined;
        if (st.view === 'fido') return status('WebAuthn is not called by the simulator');
      },
      idBtn_Back: function () {
        if (st.view === 'password' || st.view === 'passwordless') return show('username', 'username', {});
        if (st.view === 'credpicker') return st.prev ? show(st.prev.name, st.prev.view, st.prev.opts) : show('username', 'username', {});
        if (st.view === 'kmsi') return signedIn();
        if (st.view === 'code' || st.view === 'call') return show('picker', 'picker', {});
      },
      idA_PWD_SwitchToCredPicker: function () { return show('cred-picker', 'credpicker', {}); },
      idA_PWD_SwitchToPassword: function () { return show('password', 'password', {}); },
      signInAnotherWay: function () {
        if (st.view === 'fido') return nav('cred-picker');
        return show('picker', 'picker', {});
      },
      idBtn_SAOTCS_Cancel: function () {
        var p = st.prev && st.prev.view !== 'picker' ? st.prev : { name: methodScenario(method), view: null };
        if (p.view) return show(p.name, p.view, p.opts);
        return showScenario(p.name);
      },
      idSubmit_SAOTCC_Continue: function () {
        if (validCode(codeValue('#idTxtBx_SAOTCC_OTC'))) return B.page === 'confirm' ? signedIn() : nav('kmsi');
        if (B.page === 'confirm') return show('confirm-code', 'confirmCode', { error: true });
        var o = { method: st.opts.method, fromPicker: st.opts.fromPicker, link: st.opts.link, only: st.opts.only, error: true };
        var r = show(o.method === 'sms' && !o.fromPicker && !o.link ? 'wrong-code' : (st.name.replace(/-wrong-code$/, '') + '-wrong-code'), 'code', o);
        focusFirst(); return r;
      },
      idA_SAASTO_Resend: function () { return show('push', 'push', {}); },
      idA_SAASTO_TOTP: function () { return show('totp', 'code', { method: 'totp' }); },
      idA_SAASDS_Resend: function () { return show('push', 'push', {}); },
      idBtn_SAASDS_Cancel: function () { return nav('error'); },
      idSubmit_ProofUp_Redirect: function () { return signedIn(); },
      cancelLink: function () { return nav('username'); },
      moreOptions: function () { toggleDebug(); },
      iSelectProofAction: function () { sendSms(false); return show('confirm-code', 'confirmCode', {}); },
      iResendLink: function () { return show('msa-confirm', 'confirm', {}); },
      iTimeoutOtherProofs: function () { return show('msa-confirm', 'confirm', {}); },
    };

    function toggleDebug() {
      var lb = doc.querySelector('[data-sim-debug-host]');
      if (!lb) return;
      var open = doc.getElementById('debugDetailsBanner');
      var more = doc.getElementById('moreOptions');
      if (open) { lb.innerHTML = '<!-- ko if: showDebugDetails --><!-- /ko -->'; if (more) more.setAttribute('aria-expanded', 'false'); }
      else { lb.innerHTML = '<!-- ko if: showDebugDetails -->' + debugDetails(ctx(st.opts)) + '<!-- /ko -->'; if (more) more.setAttribute('aria-expanded', 'true'); }
    }

    function msaClick(el) {
      var tid = el.getAttribute('data-testid');
      var footer = el.getAttribute('data-sim-footer');
      if (footer === 'other') return show(B.site === 'ciam' ? 'ciam-picker' : 'msa-picker', B.site === 'ciam' ? 'ciamPicker' : 'msaPicker', {});
      if (footer === 'password') return show('msa-password', 'msaPassword', {});
      if (tid === 'Email') { sendSms(true); return show('ciam-email', 'ciamEmail', {}); }
      if (tid === 'tile') {
        var v = el.getAttribute('data-value');
        if (v === 'PhoneAppNotification') return show('msa-push', 'msaPush', {});
        if (v === 'Password') return show('msa-password', 'msaPassword', {});
        if (v && v.charAt(0) === '3') sendSms(true);
        return show('msa-code', 'msaCode', {});
      }
      if (tid === 'secondaryButton') {
        if (st.view === 'msaKmsi') return signedIn();
        if (st.prev) return show(st.prev.name, st.prev.view, st.prev.opts);
        return;
      }
      if (tid === 'primaryButton') {
        if (st.view === 'msaUsername') {
          var u = codeValue('#usernameEntry').trim();
          if (!u) return show('msa-username', 'msaUsername', { usernameError: true });
          B.user = u.slice(0, 113); B.userFromHint = true;
          var r = show('msa-password', 'msaPassword', {}); focusFirst(); return r;
        }
        if (st.view === 'msaPassword') {
          if (!codeValue('[data-testid=passwordEntry]')) return show('msa-password', 'msaPassword', { passwordError: true });
          return method === 'sms' || method === 'totp' ? show('msa-code', 'msaCode', {}) : show('msa-push', 'msaPush', {});
        }
        if (st.view === 'msaCode') {
          return validCode(codeValue('#idTxtBx_OTC_Password')) ? show('msa-kmsi', 'msaKmsi', {}) : show('msa-code', 'msaCode', { error: true });
        }
        if (st.view === 'ciamEmail') {
          return validCode(codeValue('#oneTimeCodeInput')) ? signedIn() : show('ciam-email', 'ciamEmail', { error: true });
        }
        if (st.view === 'msaKmsi') return signedIn();
      }
    }

    function simAction(action, el) {
      var v = st.view;
      if (action === 'approve') {
        if (v === 'push' || v === 'passwordless' || (v === 'call' && !st.opts.failed)) { status('approved on the phone'); return nav('kmsi'); }
        if (v === 'msaPush') { status('approved on the phone'); return show('msa-kmsi', 'msaKmsi', {}); }
        return status('nothing to approve on this view');
      }
      if (action === 'deny') {
        if (v === 'push') return show('denied', 'denied', {});
        if (v === 'msaPush') return show('msa-push', 'msaPush', { denied: true });
        return status('nothing to deny on this view');
      }
      if (action === 'no-answer') {
        if (v === 'push') return show('timeout', 'timeout', {});
        if (v === 'call') return show('call-failed', 'call', { failed: true, fromPicker: st.opts.fromPicker });
        if (v === 'msaPush' || v === 'confirm') return nav('msa-confirm-timeout');
        return status('no pending request on this view');
      }
      if (action === 'send-sms') return sendSms(false);
      if (action === 'lang' || action === 'scenario') {
        var target = action === 'lang' ? st.name : el.value;
        if (action === 'lang') B.lang = el.value;
        var sc = SCENARIOS[target] || SCENARIOS[B.scenario];
        if (!SCENARIOS[target]) target = B.scenario;
        var p = PAGES[sc.page];
        var path = url(p.path, { scenario: target, login_hint: B.userFromHint ? B.user : null });
        if (p.site === B.site || B.hostParam) {
          if (B.hostParam) path = path.replace(/([?&])host=[^&]*/, '$1host=' + encodeURIComponent(SITE_HOSTS[p.site]));
          return root.location.assign(path);
        }
        // Another simulated host (mapped to this same server by the test/demo browser).
        return root.location.assign(root.location.protocol + '//' + SITE_HOSTS[p.site] + (root.location.port ? ':' + root.location.port : '') + path);
      }
    }

    doc.addEventListener('click', function (e) {
      var t = e.target && e.target.closest ? e.target : null;
      if (!t) return;
      var sim = t.closest('[data-sim-action]');
      if (sim && sim.tagName !== 'SELECT') { e.preventDefault(); simAction(sim.getAttribute('data-sim-action'), sim); return; }
      var el = t.closest('a, button, input[type=submit], input[type=button], [role=button], [data-testid=tile], [data-testid=Email]');
      if (!el || (sim && sim.tagName === 'SELECT')) return;
      if (el.closest('#sim-controls')) return;
      if (el.tagName === 'A' || el.type === 'submit' || el.tagName === 'BUTTON') e.preventDefault();
      var tile = el.closest('#idDiv_SAOTCS_Proofs [data-value]');
      if (tile) return showMethod(PROOF_METHOD[tile.getAttribute('data-value')] || 'push', true);
      var cred = el.closest('[data-value=Password], [data-value=RemoteNGC]');
      if (cred && B.site === 'entra') return cred.getAttribute('data-value') === 'Password' ? show('password', 'password', {}) : show('passwordless', 'passwordless', {});
      if (B.site === 'msa' || B.site === 'ciam') return msaClick(el);
      var h = entraClicks[el.id];
      if (h) h();
    });
    doc.addEventListener('change', function (e) {
      var el = e.target;
      if (el && el.matches && el.matches('select[data-sim-action]')) simAction(el.getAttribute('data-sim-action'), el);
    });
    // Nothing is ever submitted: Enter in a field is turned into a click on the view's primary button.
    doc.addEventListener('submit', function (e) {
      e.preventDefault();
    }, true);
    doc.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter' || !e.target || e.target.tagName !== 'INPUT' || e.target.closest('#sim-controls')) return;
      e.preventDefault();
      var btn = hostEl.querySelector('#idSIButton9:not([style*="none"]), #idSubmit_SAOTCC_Continue, [data-testid=primaryButton]');
      if (btn) btn.click();
    });

    var api = {
      /** Switch views in place, synchronously. Accepts any scenario id of this server page. Returns the view id. */
      go: function (id) {
        var sc = SCENARIOS[id];
        if (!sc || sc.page !== B.page) throw new Error('__simulator.go: "' + id + '" is not a view of this page (' + B.page + '); use one of ' + viewsOfPage(B.page).join(', '));
        return show(id, sc.view, sc.opts);
      },
      scenarios: Object.keys(SCENARIOS),
      views: viewsOfPage(B.page),
      page: B.page,
      get view() { return st.name; },
      get state() { return { view: st.name, template: st.view, opts: st.opts, lastSms: st.sms[st.sms.length - 1] || null }; },
      sendSms: function () { return sendSms(false); },
    };
    root.__simulator = api;
    hostEl.setAttribute('data-sim-view', st.name);
    if (B.autotimeout > 0 && st.view === 'push') {
      st.timer = setTimeout(function () { if (st.seq === 0) show('timeout', 'timeout', {}); }, B.autotimeout);
    }
    if (st.name === 'code-from-picker' || (st.view === 'code' && st.opts.method === 'sms')) sendSms(true);
  }

  root.SimCore = {
    PAGES: PAGES, SCENARIOS: SCENARIOS, SITE_HOSTS: SITE_HOSTS, METHOD_PROOF: METHOD_PROOF,
    userProofs: userProofs, renderView: renderView, debugDetails: debugDetails, viewsOfPage: viewsOfPage, esc: esc, boot: boot,
  };
  if (root.__simBoot && typeof document !== 'undefined') boot(root.__simBoot);
})(typeof window !== 'undefined' ? window : globalThis);
