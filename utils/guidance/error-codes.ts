/** AADSTS codes the guidance explains (meanings: Microsoft's error-code reference; see ../../docs/ms-signin-dom.md 3.4). */
export const KNOWN_ERROR_CODES = ['50074', '50076', '50079', '500121', '50158', '53003'] as const;

/** "AADSTS50076", "Error Code: 53003", " 500121 " → "50076" / "53003" / "500121"; '' when none. */
export function normalizeErrorCode(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /(\d{4,7})/.exec(value);
  return m?.[1] ?? '';
}

/** The guidance body key explaining a code (relative to the item id). */
export function errorCodeKey(code: string): string | undefined {
  if (!code) return undefined;
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code) ? `c${code}` : 'unknown';
}
