import { describe, expect, it } from 'vitest';
import {
  CONFIG_KEYS,
  DEFAULT_CONFIG,
  MICROSOFT_SECURITY_INFO_URL,
  VALIDATORS,
  resolveConfig,
  sanitizeUserOptions,
} from './config';
import { TOPIC_IDS, type ConfigKey } from './config-types';

const reasonsFor = (r: ReturnType<typeof resolveConfig>, key: string) =>
  r.rejected.filter((x) => x.key === key).map((x) => `${x.source}:${x.reason}`);

describe('defaults', () => {
  it('unmanaged, no user options: defaults, nothing locked or rejected', () => {
    const r = resolveConfig({ user: undefined, managed: undefined });
    expect(r).toEqual({ config: { ...DEFAULT_CONFIG, hiddenTopics: [] }, locked: [], rejected: [], managed: false });
    expect(r.config.securityInfoUrl).toBe(MICROSOFT_SECURITY_INFO_URL);
    expect(r.config.showInPagePanel).toBe(true);
  });

  it('an empty policy object (Chromium, no policy) is not "managed"', () => {
    expect(resolveConfig({ user: {}, managed: {} }).managed).toBe(false);
  });

  it('the result never shares arrays with DEFAULT_CONFIG', () => {
    const r = resolveConfig({ user: null, managed: null });
    r.config.hiddenTopics.push('app-passwords');
    expect(DEFAULT_CONFIG.hiddenTopics).toEqual([]);
  });

  it('every SecondStepConfig key has a validator', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...CONFIG_KEYS].sort());
  });
});

describe('merge and lock', () => {
  it('defaults ← user ← policy; policy keys are locked and user values for them ignored', () => {
    const r = resolveConfig({
      user: { organizationName: 'Mine', helpdeskEmail: 'me@example.org', language: 'de', showInPagePanel: false },
      managed: { helpdeskEmail: 'it@contoso.example', hiddenTopics: ['app-passwords'], showInPagePanel: true },
    });
    expect(r.config.organizationName).toBe('Mine');
    expect(r.config.language).toBe('de');
    expect(r.config.helpdeskEmail).toBe('it@contoso.example');
    expect(r.config.showInPagePanel).toBe(true);
    expect(r.config.hiddenTopics).toEqual(['app-passwords']);
    expect(r.locked.sort()).toEqual(['helpdeskEmail', 'hiddenTopics', 'showInPagePanel']);
    expect(r.managed).toBe(true);
    expect(r.rejected).toEqual([]);
  });

  it('policy can lock a value to empty (e.g. no phone number offered)', () => {
    const r = resolveConfig({ user: { helpdeskPhone: '+31 20 123 4567' }, managed: { helpdeskPhone: '' } });
    expect(r.config.helpdeskPhone).toBe('');
    expect(r.locked).toEqual(['helpdeskPhone']);
  });

  it('an invalid policy value is not locked: user value or default stays, rejection reported', () => {
    const r = resolveConfig({
      user: { helpdeskUrl: 'https://help.example.org/' },
      managed: { helpdeskUrl: 'http://help.contoso.example/', securityInfoUrl: 'javascript:alert(1)' },
    });
    expect(r.config.helpdeskUrl).toBe('https://help.example.org/');
    expect(r.config.securityInfoUrl).toBe(MICROSOFT_SECURITY_INFO_URL);
    expect(r.locked).toEqual([]);
    expect(r.managed).toBe(true);
    expect(reasonsFor(r, 'helpdeskUrl')).toEqual(['policy:not-https']);
    expect(reasonsFor(r, 'securityInfoUrl')).toEqual(['policy:not-https']);
  });

  it('a policy with only rejected keys still counts as managed (IT must see the rejections)', () => {
    const r = resolveConfig({ user: undefined, managed: { helpdeskMail: 'typo@contoso.example' } });
    expect(r.managed).toBe(true);
    expect(reasonsFor(r, 'helpdeskMail')).toEqual(['policy:unknown-key']);
  });
});

