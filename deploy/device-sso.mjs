// Optional policy lines for device-based Conditional Access (AADSTS53000, 53001, 530001-530003,
// 530033, 50097): the browser must pass the device identity on to Microsoft Entra. Not Second
// Step settings: browser policies IT may turn on to fix the cause. Every line is commented out
// (off by default); remove the leading "; " of the lines you want, then import the file.

/** The Microsoft Single Sign On extension for Chrome (formerly "Windows Accounts"), Chrome Web Store id. */
export const MS_SSO_CHROME_EXTENSION_ID = 'ppnbnpeolgkicgegkbkbjmhlideopiji';

const off = (line) => `; ${line}`;

/** Returns { 'deploy/windows/…-device-sign-in.reg': Buffer } built with the generator's own regFile(). */
export function deviceSignInFiles({ regFile, generated, chromeUpdateUrl }) {
  const chrome = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
  const firefox = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox';
  return {
    'deploy/windows/chrome-device-sign-in.reg': regFile(
      [
        'OPTIONAL, OFF: lets Chrome on Windows pass the device identity to Microsoft Entra (device-based Conditional Access).',
        generated,
        'Every line below is commented out. Remove "; " from the lines you want, then import.',
        'CloudAPAuthEnabled=1: Chrome uses the Windows account (Windows 10 or later).',
        `Or force-install the Microsoft Single Sign On extension (${MS_SSO_CHROME_EXTENSION_ID}).`,
        'Edge needs no policy: users sign in to the Edge profile with their work account.',
      ],
      [
        [off(`[${chrome}]`), off('"CloudAPAuthEnabled"=dword:00000001')].join('\r\n'),
        [
          off(`[${chrome}\\ExtensionSettings\\${MS_SSO_CHROME_EXTENSION_ID}]`),
          off('"installation_mode"="force_installed"'),
          off(`"update_url"="${chromeUpdateUrl}"`),
        ].join('\r\n'),
      ],
    ),
    'deploy/windows/firefox-device-sign-in.reg': regFile(
      [
        'OPTIONAL, OFF: lets Firefox on Windows use Windows single sign-on for Microsoft work and school accounts.',
        generated,
        'Every line below is commented out. Remove "; " from the lines you want, then import.',
        'Same as the Firefox setting "Allow Windows single sign-on for Microsoft, work, and school accounts".',
        'In policies.json: "WindowsSSO": true inside "policies".',
      ],
      [[off(`[${firefox}]`), off('"WindowsSSO"=dword:00000001')].join('\r\n')],
    ),
  };
}
