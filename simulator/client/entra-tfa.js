// ---------------------------------------------------------------- Entra ConvergedTFA: push, code, call, picker, timeout, denied
V.push = function (c) {
  var o = c.opts;
  return entraWrap(
    c,
    { viewid: 6, component: 'session-approval-view', banner: true },
    '<input type="hidden" name="type" data-bind="value: \'22\'" value="22">' +
      '<input type="hidden" name="request" data-bind="value: svr.sCtx" value="SIM-FAKE-CTX">' +
      '<input type="hidden" name="mfaLastPollStart" data-bind="value: currentPollStartTime" value="' +
      esc(c.pollStart) +
      '">' +
      '<input type="hidden" name="mfaLastPollEnd" data-bind="value: currentPollEndTime" value="">' +
      koIf(
        'twoWayPollingNeeded',
        '<input type="hidden" data-bind="attr: { name: svr.sAuthMethodInputFieldName }, value: \'PhoneAppNotification\'" name="mfaAuthMethod" value="PhoneAppNotification">',
      ) +
      koIf('svr.canary', '<input type="hidden" name="canary" data-bind="value: svr.canary" value="SIM-FAKE-CANARY">') +
      '<div id="idDiv_SAOTCAS_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: title">' +
      esc(c.s.pushTitle) +
      '</div>' +
      '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\', params: { type: PROOF.Type.TOTPAuthenticatorV2, small: true, animate: true } }">' +
      img(PROOF_IMG.push, 'tile-img small animate-pulse') +
      '</div>' +
      '<div class="text-block-body overflow-hidden">' +
      '<div id="idDiv_SAOTCAS_Description" data-bind="htmlWithBindings: description, childBindings: { \'idSpan_SAOTCAS_DescSessionID\': { css: { \'bold\': true } } }">' +
      esc(o.number ? c.s.pushNumberDesc : c.s.pushDesc) +
      '</div>' +
      koIf(
        'description2',
        o.number
          ? '<div id="idDiv_RichContext_Description" class="text-block-body">' + esc(c.s.pushNoNumbers) + '</div>'
          : '',
      ) +
      '</div></div>' +
      koIf(
        'displaySign',
        o.number
          ? '<div class="displaySign display-sign-height" data-bind="text: displaySign" id="idRichContext_DisplaySign">' +
              esc(c.number) +
              '</div>'
          : '',
      ) +
      '<div>' +
      koIf('doPolling', progressDots()) +
      '</div>' +
      '<div data-bind="css: { \'position-buttons\': !tenantBranding.BoilerPlateText }" class="position-buttons"><div class="row">' +
      '<div class="row no-margin-top-bottom" data-bind="visible: tdCheckbox.isShown" style="display: none;"><div class="form-group col-md-24"><div class="checkbox"><label id="idLbl_SAOTCAS_TD_Cb">' +
      '<input id="idChkBx_SAOTCAS_TD" name="rememberMFA" type="checkbox" value="true" data-bind="checked: tdCheckbox.isChecked"><span>' +
      esc(c.s.dontAskAgain) +
      '</span></label></div></div></div>' +
      '<div class="col-md-24"><div class="text-13">' +
      troubleLink(c, 'push') +
      moreInfo(c) +
      '</div></div></div>' +
      footerButtons(
        koIf('showCancelButton') +
          '<div class="inline-block"><input type="submit" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" value="' +
          esc(c.s.verify) +
          '" style="display: none;" data-bind="visible: false"></div>',
      ) +
      '</div>',
  );
};

