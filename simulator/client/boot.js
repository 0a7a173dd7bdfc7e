// ---------------------------------------------------------------- rendering API
/** ctx: { s, user, page, opts, number, proofs, ids, pollStart }. Returns the view host's innerHTML. */
function renderView(view, ctx) {
  var fn = V[view];
  if (!fn) throw new Error('unknown view ' + view);
  return fn(ctx);
}

/** Scenario ids that can be shown in place on a page (same server page). */
function viewsOfPage(page) {
  return Object.keys(SCENARIOS).filter(function (id) {
    return SCENARIOS[id].page === page;
  });
}

// ---------------------------------------------------------------- browser controller
function boot(B) {
  var doc = document;
  var hostEl = doc.querySelector('[data-sim-view-host]');
  var st = { name: B.scenario, view: SCENARIOS[B.scenario].view, opts: B.opts, prev: null, sms: [], timer: 0, seq: 0 };
  var method = B.method || 'push';

  function ctx(opts) {
    return {
      s: B.strings,
      user: B.user,
      page: B.page,
      opts: opts,
      number: B.number,
      proofs: B.proofs,
      ids: B.ids,
      pollStart: B.pollStart,
    };
  }
  /** Synchronous in-place switch: one innerHTML write. */
  function show(name, view, opts) {
    opts = opts || {};
    hostEl.innerHTML = renderView(view, ctx(opts));
    hostEl.setAttribute('data-sim-view', name);
    st.prev = { name: st.name, view: st.view, opts: st.opts };
    st.name = name;
    st.view = view;
    st.opts = opts;
    st.seq++;
    if (st.timer) {
      clearTimeout(st.timer);
      st.timer = 0;
    }
    if (B.autotimeout > 0 && view === 'push') {
      var seq = st.seq;
      st.timer = setTimeout(function () {
        if (st.seq === seq) show('timeout', 'timeout', {});
      }, B.autotimeout);
    }
    return name;
  }
  function showScenario(id) {
    var sc = SCENARIOS[id];
    return show(id, sc.view, sc.opts);
  }
  function focusFirst() {
    var el = hostEl.querySelector(
      'input:not([type=hidden]):not(.moveOffScreen):not([type=checkbox]):not([type=radio])',
    );
    if (el)
      try {
        el.focus();
      } catch (e) {
        /* ignore */
      }
  }
  function status(text) {
    var el = doc.getElementById('sim-status');
    if (el) el.textContent = text;
  }
  function url(path, params) {
    var q = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      if (params[k] != null && params[k] !== '') q.set(k, params[k]);
    });
    q.set('lang', B.lang);
    if (B.hostParam) q.set('host', B.hostParam);
    if (B.controls === false) q.set('controls', '0');
    return path + '?' + q.toString();
  }
  function nav(scenario, extra) {
    var sc = SCENARIOS[scenario];
    var p = { scenario: scenario, login_hint: B.userFromHint ? B.user : null };
    if (extra)
      Object.keys(extra).forEach(function (k) {
        p[k] = extra[k];
      });
    root.location.assign(url(PAGES[sc.page].path, p));
  }
  function signedIn() {
    root.location.assign(url('/__sim/signed-in', { site: B.site }));
  }
  function validCode(v) {
    v = String(v || '').trim();
    return v === '123456' || (st.sms.length > 0 && v === st.sms[st.sms.length - 1]);
  }
  function codeValue(sel) {
    var el = hostEl.querySelector(sel);
    return el ? el.value : '';
  }
  function methodScenario(m) {
    return (
      { push: 'push', 'push-number': 'push-number', sms: 'sms', totp: 'totp', email: 'email', call: 'call' }[m] ||
      'push'
    );
  }
  function showMethod(m, fromPicker) {
    if (m === 'push') return show('push', 'push', {});
    if (m === 'call') return show(fromPicker ? 'call-from-picker' : 'call', 'call', { fromPicker: !!fromPicker });
    if (m === 'sms' && fromPicker) sendSms(true);
    return show(fromPicker ? (m === 'sms' ? 'code-from-picker' : m + '-from-picker') : m, 'code', {
      method: m,
      fromPicker: !!fromPicker,
    });
  }
  function sendSms(quiet) {
    var code = String(100000 + Math.floor(Math.random() * 900000));
    st.sms.push(code);
    var out = doc.getElementById('sim-sms');
    if (out) {
      out.textContent = 'SMS to ' + PHONE + ': ' + code;
      out.setAttribute('data-sim-sms-code', code);
    }
    if (!quiet) status('simulated SMS sent');
    return code;
  }

  // ---- click handling (one delegated listener; views are re-rendered so nothing binds per element)
  var entraClicks = {
    idSIButton9: function () {
      if (st.view === 'username') {
        var u = codeValue('#i0116').trim();
        if (!u) return show(st.name, 'username', { usernameError: true });
        B.user = u.slice(0, 113);
        B.userFromHint = true;
        var r = show('password', 'password', {});
        focusFirst();
        return r;
      }
      if (st.view === 'password') {
        if (!codeValue('#i0118')) {
          show('password', 'password', { passwordError: true });
          return focusFirst();
        }
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
      if (st.view === 'credpicker')
        return st.prev ? show(st.prev.name, st.prev.view, st.prev.opts) : show('username', 'username', {});
      if (st.view === 'kmsi') return signedIn();
      if (st.view === 'code' || st.view === 'call') return show('picker', 'picker', {});
    },
    idA_PWD_SwitchToCredPicker: function () {
      return show('cred-picker', 'credpicker', {});
    },
    idA_PWD_SwitchToPassword: function () {
      return show('password', 'password', {});
    },
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
      var o = {
        method: st.opts.method,
        fromPicker: st.opts.fromPicker,
        link: st.opts.link,
        only: st.opts.only,
        error: true,
      };
      var r = show(
        o.method === 'sms' && !o.fromPicker && !o.link
          ? 'wrong-code'
          : st.name.replace(/-wrong-code$/, '') + '-wrong-code',
        'code',
        o,
      );
      focusFirst();
      return r;
    },
    idA_SAASTO_Resend: function () {
      return show('push', 'push', {});
    },
    idA_SAASTO_TOTP: function () {
      return show('totp', 'code', { method: 'totp' });
    },
    idA_SAASDS_Resend: function () {
      return show('push', 'push', {});
    },
    idBtn_SAASDS_Cancel: function () {
      return nav('error');
    },
    idSubmit_ProofUp_Redirect: function () {
      return signedIn();
    },
    cancelLink: function () {
      return nav('username');
    },
    moreOptions: function () {
      toggleDebug();
    },
    iSelectProofAction: function () {
      sendSms(false);
      return show('confirm-code', 'confirmCode', {});
    },
    iResendLink: function () {
      return show('msa-confirm', 'confirm', {});
    },
    iTimeoutOtherProofs: function () {
      return show('msa-confirm', 'confirm', {});
    },
  };

  function toggleDebug() {
    var lb = doc.querySelector('[data-sim-debug-host]');
    if (!lb) return;
    var open = doc.getElementById('debugDetailsBanner');
    var more = doc.getElementById('moreOptions');
    if (open) {
      lb.innerHTML = '<!-- ko if: showDebugDetails --><!-- /ko -->';
      if (more) more.setAttribute('aria-expanded', 'false');
    } else {
      lb.innerHTML = '<!-- ko if: showDebugDetails -->' + debugDetails(ctx(st.opts)) + '<!-- /ko -->';
      if (more) more.setAttribute('aria-expanded', 'true');
    }
  }

  function msaClick(el) {
    var tid = el.getAttribute('data-testid');
    var footer = el.getAttribute('data-sim-footer');
    if (footer === 'other')
      return show(B.site === 'ciam' ? 'ciam-picker' : 'msa-picker', B.site === 'ciam' ? 'ciamPicker' : 'msaPicker', {});
    if (footer === 'password') return show('msa-password', 'msaPassword', {});
    if (tid === 'Email') {
      sendSms(true);
      return show('ciam-email', 'ciamEmail', {});
    }
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
        B.user = u.slice(0, 113);
        B.userFromHint = true;
        var r = show('msa-password', 'msaPassword', {});
        focusFirst();
        return r;
      }
      if (st.view === 'msaPassword') {
        if (!codeValue('[data-testid=passwordEntry]'))
          return show('msa-password', 'msaPassword', { passwordError: true });
        return method === 'sms' || method === 'totp'
          ? show('msa-code', 'msaCode', {})
          : show('msa-push', 'msaPush', {});
      }
      if (st.view === 'msaCode') {
        return validCode(codeValue('#idTxtBx_OTC_Password'))
          ? show('msa-kmsi', 'msaKmsi', {})
          : show('msa-code', 'msaCode', { error: true });
      }
      if (st.view === 'ciamEmail') {
        return validCode(codeValue('#oneTimeCodeInput'))
          ? signedIn()
          : show('ciam-email', 'ciamEmail', { error: true });
      }
      if (st.view === 'msaKmsi') return signedIn();
    }
  }

  function simAction(action, el) {
    var v = st.view;
    if (action === 'approve') {
      if (v === 'push' || v === 'passwordless' || (v === 'call' && !st.opts.failed)) {
        status('approved on the phone');
        return nav('kmsi');
      }
      if (v === 'msaPush') {
        status('approved on the phone');
        return show('msa-kmsi', 'msaKmsi', {});
      }
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
      return root.location.assign(
        root.location.protocol +
          '//' +
          SITE_HOSTS[p.site] +
          (root.location.port ? ':' + root.location.port : '') +
          path,
      );
    }
  }

  doc.addEventListener('click', function (e) {
    var t = e.target && e.target.closest ? e.target : null;
    if (!t) return;
    var sim = t.closest('[data-sim-action]');
    if (sim && sim.tagName !== 'SELECT') {
      e.preventDefault();
      simAction(sim.getAttribute('data-sim-action'), sim);
      return;
    }
    var el = t.closest(
      'a, button, input[type=submit], input[type=button], [role=button], [data-testid=tile], [data-testid=Email]',
    );
    if (!el || (sim && sim.tagName === 'SELECT')) return;
    if (el.closest('#sim-controls')) return;
    if (el.tagName === 'A' || el.type === 'submit' || el.tagName === 'BUTTON') e.preventDefault();
    var tile = el.closest('#idDiv_SAOTCS_Proofs [data-value]');
    if (tile) return showMethod(PROOF_METHOD[tile.getAttribute('data-value')] || 'push', true);
    var cred = el.closest('[data-value=Password], [data-value=RemoteNGC]');
    if (cred && B.site === 'entra')
      return cred.getAttribute('data-value') === 'Password'
        ? show('password', 'password', {})
        : show('passwordless', 'passwordless', {});
    if (B.site === 'msa' || B.site === 'ciam') return msaClick(el);
    var h = entraClicks[el.id];
    if (h) h();
  });
  doc.addEventListener('change', function (e) {
    var el = e.target;
    if (el && el.matches && el.matches('select[data-sim-action]')) simAction(el.getAttribute('data-sim-action'), el);
  });
  // Nothing is ever submitted: Enter in a field is turned into a click on the view's primary button.
  doc.addEventListener(
    'submit',
    function (e) {
      e.preventDefault();
    },
    true,
  );
  doc.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target || e.target.tagName !== 'INPUT' || e.target.closest('#sim-controls')) return;
    e.preventDefault();
    var btn = hostEl.querySelector(
      '#idSIButton9:not([style*="none"]), #idSubmit_SAOTCC_Continue, [data-testid=primaryButton]',
    );
    if (btn) btn.click();
  });

  var api = {
    /** Switch views in place, synchronously. Accepts any scenario id of this server page. Returns the view id. */
    go: function (id) {
      var sc = SCENARIOS[id];
      if (!sc || sc.page !== B.page)
        throw new Error(
          '__simulator.go: "' +
            id +
            '" is not a view of this page (' +
            B.page +
            '); use one of ' +
            viewsOfPage(B.page).join(', '),
        );
      return show(id, sc.view, sc.opts);
    },
    scenarios: Object.keys(SCENARIOS),
    views: viewsOfPage(B.page),
    page: B.page,
    get view() {
      return st.name;
    },
    get state() {
      return { view: st.name, template: st.view, opts: st.opts, lastSms: st.sms[st.sms.length - 1] || null };
    },
    sendSms: function () {
      return sendSms(false);
    },
  };
  root.__simulator = api;
  hostEl.setAttribute('data-sim-view', st.name);
  if (B.autotimeout > 0 && st.view === 'push') {
    st.timer = setTimeout(function () {
      if (st.seq === 0) show('timeout', 'timeout', {});
    }, B.autotimeout);
  }
  if (st.name === 'code-from-picker' || (st.view === 'code' && st.opts.method === 'sms')) sendSms(true);
}

root.SimCore = {
  PAGES: PAGES,
  SCENARIOS: SCENARIOS,
  SITE_HOSTS: SITE_HOSTS,
  METHOD_PROOF: METHOD_PROOF,
  userProofs: userProofs,
  renderView: renderView,
  debugDetails: debugDetails,
  viewsOfPage: viewsOfPage,
  esc: esc,
  boot: boot,
};
if (root.__simBoot && typeof document !== 'undefined') boot(root.__simBoot);
