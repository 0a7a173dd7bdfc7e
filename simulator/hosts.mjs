/** Hostnames the simulator answers for: one list for the router (index.mjs) and the certificate (certs.mjs). */
export const ENTRA_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login-us.microsoftonline.com',
  'login.partner.microsoftonline.cn',
  'login.usgovcloudapi.net',
  'login.chinacloudapi.cn',
];
export const MSA_HOST = 'login.live.com';
export const ACCOUNT_HOST = 'account.live.com';
export const CIAM_HOST = 'contoso.ciamlogin.com';
export const OTHER_HOST = 'other.example.org';
export const LOOKALIKE_HOST = 'login.microsoftonline.com.evil.example';
/** Every hostname a browser should map to the simulator. */
export const SIM_HOSTS = [...ENTRA_HOSTS, MSA_HOST, ACCOUNT_HOST, CIAM_HOST, OTHER_HOST, LOOKALIKE_HOST];