V.code = function (c) {
  var o = c.opts;
  var m = o.method || 'sms';
  var desc =
    m === 'totp'
      ? esc(c.s.totpDesc)
      : m === 'email'
        ? fmt(c.s.emailDesc, { email: EMAIL })
        : fmt(c.s.smsDesc, { phone: PHONE });
  var err = !!o.error;
  return entraWrap(
    c,
    { viewid: 7, component: 'otc-confirm-view', banner: true },
    '<div id="idDiv_SAOTCC_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: twoWayPollingNeeded ? str[\'CT_SAOTCAS_STR_Title\'] : str[\'CT_SAOTCS_STR_Title\']">' +
      esc(c.s.codeTitle) +
      '</div>' +
      '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\', params: { type: proof.type, small: true } }">' +
      img(PROOF_IMG[m]) +
      '</div>' +
      '<div class="text-block-body overflow-hidden"><div id="idDiv_SAOTCC_Description" data-bind="htmlWithBindings: description">' +
      desc +
      '</div></div></div>' +
      '<!-- ko ifnot: twoWayPollingNeeded -->' +
      '<div id="idDiv_SAOTCC_OTCRow" class="row"><div class="form-group col-md-24">' +
      '<div role="alert" aria-live="assertive"><div id="idDiv_SAOTCC_ErrorMsg_OTC" class="error ext-error" data-bind="visible: otcTextbox.error"' +
      (err ? '' : ' style="display: none;"') +
      '>' +
      '<span id="idSpan_SAOTCC_Error_OTC" data-bind="text: otcTextbox.error">' +
      (err ? esc(c.s.wrongCode) : '') +
      '</span></div></div>' +
      '<div id="idDiv_SAOTCC_OTC" class="placeholderContainer" data-bind="component: { name: \'placeholder-textbox-field\' }">' +
      '<input name="otc" type="tel" id="idTxtBx_SAOTCC_OTC" autocomplete="one-time-code" maxlength="6" class="' +
      INPUT_CLS +
      (err ? ' has-error ext-has-error' : '') +
      '" aria-required="true" data-bind="textInput: otcTextbox.value, hasFocusEx: otcTextbox.focused, css: { \'has-error\': otcTextbox.error }" aria-label="' +
      esc(c.s.codePlaceholder) +
      '" placeholder="' +
      esc(c.s.codePlaceholder) +
      '"' +
      (err ? ' aria-describedby="idSpan_SAOTCC_Error_OTC"' : '') +
      '>' +
      '</div></div></div>' +
      '<div id="idDiv_SAOTCC_Success_OTC" data-bind="visible: otcSuccess" style="display: none;"></div>' +
      '<!-- /ko -->' +
      '<input type="hidden" data-bind="attr: { name: svr.sAuthMethodInputFieldName }, value: proof.authMethodId" name="mfaAuthMethod" value="' +
      METHOD_PROOF[m] +
      '">' +
      '<div class="position-buttons"><div>' +
      '<div id="idDiv_SAOTCC_TD_Section" class="row no-margin-top-bottom" data-bind="visible: tdCheckbox.isShown"><div class="form-group col-md-24"><div class="checkbox"><label>' +
      '<input id="idChkBx_SAOTCC_TD" name="rememberMFA" type="checkbox" value="true" data-bind="checked: tdCheckbox.isChecked"><span>' +
      esc(c.s.dontAskAgain) +
      '</span></label></div></div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      troubleLink(c, 'code') +
      moreInfo(c) +
      '</div></div></div></div>' +
      footerButtons(
        koIf(
          'showCancelButton',
          o.fromPicker
            ? '<div class="inline-block"><input type="button" id="idBtn_Back" class="' +
                BTN_SECONDARY +
                '" data-bind="value: str[\'CT_SAOTCC_STR_Cancel\']" value="' +
                esc(c.s.cancel) +
                '"></div>'
            : '',
        ) +
          '<div class="inline-block"><input type="submit" id="idSubmit_SAOTCC_Continue" class="' +
          BTN_PRIMARY +
          '" data-bind="value: str[\'CT_SAOTCC_STR_Continue\']" value="' +
          esc(c.s.verify) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.call = function (c) {
  var o = c.opts;
  return entraWrap(
    c,
    { viewid: 7, component: 'otc-confirm-view', banner: true },
    '<div id="idDiv_SAOTCC_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: twoWayPollingNeeded ? str[\'CT_SAOTCAS_STR_Title\'] : str[\'CT_SAOTCS_STR_Title\']">' +
      esc(c.s.pushTitle) +
      '</div>' +
      '<div class="row text-body"><div data-bind="component: { name: \'proof-image-control\' }">' +
      img(PROOF_IMG.call, 'tile-img small animate-pulse') +
      '</div>' +
      '<div class="text-block-body overflow-hidden"><div id="idDiv_SAOTCC_Description" data-bind="htmlWithBindings: description">' +
      esc(c.s.callDesc) +
      '</div></div></div>' +
      '<div role="alert" aria-live="assertive">' +
      koIf(
        'sessionApprovalError',
        o.failed
          ? '<div id="idDiv_SAOTCC_ErrorMsg_OTC" class="error ext-error"><span id="idSpan_SAOTCC_Error_OTC">' +
              esc(c.s.callFailed) +
              '</span></div>'
          : '',
      ) +
      '</div>' +
      '<!-- ko ifnot: twoWayPollingNeeded --><!-- /ko -->' +
      '<div>' +
      koIf('doPolling', o.failed ? '' : progressDots()) +
      '</div>' +
      '<input type="hidden" name="mfaAuthMethod" value="TwoWayVoiceMobile">' +
      '<div class="position-buttons"><div class="row"><div class="col-md-24"><div class="text-13">' +
      troubleLink(c, 'code') +
      moreInfo(c) +
      '</div></div></div>' +
      footerButtons(
        koIf(
          'showCancelButton',
          o.fromPicker
            ? '<div class="inline-block"><input type="button" id="idBtn_Back" class="' +
                BTN_SECONDARY +
                '" value="' +
                esc(c.s.cancel) +
                '"></div>'
            : '',
        ),
      ) +
      '</div>',
  );
};

V.picker = function (c) {
  var tiles = c.proofs
    .map(function (p) {
      var m = PROOF_METHOD[p.authMethodId] || 'push';
      var text =
        m === 'push'
          ? esc(c.s.tilePush)
          : m === 'totp'
            ? esc(c.s.tileTotp)
            : m === 'sms'
              ? fmt(c.s.tileSms, { phone: PHONE })
              : m === 'call'
                ? fmt(c.s.tileCall, { phone: PHONE })
                : fmt(c.s.tileEmail, { email: EMAIL });
      return (
        '<div class="row tile" role="listitem" data-bind="css: { \'disabled\': isRequestPending }"><div class="table" role="button" tabindex="0" data-bind="click: proof_onClick, attr: { \'data-value\': authMethodId }" data-value="' +
        p.authMethodId +
        '">' +
        '<div class="table-row"><div class="table-cell tile-img medium">' +
        img(PROOF_IMG[m], 'tile-img medium') +
        '</div>' +
        '<div class="table-cell text-left content"><div data-bind="text: displayText">' +
        text +
        '</div></div></div></div></div>'
      );
    })
    .join('');
  return entraWrap(
    c,
    { viewid: 8, component: 'otc-request-view', banner: true },
    '<div id="idDiv_SAOTCS_Title" class="row text-title" role="heading" aria-level="1" data-bind="text: str[\'CT_SAOTCC_STR_Title\']">' +
      esc(c.s.pickerTitle) +
      '</div>' +
      '<div id="idDiv_SAOTCS_Proofs_Section" class="row tile-container"><div id="idDiv_SAOTCS_Proofs" role="list" aria-labelledby="idDiv_SAOTCS_Title" data-bind="foreach: proofs">' +
      '<!-- ko foreach: proofs -->' +
      tiles +
      '<!-- /ko --></div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      koIf('svr.fShowAuthMethodsUpdateLink', '<div class="form-group">' + esc(c.s.methodsCurrent) + '</div>') +
      moreInfo(c) +
      '</div></div></div>' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="button" id="idBtn_SAOTCS_Cancel" class="' +
          BTN_SECONDARY +
          '" value="' +
          esc(c.s.cancel) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.timeout = function (c) {
  return entraWrap(
    c,
    { viewid: 9, component: 'session-approval-timeout-view', banner: true },
    '<div id="idDiv_SAASTO_Title" class="row text-title" role="heading" aria-level="1">' +
      esc(c.s.timeoutTitle) +
      '</div>' +
      '<div class="row text-body"><div id="idDiv_SAASTO_Description" class="text-block-body">' +
      esc(c.s.timeoutDesc) +
      '</div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div class="form-group"><a id="idA_SAASTO_Resend" href="#">' +
      esc(c.s.resendPush) +
      '</a></div>' +
      koIf(
        'svr.fShowTotpLink',
        '<div class="form-group"><a id="idA_SAASTO_TOTP" href="#">' + esc(c.s.useCodeInstead) + '</a></div>',
      ) +
      moreInfo(c) +
      '</div></div></div>',
  );
};

V.denied = function (c) {
  return entraWrap(
    c,
    { viewid: 10, component: 'session-approval-denied-view', banner: true },
    '<div id="idDiv_SAASDS_Title" class="row text-title" role="heading" aria-level="1">' +
      esc(c.s.deniedTitle) +
      '</div>' +
      '<div class="row text-body"><div id="idDiv_SAASDS_Description" class="text-block-body">' +
      esc(c.s.deniedDesc) +
      '</div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div class="form-group"><a id="idA_SAASDS_Resend" href="#">' +
      esc(c.s.resendPush) +
      '</a></div>' +
      moreInfo(c) +
      '</div></div></div>' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="button" id="idBtn_SAASDS_Cancel" class="' +
          BTN_SECONDARY +
          '" value="' +
          esc(c.s.cancel) +
          '"></div>',
      ) +
      '</div>',
  );
};
