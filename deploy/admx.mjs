// ADMX/ADML administrative templates for Group Policy and Intune, generated from public/managed_schema.json.
// One category per browser (Chrome, Edge); every schema key is one Machine policy that writes exactly what
// deploy/windows/<browser>-policy.reg writes under
//   Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy   (Edge: Software\Policies\Microsoft\Edge\…)
//   string  → REG_SZ value <key>                (text element; enum element for schema enums)
//   boolean → REG_DWORD value <key> = 1 / 0     (policy enabledValue / disabledValue)
//   integer → REG_DWORD value <key>             (decimal element)
//   array   → subkey <key> with REG_SZ values "1", "2", …  (list element, valuePrefix="")
// Any key added to the schema gets a policy automatically; a type without a registry form stops the generator.
// Plain Node, no dependencies; deterministic output.

const ADMX_NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const ADMX_BROWSERS = [
  { name: 'Chrome', label: 'Google Chrome', base: 'Software\\Policies\\Google\\Chrome', idKey: 'chrome' },
  { name: 'Edge', label: 'Microsoft Edge', base: 'Software\\Policies\\Microsoft\\Edge', idKey: 'edge' },
];

/** The registry key a browser reads Second Step's mandatory policy from (HKLM, without the hive). */
export const policyKeyOf = (browser, id) => `${browser.base}\\3rdparty\\extensions\\${id}\\policy`;

// Fixed texts of the templates. Per-key titles come from the schema (en-US) and the options page's
// Dutch labels and hints (nl-NL, locales/nl/options.json), so new keys need no edit here.
const TEXT = {
  'en-US': {
    root: 'Second Step',
    category: (label) => `Second Step (${label})`,
    supported: (label) =>
      `${label} with the Second Step extension installed (the extension id in the registry key must be the installed one)`,
    registry: 'Registry',
    enabledNote:
      'Enabled: the value is set and locked for users. Not configured: users choose (or the default applies).',
    booleanNote: 'Enabled writes 1 (true), Disabled writes 0 (false), Not configured removes the value.',
    listNote: 'One entry per line in the list; written as values "1", "2", … under the subkey.',
    empty: '(empty)',
    label: 'Value:',
  },
  'nl-NL': {
    root: 'Second Step',
    category: (label) => `Second Step (${label})`,
    supported: (label) =>
      `${label} met de extensie Second Step geïnstalleerd (de extensie-id in de registersleutel moet die van de geïnstalleerde extensie zijn)`,
    registry: 'Register',
    enabledNote:
      'Ingeschakeld: de waarde wordt ingesteld en is voor gebruikers vergrendeld. Niet geconfigureerd: gebruikers kiezen zelf (of de standaardwaarde geldt).',
    booleanNote:
      'Ingeschakeld schrijft 1 (waar), Uitgeschakeld schrijft 0 (onwaar), Niet geconfigureerd verwijdert de waarde.',
    listNote: 'Eén item per regel in de lijst; geschreven als waarden "1", "2", … onder de subsleutel.',
    empty: '(leeg)',
    label: 'Waarde:',
  },
};

const REG_TYPE = { string: 'REG_SZ', boolean: 'REG_DWORD', integer: 'REG_DWORD', array: 'REG_SZ' };

/** What each schema key becomes: { key, type, kind: text|enum|boolean|decimal|list }. Throws for types with no registry form. */
export function admxKinds(schema) {
  return Object.entries(schema.properties).map(([key, prop]) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`${key}: not usable as a policy name`);
    if (prop.type === 'string') return { key, prop, kind: Array.isArray(prop.enum) ? 'enum' : 'text' };
    if (prop.type === 'boolean') return { key, prop, kind: 'boolean' };
    if (prop.type === 'integer') return { key, prop, kind: 'decimal' };
    if (prop.type === 'array' && prop.items?.type === 'string') return { key, prop, kind: 'list' };
    throw new Error(
      `${key}: schema type ${prop.type} has no ADMX form (flat string/boolean/integer/string-array keys only)`,
    );
  });
}

/** `policy` plus a sample value for every schema key it leaves out (so every policy has a registry value to compare). */
export function withEveryKey(schema, policy) {
  const out = { ...policy };
  for (const { key, prop, kind } of admxKinds(schema)) {
    if (key in out) continue;
    if (kind === 'enum') out[key] = prop.enum.at(-1);
    else if (kind === 'text') out[key] = 'Sample';
    else if (kind === 'boolean') out[key] = false;
    else if (kind === 'decimal') out[key] = Number.isInteger(prop.minimum) ? prop.minimum : 1;
    else out[key] = ['one', 'two'];
  }
  return out;
}

const itemId = (key, value) => `${key}_${value === '' ? 'empty' : value.replace(/[^A-Za-z0-9]/g, '_')}`;

