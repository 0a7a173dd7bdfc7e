// The simulator's page script, assembled from one file per page family (simulator/client/).
//
// The same script runs in two places:
//  - in Node (node:vm, simulator/pages.mjs), where the server uses SimCore.renderView() to
//    pre-render the first view, and
//  - inlined in every simulated page, where boot() wires clicks and switches views IN PLACE
//    (the content of the view host is replaced; no navigation; PageID/$Config stay as served).
//
// The parts are plain ES5 fragments of ONE function scope (no modules, no framework, no network):
// they are joined in CLIENT_PARTS order inside one IIFE, so a view in any part can use the
// helpers of core.js and every part adds its views to the shared `V` table. A new view goes into
// the file of its page family; a new page family gets a file of its own, listed before boot.js.
//
// Simulator-only hooks: window.__simulator = { go(id), view, views, scenarios, state }.
// All ids/classes of the markup follow ../docs/ms-signin-dom.md; Knockout binding text (data-bind,
// <!-- ko --> comments) is there for structural realism only and does nothing.
import fs from 'node:fs';

export const CLIENT_PARTS = [
  'core.js', // data (pages, hosts, scenarios, proofs), markup helpers, the view table V
  'entra.js', // login.microsoftonline.com (Knockout UI): the wrapper, banner and footer every Entra view shares
  'entra-signin.js', // ConvergedSignIn: username, password, passwordless, sign-in options
  'entra-tfa.js', // ConvergedTFA: push, code, call, method picker, timeout, denied
  'entra-other.js', // KMSI, proof-up, error pages (AADSTS, troubleshooting details), the /fido/ page
  'entra-2026.js', // login.microsoftonline.com: account picker, the 2026 code input, an unseen two-step view
  'msa.js', // login.live.com: React UI views (data-testid)
  'account-live.js', // account.live.com: legacy identity/confirm views
  'ciam.js', // *.ciamlogin.com: Entra External ID views
  'boot.js', // renderView(), the in-page controller boot(), the SimCore export
];

export function assembleClient() {
  const body = CLIENT_PARTS.map((name) => fs.readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8')).join(
    '',
  );
  return `(function (root) {\n  'use strict';\n\n${body}})(typeof window !== 'undefined' ? window : globalThis);\n`;
}

export const CLIENT_SRC = assembleClient();
