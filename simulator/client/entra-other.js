// ---------------------------------------------------------------- Entra interrupts, errors, FIDO: KMSI, proof-up, error pages, /fido/
V.kmsi = function (c) {
  return entraWrap(
    c,
    { viewid: 1, component: 'kmsi-view', banner: true },
    '<div class="row text-title" id="kmsiTitle" role="heading" aria-level="1" data-bind="text: str[\'STR_Kmsi_Title\']">' +
      esc(c.s.kmsiTitle) +
      '</div>' +
      '<div class="row text-body"><div id="KmsiDescription" class="text-block-body" data-bind="text: str[\'STR_Kmsi_Description\']">' +
      esc(c.s.kmsiDesc) +
      '</div></div>' +
      '<div class="row"><div class="form-group col-md-24"><div class="checkbox"><label>' +
      '<input type="checkbox" name="DontShowAgain" id="KmsiCheckboxField" value="true" data-bind="checked: isDontShowAgainChecked"><span>' +
      esc(c.s.kmsiDontShow) +
      '</span></label></div></div></div>' +
      '<input type="hidden" name="LoginOptions" data-bind="value: isDontShowAgainChecked() ? 1 : 3" value="3">' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="button" id="idBtn_Back" class="' +
          BTN_SECONDARY +
          '" value="' +
          esc(c.s.no) +
          '"></div>' +
          '<div class="inline-block"><input type="submit" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" aria-describedby="KmsiDescription" value="' +
          esc(c.s.yes) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.proofup = function (c) {
  return entraWrap(
    c,
    { viewid: 1, component: 'proof-up-redirect-view', banner: true },
    '<div class="row text-title" id="idDiv_ProofUp_Title" role="heading" aria-level="1">' +
      esc(c.s.proofUpTitle) +
      '</div>' +
      '<div class="row text-body"><div id="ProofUpDescription" class="text-block-body">' +
      esc(c.s.proofUpDesc) +
      '</div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div class="form-group"><a id="cancelLink" href="#">' +
      esc(c.s.useDifferentAccount) +
      '</a></div>' +
      '<div class="form-group"><a id="moreInfoLink" href="#">' +
      esc(c.s.learnMore) +
      '</a></div>' +
      koIf(
        'svr.urlSkipMfaRegistration',
        '<div class="form-group"><a href="#" data-bind="click: skipMfaRegistration_onClick, attr: { href: svr.urlSkipMfaRegistration }">' +
          esc(c.s.proofUpSkip) +
          '</a></div>',
      ) +
      '</div></div></div>' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="submit" id="idSubmit_ProofUp_Redirect" class="' +
          BTN_PRIMARY +
          '" value="' +
          esc(c.s.next) +
          '"></div>',
      ) +
      '</div>',
  );
};

var AADSTS = {
  500121: 'AADSTS500121: Authentication failed during strong authentication request.',
  53003:
    'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  53000:
    'AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
  50011:
    'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
};

V.error = function (c) {
  return entraWrap(
    c,
    { viewid: 1, component: 'error-view', banner: true },
    '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.signIn) +
      '</div>' +
      '<div class="row text-body"><div class="text-block-body">' +
      esc(c.s.errorSorry) +
      '</div>' +
      '<div id="service_exception_message" class="text-block-body" data-bind="text: svr.strServiceExceptionMessage">' +
      esc(AADSTS[c.opts.code] || AADSTS['500121']) +
      '</div></div>',
  );
};

V.errorca = function (c) {
  return entraWrap(
    c,
    { viewid: 1, component: 'error-view', banner: true },
    '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.errorCaTitle) +
      '</div>' +
      '<div class="row text-body"><div id="ErrorDescription" class="text-block-body">' +
      esc(c.s.errorCaDesc) +
      '</div></div>',
  );
};

V.fido = function (c) {
  return entraWrap(
    c,
    { viewid: 1, component: 'fido-view', banner: true },
    '<div class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.fidoTitle) +
      '</div>' +
      '<div class="row text-body"><div role="alert" aria-live="assertive"><div class="error ext-error">' +
      esc(c.s.fidoDesc) +
      '</div></div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      koIf(
        'showSwitchProofsLink',
        '<div id="idDiv_SAOTCS_HavingTrouble" class="form-group">' +
          esc(c.s.havingTrouble) +
          ' <a href="#" id="signInAnotherWay">' +
          esc(c.s.signInAnotherWay) +
          '</a></div>',
      ) +
      '</div></div></div>' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="button" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" value="' +
          esc(c.s.tryAgain) +
          '"></div>',
      ) +
      '</div>',
  );
};

/** Troubleshooting panel (footer "…" / error pages). Knockout `ko if`: absent when closed. */
function debugDetails(c) {
  var ca = c.page === 'error' && c.opts.code === '53003';
  function row(label, value, id) {
    return (
      '<div><span class="bold">' +
      esc(label) +
      ':</span> <span' +
      (id ? ' id="' + id + '"' : '') +
      '>' +
      esc(value) +
      '</span></div>'
    );
  }
  var msg = c.page === 'error' ? AADSTS[c.opts.code] || AADSTS['500121'] : '';
  return (
    '<div id="debugDetailsBanner" class="debug-details-banner" role="region" aria-labelledby="debugDetailsHeader" data-bind="component: { name: \'debug-details-control\' }">' +
    '<div id="debugDetailsHeader" class="text-subheader" role="heading" aria-level="2">' +
    esc(c.s.troubleshooting) +
    '</div>' +
    '<div>' +
    esc(c.s.tsContact) +
    '</div>' +
    '<div class="form-group"><a href="#" id="idCopyToClipboard" role="button">' +
    esc(c.s.tsCopy) +
    '</a></div>' +
    '<div class="debug-trace-section" id="debugDetailsText">' +
    (ca
      ? row(c.s.errorCode, '53003') +
        row('App name', 'Contoso Expenses (simulated)') +
        row('App id', c.ids.appId) +
        row('IP address', '192.0.2.10') +
        row('Device identifier', 'Not available') +
        row('Device platform', 'Linux') +
        row('Device state', 'Unregistered')
      : '') +
    row(c.s.requestId, c.ids.requestId, 'sim-request-id') +
    row(c.s.correlationId, c.ids.correlationId, 'sim-correlation-id') +
    row(c.s.timestamp, c.ids.timestamp, 'sim-timestamp') +
    (msg ? row(c.s.message, msg) : '') +
    '<div><span class="bold">' +
    esc(c.s.flagErrors) +
    '</span> <a href="#" id="idA_EnableFlagging" role="button">' +
    esc(c.s.enableFlagging) +
    '</a></div>' +
    '<div class="text-caption">' +
    esc(c.s.flagHelp) +
    '</div>' +
    '</div></div>'
  );
}
