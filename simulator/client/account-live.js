// ---------------------------------------------------------------- account.live.com legacy identity/confirm
V.confirm = function (c) {
  return (
    '<div class="confirmIdentityPageControl">' +
    '<div id="iSelectProofTitle" class="legacy-title" role="heading" aria-level="1">' +
    esc(c.s.confirmTitle) +
    '</div>' +
    '<div id="iSelectProofDesc" class="legacy-text">' +
    esc(c.s.confirmDesc) +
    '</div>' +
    '<div id="iSelectProofError" class="alert alert-error" style="display: none;"></div>' +
    '<div id="iProofList" role="radiogroup">' +
    '<div class="radio"><label><input type="radio" name="proof" id="iProof0" value="sim-phone||SMS" checked> ' +
    fmt(c.s.tileSms, { phone: '••••••89' }) +
    '</label></div>' +
    '<div class="radio"><label><input type="radio" name="proof" id="iProof1" value="sim-email||Email"> ' +
    fmt(c.s.tileEmail, { email: 'a***@outlook.com' }) +
    '</label></div>' +
    '</div>' +
    '<div class="legacy-buttons"><input type="button" id="iSelectProofAction" class="btn btn-block btn-primary" value="' +
    esc(c.s.sendCode) +
    '"></div></div>'
  );
};
V.confirmCode = function (c) {
  var err = !!c.opts.error;
  return (
    '<div class="confirmIdentityPageControl">' +
    '<div id="idDiv_SAOTCC_Title" class="legacy-title" role="heading" aria-level="1">' +
    esc(c.s.codeTitle) +
    '</div>' +
    '<div id="idDiv_SAOTCC_Description" class="legacy-text">' +
    fmt(c.s.smsDesc, { phone: '••••••89' }) +
    '</div>' +
    '<div role="alert"><span id="idSpan_SAOTCC_Error_OTC"' +
    (err ? '' : ' style="display: none;"') +
    '>' +
    (err ? esc(c.s.wrongCode) : '') +
    '</span></div>' +
    '<input type="tel" name="otc" id="idTxtBx_SAOTCC_OTC" maxlength="6" class="legacy-input' +
    (err ? ' has-error' : '') +
    '" placeholder="' +
    esc(c.s.codePlaceholder) +
    '" aria-label="' +
    esc(c.s.codePlaceholder) +
    '">' +
    '<div class="legacy-buttons"><input type="submit" id="idSubmit_SAOTCC_Continue" class="btn btn-block btn-primary" value="' +
    esc(c.s.verify) +
    '"></div></div>'
  );
};
V.confirmTimeout = function (c) {
  return (
    '<div class="confirmIdentityPageControl">' +
    '<div id="iTimeoutTitle" class="legacy-title" role="heading" aria-level="1">' +
    esc(c.s.timeoutTitle) +
    '</div>' +
    '<div id="iTimeoutDesc" class="legacy-text">' +
    esc(c.s.confirmTimeoutDesc) +
    '</div>' +
    '<div class="legacy-text"><a href="#" id="iResendLink">' +
    esc(c.s.resend) +
    '</a></div>' +
    '<div class="legacy-text"><a href="#" id="iTimeoutOtherProofs">' +
    esc(c.s.otherWays) +
    '</a></div></div>'
  );
};
