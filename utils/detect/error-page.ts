import type { Detection } from '../detection-types';
import { anyShown, type Ctx, type Rule } from './context';
import { textOf } from './dom';

/**
 * Error pages: pgid ConvergedError (handled by the page-id step), a visible service-exception /
 * error-description block, the MSA "account locked" landing, or (last resort, after every view
 * rule) an AADSTS code in the sign-in box text or a `$Config` service-exception message.
 */
const ERROR_IDS = ['service_exception_message', 'ErrorDescription', 'serviceAbuseLandingTitle'];

export const errorIds: Rule = (c) => (anyShown(c, ERROR_IDS) ? { state: 'error-page' } : null);

export const errorFallback: Rule = (c) =>
  c.facts.serviceError || /AADSTS\d{4,7}/.test(textOf(c.root(), 6000)) ? { state: 'error-page' } : null;

const GUID = /[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/gi;

/**
 * What the helpdesk needs, without relying on the (localised) labels of the troubleshooting
 * panel: the panel lists Request Id, then Correlation Id, then Timestamp. GUIDs inside a line
 * that carries the AADSTS message (e.g. a tenant id quoted in it) are skipped. When `$Config`
 * names the correlation id, that GUID is the correlation id and the other one the request id.
 */
export function errorDetails(c: Ctx): Partial<Detection> {
  const out: Partial<Detection> = {};
  const parts: string[] = [];
  for (const id of [...ERROR_IDS, 'debugDetailsBanner']) parts.push(textOf(c.doc.getElementById(id), 3000, '\n'));
  parts.push(textOf(c.root(), 12000, '\n'));
  const text = parts.join('\n');
  const aad = /AADSTS\d{4,7}/.exec(text);
  const code = aad ? aad[0] : c.facts.errorCode || (/[:：]\s*(\d{5,6})(?![\d.:/-])/.exec(text) || [])[1];
  if (code) out.errorCode = code;
  const guids: string[] = [];
  for (const line of text.split('\n')) {
    if (/AADSTS/.test(line)) continue;
    for (const g of line.match(GUID) || []) if (!guids.includes(g.toLowerCase())) guids.push(g.toLowerCase());
  }
  const corr = (c.facts.correlationId || '').toLowerCase();
  if (corr && guids.includes(corr)) {
    out.correlationId = corr;
    const req = guids.find((g) => g !== corr);
    if (req) out.requestId = req;
  } else {
    if (guids[0]) out.requestId = guids[0];
    if (guids[1] || corr) out.correlationId = guids[1] || corr;
  }
  const ts = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?/.exec(text);
  if (ts) out.timestamp = ts[0];
  return out;
}
