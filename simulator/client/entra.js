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

