import type { Detection } from './detection-types';

/** A translator for the `request` namespace (the helpdesk message's, or the popup's with ns set). */
export type RequestT = (key: string, vars?: Record<string, unknown>) => unknown;

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
const names = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && NAME.test(n)).slice(0, 40) : [];

/**
 * The page report for IT, one line each: page id and hpgid, host and page language, the known
 * anchors found, the visible view markers. Names only (validated again here: nothing but short
 * identifiers reaches the text). Empty when the detection carries no diagnostic.
 */
export function diagnosticLines(d: Detection | null | undefined, t: RequestT): string[] {
  const diag = d && d.state === 'unknown' ? d.diagnostics : undefined;
  if (!diag || typeof diag !== 'object') return [];
  const none = String(t('diagnostics.none'));
  const one = (v: unknown) =>
    typeof v === 'string' && NAME.test(v) ? v : typeof v === 'number' && Number.isInteger(v) ? String(v) : none;
  const list = (v: unknown) => names(v).join(', ') || none;
  const host = typeof d!.host === 'string' && /^[a-z0-9.-]{1,253}$/.test(d!.host) ? d!.host : none;
  const lang = typeof d!.lang === 'string' && /^[A-Za-z0-9-]{1,35}$/.test(d!.lang) ? d!.lang : none;
  return [
    String(t('diagnostics.page', { pageId: one(diag.pageId), hpgid: one(diag.hpgid) })),
    String(t('diagnostics.host', { host, lang })),
    String(t('diagnostics.anchors', { list: list(diag.anchors) })),
    String(t('diagnostics.visible', { list: list(diag.visible) })),
  ];
}
