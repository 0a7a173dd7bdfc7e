// ---------------------------------------------------------------- Entra ConvergedSignIn: username, password, passwordless, sign-in options
V.username = function (c) {
  var err = c.opts.usernameError;
  return entraWrap(
    c,
    { viewid: 1, component: 'login-paginated-username-view', banner: false },
    '<div data-bind="externalCss: { \'title\': true }" class="row title ext-title" id="loginHeader" role="heading" aria-level="1"><div data-bind="text: str[\'WF_STR_HeaderDefault_Title\']">' +
      esc(c.s.signIn) +
      '</div></div>' +
      '<div class="row"><div class="form-group col-md-24"><div role="alert" aria-live="assertive">' +
      koIf(
        'usernameTextbox.error',
        err
          ? '<div id="usernameError" class="error ext-error" data-bind="htmlWithBindings: usernameTextbox.error">' +
              esc(c.s.usernameError) +
              '</div>'
          : '',
      ) +
      '</div><div class="placeholderContainer" data-bind="component: { name: \'placeholder-textbox-field\' }">' +
      '<input type="email" name="loginfmt" id="i0116" maxlength="113" lang="en" class="' +
      INPUT_CLS +
      (err ? ' has-error ext-has-error' : '') +
      '" aria-required="true" data-bind="textInput: usernameTextbox.value, hasFocusEx: usernameTextbox.focused" aria-label="' +
      esc(c.s.usernameAria) +
      '" placeholder="' +
      esc(c.s.usernamePlaceholder) +
      '" autocomplete="username" value="' +
      esc(c.typed || '') +
      '">' +
      '</div></div></div>' +
      // The real page keeps the password input in the DOM, off-screen, on the username view.
      '<input name="passwd" type="password" id="i0118" data-bind="moveOffScreen, textInput: passwordBrowserPrefill" class="moveOffScreen" tabindex="-1" aria-hidden="true">' +
      '<div class="position-buttons"><div><div class="form-group"><a id="cantAccessAccount" href="#" data-bind="text: str[\'WF_STR_CantAccessAccount_Text\']">' +
      esc(c.s.cantAccess) +
      '</a></div>' +
      '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' +
      esc(c.s.signInOptions) +
      '</a></div></div>' +
      footerButtons(
        '<div class="inline-block"><input type="submit" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" data-report-event="Signin_Submit" value="' +
          esc(c.s.next) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.accesspass = function (c) {
  return entraWrap(
    c,
    { viewid: 2, component: 'login-paginated-access-pass-view', banner: true, back: true },
    '<input type="email" name="loginfmt" id="i0116" class="moveOffScreen" tabindex="-1" aria-hidden="true" value="' +
      esc(c.user) +
      '">' +
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.tapTitle) +
      '</div>' +
      '<div class="row"><div class="form-group col-md-24"><div class="placeholderContainer"><input name="accesspass" type="password" id="accesspass" autocomplete="off" class="' +
      INPUT_CLS +
      '" aria-required="true" aria-label="' +
      esc(c.s.tapTitle) +
      '" placeholder="' +
      esc(c.s.tapPlaceholder) +
      '"></div></div></div>' +
      '<div class="position-buttons">' +
      footerButtons(
        '<div class="inline-block"><input type="submit" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" value="' +
          esc(c.s.signIn) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.password = function (c) {
  var err = c.opts.passwordError;
  return entraWrap(
    c,
    { viewid: 2, component: 'login-paginated-password-view', banner: true, back: true },
    '<input type="email" name="loginfmt" id="i0116" class="moveOffScreen" tabindex="-1" aria-hidden="true" value="' +
      esc(c.user) +
      '">' +
      '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1" data-bind="text: str[\'CT_PWD_STR_EnterPassword_Title\']">' +
      esc(c.s.enterPassword) +
      '</div>' +
      '<div class="row"><div class="form-group col-md-24"><div role="alert" aria-live="assertive">' +
      koIf(
        'passwordTextbox.error',
        err ? '<div id="passwordError" class="error ext-error">' + esc(c.s.passwordError) + '</div>' : '',
      ) +
      '</div><div class="placeholderContainer"><input name="passwd" type="password" id="i0118" autocomplete="current-password" class="' +
      INPUT_CLS +
      (err ? ' has-error ext-has-error' : '') +
      '" aria-required="true" data-bind="textInput: passwordTextbox.value, hasFocusEx: passwordTextbox.focused" aria-label="' +
      esc(c.s.enterPassword) +
      '" placeholder="' +
      esc(c.s.passwordPlaceholder) +
      '"></div></div></div>' +
      '<div class="position-buttons"><div><div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div class="form-group"><a id="idA_PWD_ForgotPassword" role="link" href="#">' +
      esc(c.s.forgotPassword) +
      '</a></div>' +
      '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' +
      esc(c.s.otherWays) +
      '</a></div>' +
      '</div></div></div></div>' +
      footerButtons(
        '<div class="inline-block"><input type="submit" id="idSIButton9" class="' +
          BTN_PRIMARY +
          '" value="' +
          esc(c.s.signIn) +
          '"></div>',
      ) +
      '</div>',
  );
};

V.passwordless = function (c) {
  return entraWrap(
    c,
    { viewid: 3, component: 'login-remote-ngc-view', banner: true, back: true },
    '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.pushTitle) +
      '</div>' +
      '<div class="row text-body"><div id="idDiv_RemoteNGC_PageDescription" class="text-block-body">' +
      esc(c.s.passwordlessDesc) +
      '</div></div>' +
      '<div class="row"><div class="displaySign display-sign-height" id="idRemoteNGC_DisplaySign" data-bind="text: displaySign">' +
      esc(c.number) +
      '</div></div>' +
      '<div class="row text-body"><div id="idDiv_RemoteNGC_PollingDescription" class="text-block-body">' +
      esc(c.s.pushNumberDesc) +
      '</div></div>' +
      '<div>' +
      koIf('isPolling', progressDots()) +
      '</div>' +
      '<div class="position-buttons"><div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div class="form-group"><a id="idA_PWD_SwitchToPassword" href="#">' +
      esc(c.s.usePasswordInstead) +
      '</a></div>' +
      '<div class="form-group"><a id="idA_PWD_SwitchToCredPicker" href="#">' +
      esc(c.s.otherWays) +
      '</a></div>' +
      '</div></div></div></div>',
  );
};

V.credpicker = function (c) {
  function tile(value, icon, text) {
    return (
      '<div class="row tile" role="listitem"><div class="table" role="button" tabindex="0" data-value="' +
      value +
      '">' +
      '<div class="table-row"><div class="table-cell tile-img medium">' +
      img(icon, 'tile-img medium') +
      '</div>' +
      '<div class="table-cell text-left content"><div>' +
      esc(text) +
      '</div></div></div></div></div>'
    );
  }
  return entraWrap(
    c,
    { viewid: 4, component: 'cred-picker-view', banner: true, back: true },
    '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.signInOptions) +
      '</div>' +
      '<div class="row tile-container"><div role="list" aria-labelledby="loginHeader">' +
      tile('RemoteNGC', PROOF_IMG.push, c.s.tilePush) +
      tile('Password', 'picker_password_sim.svg', c.s.useYourPassword) +
      '</div></div>' +
      footerButtons(
        '<div class="inline-block"><input type="button" id="idBtn_Back" class="' +
          BTN_SECONDARY +
          '" value="' +
          esc(c.s.back) +
          '"></div>',
      ),
  );
};
