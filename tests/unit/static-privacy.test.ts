// @vitest-environment node
/**
 * Static privacy check: the shipped source (entrypoints/**, utils/**, components/**, tests and
 * fixtures excluded) is parsed to an AST (@babel/parser, already in the tree through
 * @preact/preset-vite) and searched for the things Second Step promises never to do: read form
 * field values, cookies or $Config secrets, run strings as code, write HTML strings into the
 * DOM, load remote code, or talk to the network. Working on the AST (not on text) means comments
 * and prose never trigger it, and each finding names file:line and the code.
 *
 * Every finding must be matched by an entry of ALLOWED below, which says why it is harmless.
 * A second part scans the BUILT detector bundle (signin.js, what runs on every
 * sign-in page) after minification, where library code is included too.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from '@babel/parser';

const root = resolve(__dirname, '../..');
const SCANNED_DIRS = ['entrypoints', 'utils', 'components'];

interface Finding {
  file: string;
  line: number;
  rule: string;
  code: string;
}

interface Allowed {
  file: string;
  rule: string;
  /** The exact code of the flagged node (whitespace-normalised). */
  code: string;
  why: string;
}

/**
 * The allowed exceptions, each explained. Matching is on file + rule + exact code, so a new
 * occurrence (even of the same kind, in the same file) is a new finding.
 */
const ALLOWED: Allowed[] = [
  {
    file: 'utils/config.ts',
    rule: 'value-read',
    code: 'r.value',
    why: '`r` is a validator Result ({ok, value}) of a policy/user option, not a DOM element.',
  },
  {
    file: 'utils/config.ts',
    rule: 'value-read',
    code: 'result.value',
    why: 'validator Result object, not a DOM element.',
  },
  {
    file: 'utils/ticket-url.ts',
    rule: 'value-read',
    code: 'checked.value',
    why: 'validator Result ({ok, value}) of the helpdeskTicketUrl template (policy/user option), not a DOM element.',
  },
  {
    file: 'utils/validators.ts',
    rule: 'value-read',
    code: 'r.value',
    why: '`r` is a validator Result ({ok, value}) of a policy/user option, not a DOM element.',
  },
  {
    file: 'utils/validators.ts',
    rule: 'value-read',
    code: 'result.value',
    why: 'validator Result object, not a DOM element.',
  },
  {
    file: 'entrypoints/options/OptionsPage.tsx',
    rule: 'value-read',
    code: 'result.value',
    why: 'validator Result object, not a DOM element.',
  },
  {
    file: 'entrypoints/options/OptionsPage.tsx',
    rule: 'value-read',
    code: 'e.currentTarget.value',
    why: "the options page's OWN form fields (helpdesk address etc.) in an extension page; never a sign-in page input.",
  },
  {
    file: 'entrypoints/options/RecoveryFields.tsx',
    rule: 'value-read',
    code: 'e.currentTarget.value',
    why: "the options page's OWN number field (snooze days) in an extension page; never a sign-in page input.",
  },
  {
    file: 'utils/detect/code-view.ts',
    rule: 'value-attribute-read',
    code: "attr(c.named('mfaAuthMethod'), 'value')",
    why:
      'the server-rendered value ATTRIBUTE of the hidden input `mfaAuthMethod`, a method name such as ' +
      '"OneWaySMS" (not a secret, not user-typed); used only to pick the code method.',
  },
  {
    file: 'utils/platform/locale-loader.ts',
    rule: 'network',
    code: 'fetch(url)',
    why:
      '`url` is `browser.runtime.getURL(`/locales/<lang>/<ns>.json`)` with <lang> from the supported list: ' +
      'a packaged file of the extension itself (checked below), only in extension pages and the background.',
  },
];

// ---------------------------------------------------------------------------------------------
// The scanner

type Node = { type: string; start: number; end: number; loc: { start: { line: number } }; [k: string]: any };

const SECRET_NAME =
  /\bsFT\b|sCtx|[cC]anary|[fF]lowToken|ProofUpToken|sPOST_Username|sessionToken|refresh_token|access_token|id_token/;
const VALUE_PROPS = new Set([
  'value',
  'valueAsNumber',
  'valueAsDate',
  'defaultValue',
  'selectionStart',
  'selectionEnd',
]);
const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set(['insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment', 'setHTMLUnsafe']);
const ACT_CALLS = new Set(['click', 'submit', 'requestSubmit', 'dispatchEvent', 'setRangeText', 'showPicker']);
const NETWORK_CTORS = new Set([
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'Worker',
  'SharedWorker',
]);

function propName(member: Node): string | undefined {
  const p = member.property;
  if (!member.computed && p.type === 'Identifier') return p.name;
  if (p.type === 'StringLiteral') return p.value;
  if (p.type === 'TemplateLiteral' && p.expressions.length === 0) return p.quasis[0].value.cooked;
  return undefined;
}