// [key, bad value, expected reason]
const BAD: [ConfigKey, unknown, string][] = [
  ['organizationName', 42, 'wrong-type'],
  ['organizationName', null, 'wrong-type'],
  ['organizationName', { name: 'x' }, 'wrong-type'],
  ['organizationName', 'x'.repeat(101), 'too-long'],
  ['organizationName', 'x'.repeat(5_000_000), 'too-long'],
  ['organizationName', 'Contoso\u202e', 'control-characters'],
  ['organizationName', 'Con\ntoso', 'control-characters'],
  ['helpdeskEmail', 'it@contoso.example\r\nBcc: all@contoso.example', 'control-characters'],
  ['helpdeskEmail', 'it@contoso.example?cc=evil@example.org', 'invalid-email'],
  ['helpdeskEmail', 'it@contoso.example&body=x', 'invalid-email'],
  ['helpdeskEmail', 'it@contoso.example,evil@example.org', 'invalid-email'],
  ['helpdeskEmail', 'it@contoso.example;evil@example.org', 'invalid-email'],
  ['helpdeskEmail', 'it%40contoso.example', 'invalid-email'],
  ['helpdeskEmail', 'two@at@contoso.example', 'invalid-email'],
  ['helpdeskEmail', 'it@localhost', 'invalid-email'],
  ['helpdeskEmail', '"it"@contoso.example', 'invalid-email'],
  ['helpdeskEmail', 'i t@contoso.example', 'invalid-email'],
  ['helpdeskEmail', 'it@contoso..example', 'invalid-email'],
  ['helpdeskEmail', 'javascript:alert(1)//@x.example', 'invalid-email'],
  ['helpdeskEmail', ['it@contoso.example'], 'wrong-type'],
  ['helpdeskUrl', 'javascript:alert(1)', 'not-https'],
  ['helpdeskUrl', 'http://help.contoso.example/', 'not-https'],
  ['helpdeskUrl', 'data:text/html,<script>alert(1)</script>', 'not-https'],
  ['helpdeskUrl', 'file:///etc/passwd', 'not-https'],
  ['helpdeskUrl', 'https://', 'invalid-url'],
  ['helpdeskUrl', 'help.contoso.example', 'invalid-url'],
  ['helpdeskUrl', 'https://help contoso.example/', 'invalid-url'],
  ['helpdeskUrl', 'https://user:pw@help.contoso.example/', 'url-credentials'],
  ['helpdeskUrl', `https://help.contoso.example/${'a'.repeat(2100)}`, 'too-long'],
  ['helpdeskUrl', true, 'wrong-type'],
  ['securityInfoUrl', '', 'invalid-url'],
  ['securityInfoUrl', 'JAVASCRIPT:alert(1)', 'not-https'],
  ['helpdeskPhone', '+31 20 123 4567 ext. 5', 'invalid-phone'],
  ['helpdeskPhone', 'call us', 'invalid-phone'],
  ['helpdeskPhone', '12', 'invalid-phone'],
  ['helpdeskPhone', '020+123456', 'invalid-phone'],
  ['helpdeskPhone', '+1 555 0100 +2', 'invalid-phone'],
  ['helpdeskPhone', 'tel:+3120123', 'invalid-phone'],
  ['helpdeskPhone', 31201234567, 'wrong-type'],
  ['showInPagePanel', 'false', 'wrong-type'],
  ['showInPagePanel', 0, 'wrong-type'],
  ['showInPagePanel', null, 'wrong-type'],
  ['hiddenTopics', 'app-passwords', 'wrong-type'],
  ['hiddenTopics', { 0: 'app-passwords' }, 'wrong-type'],
  ['hiddenTopics', new Array(51).fill('app-passwords'), 'too-many-items'],
  ['supportMessage', 'x'.repeat(501), 'too-long'],
  ['supportMessage', 'bell\u0007', 'control-characters'],
  ['language', 'xx', 'unknown-language'],
  ['language', 'en'.repeat(1000), 'unknown-language'],
  ['language', 1, 'wrong-type'],
  ['helpdeskLanguage', 'klingon', 'unknown-language'],
];

describe('bad-value matrix (policy and user): default kept, reason reported, no throw', () => {
  for (const [key, value, reason] of BAD) {
    const label =
      typeof value === 'string' && value.length > 60
        ? `${value.slice(0, 40)}…(${value.length})`
        : JSON.stringify(value);
    it(`${key} = ${label} → ${reason}`, () => {
      for (const source of ['policy', 'user'] as const) {
        const input = { [key]: value };
        const r = resolveConfig(
          source === 'policy' ? { user: undefined, managed: input } : { user: input, managed: undefined },
        );
        expect(r.config[key]).toEqual(DEFAULT_CONFIG[key]);
        expect(r.locked).toEqual([]);
        expect(reasonsFor(r, key)).toEqual([`${source}:${reason}`]);
      }
    });
  }
});