function policyXml(browser, id, { key, prop, kind }) {
  const regKey = policyKeyOf(browser, id);
  const head = (extra = '') =>
    `    <policy name="${browser.name}_${key}" class="Machine" displayName="$(string.${key})" explainText="$(string.${key}_Explain)"` +
    `${kind === 'boolean' ? '' : ` presentation="$(presentation.${key})"`} key="${esc(regKey)}"${extra}>`;
  const common = [
    `      <parentCategory ref="SecondStep_${browser.name}" />`,
    `      <supportedOn ref="SUPPORTED_SecondStep_${browser.name}" />`,
  ];
  let body;
  if (kind === 'boolean') {
    body = [
      '      <enabledValue><decimal value="1" /></enabledValue>',
      '      <disabledValue><decimal value="0" /></disabledValue>',
    ];
    return [head(` valueName="${key}"`), ...common, ...body, '    </policy>'].join('\n');
  }
  if (kind === 'text') body = [`        <text id="${key}" valueName="${key}" maxLength="4096" />`];
  else if (kind === 'decimal') {
    const min = Number.isInteger(prop.minimum) ? ` minValue="${prop.minimum}"` : '';
    const max = Number.isInteger(prop.maximum) ? ` maxValue="${prop.maximum}"` : '';
    body = [`        <decimal id="${key}" valueName="${key}"${min}${max} />`];
  } else if (kind === 'list') body = [`        <list id="${key}" key="${esc(`${regKey}\\${key}`)}" valuePrefix="" />`];
  else {
    body = [
      `        <enum id="${key}" valueName="${key}">`,
      ...prop.enum.map(
        (v) =>
          `          <item displayName="$(string.${itemId(key, v)})"><value><string>${esc(v)}</string></value></item>`,
      ),
      '        </enum>',
    ];
  }
  return [head(), ...common, '      <elements>', ...body, '      </elements>', '    </policy>'].join('\n');
}

/** The .admx (language-neutral). `ids` = { chrome, edge }; `browsers` defaults to both. */
export function admx(
  schema,
  ids,
  { browsers = ADMX_BROWSERS, namespace = 'SecondStep.Policies.SecondStep', comment = '' } = {},
) {
  const kinds = admxKinds(schema);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    comment ? `<!-- ${esc(comment)} -->` : '',
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${ADMX_NS}">`,
    '  <policyNamespaces>',
    `    <target prefix="secondstep" namespace="${namespace}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    ...browsers.map(
      (b) =>
        `      <definition name="SUPPORTED_SecondStep_${b.name}" displayName="$(string.SUPPORTED_SecondStep_${b.name})" />`,
    ),
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    '    <category name="SecondStep" displayName="$(string.SecondStep)" />',
    ...browsers.map(
      (b) =>
        `    <category name="SecondStep_${b.name}" displayName="$(string.SecondStep_${b.name})"><parentCategory ref="SecondStep" /></category>`,
    ),
    '  </categories>',
    '  <policies>',
    ...browsers.flatMap((b) => kinds.map((k) => policyXml(b, ids[b.idKey], k))),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\r\n')
    .concat('\r\n');
}

function endonym(code) {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The .adml for one culture ('en-US' or 'nl-NL'). `nlOptions` = locales/nl/options.json (labels and hints). */
export function adml(schema, ids, culture, nlOptions, { browsers = ADMX_BROWSERS, comment = '' } = {}) {
  const tx = TEXT[culture];
  const kinds = admxKinds(schema);
  const field = (key) => (culture === 'nl-NL' ? nlOptions?.field?.[key] : undefined);
  const strings = [
    ['SecondStep', tx.root],
    ...browsers.flatMap((b) => [
      [`SecondStep_${b.name}`, tx.category(b.label)],
      [`SUPPORTED_SecondStep_${b.name}`, tx.supported(b.label)],
    ]),
  ];
  const presentations = [];
  for (const { key, prop, kind } of kinds) {
    const title = field(key)?.label ?? prop.title ?? key;
    const about = field(key)?.hint ?? prop.description ?? '';
    const where = browsers
      .map(
        (b) =>
          `${b.label}: HKLM\\${policyKeyOf(b, ids[b.idKey])}${kind === 'list' ? `\\${key}` : ''} → ${kind === 'list' ? '"1", "2", …' : `"${key}"`} (${REG_TYPE[prop.type]})`,
      )
      .join('\n');
    const note =
      kind === 'boolean' ? tx.booleanNote : kind === 'list' ? `${tx.enabledNote}\n${tx.listNote}` : tx.enabledNote;
    strings.push([key, title], [`${key}_Explain`, `${about}\n\n${note}\n\n${tx.registry} (${key}):\n${where}`]);
    if (kind === 'enum')
      for (const v of prop.enum) strings.push([itemId(key, v), v === '' ? tx.empty : `${v} (${endonym(v)})`]);
    if (kind === 'text')
      presentations.push(
        `      <presentation id="${key}"><textBox refId="${key}"><label>${esc(title)}</label></textBox></presentation>`,
      );
    if (kind === 'decimal')
      presentations.push(
        `      <presentation id="${key}"><decimalTextBox refId="${key}">${esc(title)}</decimalTextBox></presentation>`,
      );
    if (kind === 'list')
      presentations.push(
        `      <presentation id="${key}"><listBox refId="${key}">${esc(title)}</listBox></presentation>`,
      );
    if (kind === 'enum')
      presentations.push(
        `      <presentation id="${key}"><dropdownList refId="${key}" noSort="true">${esc(tx.label)}</dropdownList></presentation>`,
      );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    comment ? `<!-- ${esc(comment)} -->` : '',
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${ADMX_NS}">`,
    `  <displayName>${esc(tx.root)}</displayName>`,
    '  <description />',
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, s]) => `      <string id="${id}">${esc(s).replace(/\n/g, '\r\n')}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\r\n')
    .concat('\r\n');
}