function isMember(n: Node | undefined): n is Node {
  return !!n && (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression');
}

function calleeName(call: Node): string | undefined {
  const c = call.callee;
  if (c.type === 'Identifier') return c.name;
  if (isMember(c)) return propName(c);
  return undefined;
}

function stringValue(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'StringLiteral') return n.value;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: marks where a template literal's expressions were
  if (n.type === 'TemplateLiteral') return n.quasis.map((q: Node) => q.value.cooked).join('${}');
  return undefined;
}

function scanSource(source: string, file: string): Finding[] {
  const ast = parse(source, {
    sourceType: 'module',
    plugins: ['typescript', 'jsx'],
    errorRecovery: false,
  }) as unknown as Node;
  const findings: Finding[] = [];
  const flag = (node: Node, rule: string) =>
    findings.push({
      file,
      line: node.loc.start.line,
      rule,
      code: source.slice(node.start, node.end).replace(/\s+/g, ' ').trim(),
    });

  const visit = (node: Node, parent: Node | undefined, parentKey: string | undefined) => {
    switch (node.type) {
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const name = propName(node);
        const isWriteTarget = parent?.type === 'AssignmentExpression' && parentKey === 'left';
        if (name && VALUE_PROPS.has(name) && !isWriteTarget) flag(node, 'value-read');
        // Writing a field (value/checked) would be typing or ticking for the user.
        if (name && (VALUE_PROPS.has(name) || name === 'checked') && isWriteTarget) flag(parent!, 'acts-for-user');
        if (name && /^cookies?$|^cookieStore$/.test(name)) flag(node, 'cookie');
        if (name && HTML_SINKS.has(name) && isWriteTarget) flag(parent!, 'html-sink');
        if (name === 'sendBeacon') flag(node, 'network');
        if (name && SECRET_NAME.test(name)) flag(node, 'secret-name');
        if (node.object.type === 'Identifier' && node.object.name === '$Config') flag(node, 'config-global');
        break;
      }
      case 'Identifier':
        if (node.name === 'cookieStore') flag(node, 'cookie');
        if (node.name === '$Config' && !(isMember(parent) && parentKey === 'object')) flag(node, 'config-global');
        if (SECRET_NAME.test(node.name)) flag(node, 'secret-name');
        break;
      case 'StringLiteral':
      case 'TemplateLiteral':
      case 'RegExpLiteral': {
        const text = node.type === 'RegExpLiteral' ? node.pattern : (stringValue(node) ?? '');
        if (SECRET_NAME.test(text)) flag(node, 'secret-name');
        if (/^http:\/\//i.test(text) || /[^\w]http:\/\/[\w*]/i.test(text)) flag(node, 'http-url');
        break;
      }
      case 'CallExpression':
      case 'OptionalCallExpression': {
        const name = calleeName(node);
        if (name === 'eval' || name === 'Function') flag(node, 'eval');
        if (
          (name === 'setTimeout' || name === 'setInterval') &&
          node.arguments[0] &&
          stringValue(node.arguments[0]) !== undefined
        ) {
          flag(node, 'eval');
        }
        if (name === 'fetch') flag(node, 'network');
        // Never act for the user: no synthetic clicks, submits or events on the page.
        if (name && ACT_CALLS.has(name) && isMember(node.callee)) flag(node, 'acts-for-user');
        if (name === 'importScripts') flag(node, 'remote-code');
        if (name && HTML_CALLS.has(name) && isMember(node.callee)) flag(node, 'html-sink');
        if (
          (name === 'getAttribute' || name === 'attr' || name === 'getAttributeNode') &&
          node.arguments.some((a: Node) => stringValue(a)?.toLowerCase() === 'value')
        ) {
          flag(node, 'value-attribute-read');
        }
        if (name === 'createElement' && /^(script|iframe|object|embed)$/i.test(stringValue(node.arguments[0]) ?? '')) {
          flag(node, 'remote-code');
        }
        break;
      }
      case 'NewExpression': {
        const name = node.callee.type === 'Identifier' ? node.callee.name : undefined;
        if (name === 'Function') flag(node, 'eval');
        if (name === 'FormData') flag(node, 'value-read');
        if (name && /^(Mouse|Keyboard|Input|Submit|Pointer|Focus|Clipboard)Event$/.test(name))
          flag(node, 'acts-for-user');
        if (name && NETWORK_CTORS.has(name)) flag(node, 'network');
        break;
      }
      case 'Import':
        break;
      case 'ImportExpression':
        // Dynamic import: only of a relative, literal path (bundled), never a URL or computed.
        if (!/^\.{1,2}\//.test(stringValue(node.source) ?? '')) flag(node, 'remote-code');
        break;
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source && /^(https?:)?\/\//.test(node.source.value)) flag(node, 'remote-code');
        break;
      case 'JSXAttribute': {
        const name = node.name?.name;
        if (name === 'dangerouslySetInnerHTML') flag(node, 'html-sink');
        if (
          (name === 'src' || name === 'srcset' || name === 'data' || name === 'poster') &&
          /^(https?:)?\/\//i.test(stringValue(node.value) ?? '')
        ) {
          flag(node, 'remote-code');
        }
        break;
      }
      case 'ObjectProperty':
        if (
          (node.key.type === 'Identifier' && node.key.name === 'dangerouslySetInnerHTML') ||
          stringValue(node.key) === 'dangerouslySetInnerHTML'
        ) {
          flag(node, 'html-sink');
        }
        break;
    }
    // A CallExpression of `import(...)` in older babel ASTs.
    if (node.type === 'CallExpression' && node.callee.type === 'Import') {
      if (!/^\.{1,2}\//.test(stringValue(node.arguments[0]) ?? '')) flag(node, 'remote-code');
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const child = (node as any)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c, node, key);
      } else if (child && typeof child.type === 'string') {
        visit(child, node, key);
      }
    }
  };
  visit(ast, undefined, undefined);
  return findings;
}

function shippedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name === 'fixtures' || name === '__tests__' || name === 'node_modules') continue;
        walk(p);
      } else if (
        /\.(ts|tsx|mts|js|mjs|jsx)$/.test(name) &&
        !/\.(test|spec)\.[^.]+$/.test(name) &&
        !name.endsWith('.d.ts')
      ) {
        out.push(p);
      }
    }
  };
  for (const d of SCANNED_DIRS) if (existsSync(join(root, d))) walk(join(root, d));
  return out;
}

function isAllowed(f: Finding): boolean {
  return ALLOWED.some((a) => a.file === f.file && a.rule === f.rule && a.code === f.code);
}

// ---------------------------------------------------------------------------------------------

describe('the scanner itself catches every forbidden pattern', () => {
  const hostile = `
    const pw = (document.querySelector('input[type=password]') as HTMLInputElement).value;
    const code = document.getElementById('idTxtBx_SAOTCC_OTC')?.value;
    const v2 = el['value'];
    const hidden = input.getAttribute('value');
    const form = new FormData(document.forms[0]);
    const c = document.cookie;
    browser.cookies.getAll({});
    const cs = cookieStore;
    const token = $Config.sFT;
    const t2 = (window as any).$Config['canary'];
    const t3 = /"sCtx":"([^"]+)"/.exec(text);
    eval('1');
    new Function('return 1');
    setTimeout('alert(1)', 1);
    el.innerHTML = '<b>x</b>';
    el.insertAdjacentHTML('beforeend', s);
    const jsx = <div dangerouslySetInnerHTML={{ __html: s }} />;
    const img = <img src="https://tracker.example/p.gif" />;
    await import('https://cdn.example/x.js');
    await import(someVariable);
    const s = document.createElement('script');
    fetch('https://api.example/collect');
    navigator.sendBeacon('/x', d);
    new XMLHttpRequest();
    new WebSocket('wss://x');
    const insecure = 'http://insecure.example/';
    document.getElementById('idSIButton9').click();
    form.requestSubmit();
    input.value = '123456';
    input.dispatchEvent(new InputEvent('input'));
  `;
  const rules = scanSource(hostile, 'hostile.tsx').map((f) => `${f.line}:${f.rule}`);

  it.each([
    [2, 'value-read'],
    [3, 'value-read'],
    [4, 'value-read'],
    [5, 'value-attribute-read'],
    [6, 'value-read'],
    [7, 'cookie'],
    [8, 'cookie'],
    [9, 'cookie'],
    [10, 'secret-name'],
    [10, 'config-global'],
    [11, 'secret-name'],
    [11, 'config-global'],
    [12, 'secret-name'],
    [13, 'eval'],
    [14, 'eval'],
    [15, 'eval'],
    [16, 'html-sink'],
    [17, 'html-sink'],
    [18, 'html-sink'],
    [19, 'remote-code'],
    [20, 'remote-code'],
    [21, 'remote-code'],
    [22, 'remote-code'],
    [23, 'network'],
    [24, 'network'],
    [25, 'network'],
    [26, 'network'],
    [27, 'http-url'],
    [28, 'acts-for-user'],
    [29, 'acts-for-user'],
    [30, 'acts-for-user'],
    [31, 'acts-for-user'],
  ])('line %i: %s', (line, rule) => {
    expect(rules).toContain(`${line}:${rule}`);
  });

  it('comments and prose are not findings', () => {
    const benign = `
      // never reads .value of the password field, nor document.cookie, nor $Config.sFT
      /* eval( new Function( innerHTML = el.click() */
      const label = 'Enter the code';
      const url = 'https://mysignins.microsoft.com/security-info';
    `;
    expect(scanSource(benign, 'benign.ts')).toEqual([]);
  });
});