describe('good values', () => {
  const GOOD: [ConfigKey, unknown, unknown][] = [
    ['organizationName', '  Contoso Ltd  ', 'Contoso Ltd'],
    ['organizationName', 'Zürich Süd — IT', 'Zürich Süd — IT'],
    ['helpdeskEmail', 'it.support+mfa@contoso.example', 'it.support+mfa@contoso.example'],
    ['helpdeskEmail', '', ''],
    ['helpdeskUrl', 'https://help.contoso.example/mfa', 'https://help.contoso.example/mfa'],
    ['helpdeskUrl', 'HTTPS://Help.Contoso.Example', 'https://help.contoso.example/'],
    ['helpdeskPhone', '+31 (0)20-123.4567', '+31 (0)20-123.4567'],
    ['supportMessage', 'Line one\r\nLine two', 'Line one\nLine two'],
    ['language', 'pt-br', 'pt-BR'],
    ['language', '', ''],
    ['helpdeskLanguage', 'NL', 'nl'],
    ['showInPagePanel', false, false],
    ['hiddenTopics', [...TOPIC_IDS], [...TOPIC_IDS]],
  ];
  for (const [key, value, expected] of GOOD) {
    it(`${key} = ${JSON.stringify(value)}`, () => {
      const r = resolveConfig({ user: undefined, managed: { [key]: value } });
      expect(r.rejected).toEqual([]);
      expect(r.config[key]).toEqual(expected);
      expect(r.locked).toEqual([key]);
    });
  }
});

describe('hiddenTopics junk', () => {
  it('keeps the known topic ids, drops and reports each bad item, removes duplicates', () => {
    const r = resolveConfig({
      user: undefined,
      managed: {
        hiddenTopics: ['app-passwords', 42, null, 'no-such-topic', { id: 'sms-code' }, 'app-passwords', 'sms-code'],
      },
    });
    expect(r.config.hiddenTopics).toEqual(['app-passwords', 'sms-code']);
    expect(r.locked).toEqual(['hiddenTopics']);
    expect(r.rejected.map((x) => `${x.key}:${x.reason}`)).toEqual([
      'hiddenTopics[1]:wrong-type',
      'hiddenTopics[2]:wrong-type',
      'hiddenTopics[3]:unknown-topic',
      'hiddenTopics[4]:wrong-type',
    ]);
  });
});

describe('hostile shapes never throw', () => {
  const shapes: [string, unknown][] = [
    ['null', null],
    ['a string', 'helpdeskEmail=it@contoso.example'],
    ['a number', 7],
    ['an array', [{ helpdeskEmail: 'it@contoso.example' }]],
    ['a function', () => ({})],
    [
      'a throwing proxy',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
        },
      ),
    ],
  ];
  for (const [name, value] of shapes) {
    it(`managed = ${name}`, () => {
      const r = resolveConfig({ user: value, managed: value });
      expect(r.config).toEqual({ ...DEFAULT_CONFIG, hiddenTopics: [] });
      expect(r.locked).toEqual([]);
    });
  }

  it('input itself null/undefined/garbage', () => {
    expect(() => resolveConfig(undefined as never)).not.toThrow();
    expect(() => resolveConfig(null as never)).not.toThrow();
    expect(resolveConfig(42 as never).config.showInPagePanel).toBe(true);
  });

  it('non-object roots are reported', () => {
    expect(reasonsFor(resolveConfig({ user: undefined, managed: [1, 2] }), '*')).toEqual(['policy:not-an-object']);
    expect(reasonsFor(resolveConfig({ user: 'x', managed: undefined }), '*')).toEqual(['user:not-an-object']);
  });

  it('a getter that throws rejects only that key', () => {
    const managed = {
      organizationName: 'Contoso',
      get helpdeskEmail(): string {
        throw new Error('boom');
      },
    };
    const r = resolveConfig({ user: undefined, managed });
    expect(r.config.organizationName).toBe('Contoso');
    expect(reasonsFor(r, 'helpdeskEmail')).toEqual(['policy:unreadable']);
  });

  it('__proto__ / constructor / prototype keys are reported and pollute nothing', () => {
    const managed = JSON.parse(
      '{"__proto__": {"polluted": true, "showInPagePanel": false}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1, "organizationName": "Contoso"}',
    );
    const r = resolveConfig({ user: managed, managed });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((r.config as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.config)).toBe(Object.prototype);
    expect(r.config.showInPagePanel).toBe(true);
    expect(r.config.organizationName).toBe('Contoso');
    expect(reasonsFor(r, '__proto__')).toEqual(['policy:forbidden-key', 'user:forbidden-key']);
    expect(reasonsFor(r, 'constructor')).toEqual(['policy:forbidden-key', 'user:forbidden-key']);
    expect(reasonsFor(r, 'prototype')).toEqual(['policy:forbidden-key', 'user:forbidden-key']);
  });

  it('unknown keys are reported with a short, printable name', () => {
    const longKey = `evil\u0000${'k'.repeat(500)}`;
    const r = resolveConfig({ user: undefined, managed: { [longKey]: 1, HelpdeskEmail: 'x@contoso.example' } });
    const keys = r.rejected.map((x) => x.key);
    expect(keys).toContain('HelpdeskEmail');
    const long = keys.find((k) => k.startsWith('evil'))!;
    expect(long.length).toBeLessThanOrEqual(65);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for a NUL character
    expect(long).not.toMatch(/\u0000/);
    expect(r.rejected.every((x) => x.reason === 'unknown-key')).toBe(true);
  });
});

