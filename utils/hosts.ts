/**
 * Microsoft's sign-in hosts, the only pages Second Step ever runs on.
 * Pure data + one predicate; the manifest's match patterns are generated from the same list
 * so the allowlist and the manifest cannot drift.
 */
export const SIGN_IN_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net', // US Government alias (instance discovery)
  'login-us.microsoftonline.com',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn', // Azure China alias (instance discovery)
  'login.live.com',
  'account.live.com',
] as const;

/** Entra External ID tenants: `<tenant>.ciamlogin.com`. */
export const SIGN_IN_HOST_SUFFIXES = ['.ciamlogin.com'] as const;

export const PERSONAL_ACCOUNT_HOSTS: readonly string[] = ['login.live.com', 'account.live.com'];

/** True only for an exact allowlisted hostname, or a subdomain of an allowlisted suffix on a dot boundary. */
export function isSignInHost(hostname: string): boolean {
  if (typeof hostname !== 'string') return false;
  // Hostnames are case-insensitive; a trailing dot is the same host in DNS.
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if ((SIGN_IN_HOSTS as readonly string[]).includes(host)) return true;
  return SIGN_IN_HOST_SUFFIXES.some((suffix) => {
    if (!host.endsWith(suffix)) return false;
    const label = host.slice(0, -suffix.length);
    // One or more DNS labels before the suffix, each non-empty and made of host characters.
    return label.length > 0 && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(label);
  });
}

/** An https URL on a sign-in host: where the content script runs (its match patterns are https only). */
export function isSignInPageUrl(url: unknown): boolean {
  try {
    const u = new URL(String(url ?? ''));
    return u.protocol === 'https:' && isSignInHost(u.hostname);
  } catch {
    return false;
  }
}

/** Manifest match patterns for the content script: https only. */
export function signInMatchPatterns(): string[] {
  return [...SIGN_IN_HOSTS.map((h) => `https://${h}/*`), ...SIGN_IN_HOST_SUFFIXES.map((s) => `https://*${s}/*`)];
}