describe('shipped source (entrypoints, utils, components)', () => {
  const files = shippedFiles();
  const all: Finding[] = files.flatMap((p) =>
    scanSource(readFileSync(p, 'utf8'), relative(root, p).split('\\').join('/')),
  );

  it('scans a meaningful set of files, including the content scripts and the detector', () => {
    const rel = files.map((p) => relative(root, p));
    expect(rel).toContain(join('entrypoints', 'signin', 'index.ts'));
    expect(rel).toContain(join('entrypoints', 'signin', 'live-detection.ts'));
    expect(rel).toContain(join('entrypoints', 'background', 'index.ts'));
    expect(rel.some((r) => r.startsWith(join('utils', 'detect')))).toBe(true);
    expect(rel.length).toBeGreaterThan(30);
  });

  it('no finding outside the explained exceptions', () => {
    const unexplained = all.filter((f) => !isAllowed(f)).map((f) => `${f.file}:${f.line} [${f.rule}] ${f.code}`);
    expect(unexplained, `unexplained findings:\n${unexplained.join('\n')}`).toEqual([]);
  });

  it('the only fetch() is of a packaged file via runtime.getURL', () => {
    const fetches = all.filter((f) => f.rule === 'network');
    for (const f of fetches) {
      const src = readFileSync(join(root, f.file), 'utf8');
      expect(src).toMatch(
        /const url = \(?browser\.runtime\.getURL[\s\S]{0,80}\(`\/locales\/\$\{safeLang\}\/\$\{ns\}\.json`\)/,
      );
      expect(src).toMatch(/SUPPORTED_LANGUAGES as readonly string\[\]\)\.includes\(lang\) \? lang : 'en'/);
    }
  });

  it('the content scripts (what runs in the sign-in page) have no value reads at all', () => {
    const inPage = all.filter(
      (f) =>
        ['entrypoints/signin/', 'entrypoints/chip/', 'entrypoints/panel.content/', 'components/in-page/'].some((d) =>
          f.file.startsWith(d),
        ) &&
        ['value-read', 'value-attribute-read', 'cookie', 'secret-name', 'network', 'acts-for-user'].includes(f.rule),
    );
    expect(inPage).toEqual([]);
  });
});

describe('built detector bundle (.output/chrome-mv3/signin.js)', () => {
  const bundlePath = join(root, '.output/chrome-mv3/signin.js');

  it('exists (npm test builds before testing)', () => {
    expect(existsSync(bundlePath), `${bundlePath} missing: run npx wxt build`).toBe(true);
  });

  const bundle = existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : '';

  it('reads no .value property after minification', () => {
    // `.value` and `["value"]` member reads. (Object literal keys `{value: n}` from the bundler's
    // module interop are property definitions, not reads, and are not matched.)
    const reads = bundle.match(/\.value\b|\[\s*["'`]value["'`]\s*\]/g) ?? [];
    expect(reads).toEqual([]);
  });

  it('the only "value" attribute read is of mfaAuthMethod', () => {
    const hits = [...bundle.matchAll(/["'`]value["'`]/g)].map((m) =>
      bundle.slice(Math.max(0, m.index! - 60), m.index! + 8),
    );
    for (const h of hits) expect(h).toMatch(/named\(["'`]mfaAuthMethod["'`]\),\s*["'`]value["'`]/);
  });

  it('touches no cookies: the only mentions are the polyfill API table entries', () => {
    // webextension-polyfill ships a table of API names with arities (`cookies:{get:{minArgs…`);
    // strip those table entries and nothing about cookies may remain.
    const stripped = bundle.replace(
      /\b(\w*[Cc]ookie\w*):\{(\w+:\{minArgs:\d+,maxArgs:\d+\},?)*\}?|\b\w*[Cc]ookie\w*:\{minArgs:\d+,maxArgs:\d+\}/g,
      '',
    );
    expect(stripped).not.toMatch(/cookie/i);
    expect(bundle).not.toContain('document.cookie');
  });

  it('no network API, no secret names, no eval in the detector bundle', () => {
    expect(bundle).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
    expect(bundle).not.toMatch(/sFT|sCtx|canary|flowToken|ProofUpToken/i);
    expect(bundle).not.toMatch(/(^|[^.\w$])eval\(|new Function\(/);
    expect(bundle).not.toMatch(/innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
  });
});