describe('sanitizeUserOptions', () => {
  it('drops locked and invalid keys, keeps valid ones', () => {
    const { values, rejected } = sanitizeUserOptions(
      { helpdeskEmail: 'me@example.org', helpdeskUrl: 'http://x.example', organizationName: 'Me' },
      ['organizationName'],
    );
    expect(values).toEqual({ helpdeskEmail: 'me@example.org' });
    expect(rejected).toEqual([{ key: 'helpdeskUrl', source: 'user', reason: 'not-https' }]);
  });
});

describe('public/managed_schema.json agrees with the code', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const schema = JSON.parse(readFileSync(resolve(__dirname, '../public/managed_schema.json'), 'utf8'));
  const props = schema.properties as Record<string, Record<string, unknown>>;
  const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

  it('is a Chromium-valid top-level object schema: no additionalProperties, every key typed and documented', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const [key, prop] of Object.entries(props)) {
      expect(typeof prop.title, key).toBe('string');
      expect(typeof prop.description, key).toBe('string');
      expect(['string', 'boolean', 'array', 'integer'], key).toContain(prop.type);
      if (prop.type === 'array') expect(prop.items, key).toEqual({ type: 'string' });
    }
  });

  it('has exactly the config keys, with the code defaults and matching types', () => {
    expect(Object.keys(props).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const key of CONFIG_KEYS) {
      expect(props[key]!.type, key).toBe(typeOf(DEFAULT_CONFIG[key]));
      expect(props[key]!.default, key).toEqual(DEFAULT_CONFIG[key]);
    }
  });

  it('patterns never reject what the validators accept (the schema is the coarser gate)', () => {
    const accepted: Partial<Record<ConfigKey, string[]>> = {
      helpdeskEmail: ['', 'it.support+mfa@contoso.example', "o'brien@contoso.example"],
      helpdeskUrl: ['', 'https://help.contoso.example/mfa?x=1&y=2#top'],
      securityInfoUrl: [MICROSOFT_SECURITY_INFO_URL],
      helpdeskPhone: ['', '+31 (0)20-123.4567'],
    };
    for (const [key, values] of Object.entries(accepted)) {
      const re = new RegExp(props[key]!.pattern as string);
      for (const v of values) {
        expect(VALIDATORS[key as ConfigKey](v).ok, `${key} validator ${v}`).toBe(true);
        expect(re.test(v), `${key} pattern ${v}`).toBe(true);
      }
    }
    expect(new RegExp(props.helpdeskEmail!.pattern as string).test('it@contoso.example\r\nBcc: x@y.example')).toBe(
      false,
    );
    expect(new RegExp(props.helpdeskUrl!.pattern as string).test('javascript:alert(1)')).toBe(false);
    expect(new RegExp(props.helpdeskPhone!.pattern as string).test('call us')).toBe(false);
  });

  it('language enums list exactly "" and the supported languages', async () => {
    const { SUPPORTED_LANGUAGES } = await import('./languages');
    expect(props.language!.enum).toEqual(['', ...SUPPORTED_LANGUAGES]);
    expect(props.helpdeskLanguage!.enum).toEqual(['', ...SUPPORTED_LANGUAGES]);
  });
});
