// Settings from the environment, declared as TypeBox schemas (one property per variable) and read by one
// parser for the operator and the API. It reports every problem at once, each naming the variable, what is
// wrong and a value that would do, so a deployment is fixed in one round rather than one variable a start.
//
// Values are trimmed, and a blank one counts as unset. Whole numbers, true/false and comma-separated lists
// are coerced from the schema's type; anything with structure (JSON, host:port, keys) is a `Setting.custom`
// whose decoder throws a ConfigError that says what is wrong.

import {
  type Static,
  type TObject,
  type TProperties,
  type TSchema,
  type TUnsafe,
  Type,
} from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Each problem on its own, naming its variable. */
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(
      list.length === 1 ? (list[0] ?? '') : `${list.length} settings need fixing:\n- ${list.join('\n- ')}`,
    );
    this.problems = list;
  }
}

/** Turns a variable's (trimmed, non-blank) text into its value; throws a ConfigError saying what is wrong. */
export type Decode<T> = (raw: string, name: string) => T;

interface SettingOptions {
  description?: string;
  /** A value that would be accepted, shown in the problem report; the default when there is one. */
  example?: string;
}

/** What the parser reads off a property's schema besides its type. */
interface SettingSchema {
  type?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  anyOf?: Array<{ const?: unknown }>;
  examples?: unknown[];
  decode?: Decode<unknown>;
  /** For a custom setting: the text its default is decoded from. */
  defaultText?: string;
}

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

const examples = (options: SettingOptions, fallback: unknown) => {
  const example = options.example ?? (fallback === undefined ? undefined : String(fallback));
  return example === undefined ? {} : { examples: [example] };
};

/** Builders for the properties of a settings schema. Wrap one in `Type.Optional` when it has no default. */
export const Setting = {
  string(options: SettingOptions & { default?: string } = {}) {
    const { example, ...rest } = options;
    return Type.String({ ...rest, ...examples(options, options.default) });
  },

  /** One of a few words, e.g. `inline` or `job`. */
  oneOf<const T extends readonly string[]>(
    values: T,
    options: SettingOptions & { default?: T[number] } = {},
  ) {
    const { example, ...rest } = options;
    return Type.Union(
      values.map((value) => Type.Literal(value)),
      { ...rest, ...examples(options, options.default ?? values[0]) },
    ) as TUnsafe<T[number]>;
  },

  /** Digits only: no sign, no decimals, no exponent. */
  integer(options: SettingOptions & { default?: number; minimum?: number; maximum?: number } = {}) {
    const { example, minimum = 0, ...rest } = options;
    return Type.Integer({ ...rest, minimum, ...examples(options, options.default ?? minimum) });
  },

  /** 1/true/yes/on or 0/false/no/off, in any case. */
  boolean(options: SettingOptions & { default?: boolean } = {}) {
    const { example, ...rest } = options;
    return Type.Boolean({ ...rest, ...examples(options, options.default ?? true) });
  },

  /** Comma-separated; blank items dropped; unset: none. */
  list(options: SettingOptions = {}) {
    const { example, ...rest } = options;
    return Type.Array(Type.String(), { ...rest, default: [], ...examples(options, undefined) });
  },

  /**
   * Anything with structure. `default` is text, decoded like a value that was set. The parser never quotes
   * the value (it may be a key); the decoder decides what to show.
   */
  custom<T>(decode: Decode<T>, options: SettingOptions & { example: string; default?: string }) {
    const { example, default: defaultText, ...rest } = options;
    return Type.Unsafe<T>({
      ...rest,
      decode,
      examples: [example],
      ...(defaultText === undefined ? {} : { defaultText }),
    });
  },

  /** JSON matching `schema`, with `check` for what a schema cannot say (two keys with one id). */
  json<T extends TSchema>(
    schema: T,
    options: SettingOptions & { example: string; check?: (value: Static<T>) => string | undefined },
  ) {
    const decode: Decode<Static<T>> = (raw, name) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new ConfigError(`${name} must be JSON`);
      }
      // The first error at each path says it; the rest repeat it in other words.
      const errors = new Map<string, string>();
      for (const error of Value.Errors(schema, parsed)) {
        const path = error.path.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
        if (!errors.has(path)) errors.set(path, `${name}${path}: ${error.message}`);
      }
      if (errors.size > 0) throw new ConfigError([...errors.values()].join('; '));
      const problem = options.check?.(parsed as Static<T>);
      if (problem) throw new ConfigError(`${name} ${problem}`);
      return parsed as Static<T>;
    };
    return Setting.custom(decode, options);
  },
};

const shown = (raw: string) => (raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);

function decodeSetting(name: string, schema: SettingSchema, raw: string): unknown {
  if (schema.decode) return schema.decode(raw, name);
  const wrong = (expected: string) => new ConfigError(`${name} must be ${expected} (got "${shown(raw)}")`);
  if (schema.type === 'integer') {
    const minimum = schema.minimum ?? 0;
    if (!/^\d+$/.test(raw) || !Value.Check(schema as TSchema, Number(raw))) {
      throw wrong(
        schema.maximum === undefined
          ? `a whole number of at least ${minimum}`
          : `a whole number from ${minimum} to ${schema.maximum}`,
      );
    }
    return Number(raw);
  }
  if (schema.type === 'boolean') {
    if (TRUE.includes(raw.toLowerCase())) return true;
    if (FALSE.includes(raw.toLowerCase())) return false;
    throw wrong('true or false');
  }
  if (schema.type === 'array') {
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  if (schema.anyOf) {
    const words = schema.anyOf.map((option) => String(option.const));
    if (!words.includes(raw)) throw wrong(`one of ${words.join(', ')}`);
    return raw;
  }
  if (!Value.Check(schema as TSchema, raw))
    throw wrong(schema.examples ? `like ${schema.examples[0]}` : 'text');
  return raw;
}

/**
 * Reads every variable `schema` declares from `env`. `values` holds what could be read (defaults included);
 * `problems` says what could not, one line per variable.
 */
export function parseEnv<T extends TProperties>(
  schema: TObject<T>,
  env: Env,
): { values: Partial<Static<TObject<T>>>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const setting = property as SettingSchema;
    const text = env[name]?.trim();
    const raw = text === '' ? undefined : text;
    try {
      if (raw !== undefined) values[name] = decodeSetting(name, setting, raw);
      else if (setting.defaultText !== undefined)
        values[name] = decodeSetting(name, setting, setting.defaultText);
      else if (setting.default !== undefined) values[name] = Value.Clone(setting.default);
    } catch (error) {
      const message = (error as Error).message;
      const example = setting.examples?.[0];
      problems.push(
        `${message.startsWith(name) ? message : `${name}: ${message}`}${example === undefined ? '' : `; for example ${name}=${example}`}`,
      );
    }
  }
  return { values: values as Partial<Static<TObject<T>>>, problems };
}

/** Like parseEnv, but throws one ConfigError listing every problem. */
export function readEnv<T extends TProperties>(schema: TObject<T>, env: Env): Static<TObject<T>> {
  const { values, problems } = parseEnv(schema, env);
  if (problems.length > 0) throw new ConfigError(problems);
  return values as Static<TObject<T>>;
}

/** `host:port`, `:port` (every interface) or a bare port; `[::1]:80` for IPv6. */
export function parseListenAddress(value: string): { host: string; port: number } {
  const match = /^(?:(.*):)?(\d+)$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match || port > 65535) {
    throw new ConfigError(`'${value}' is not a listen address; use host:port such as 127.0.0.1:8080`);
  }
  const host = match[1] ?? '';
  return { host: host === '' ? '0.0.0.0' : host.replace(/^\[(.*)\]$/, '$1'), port };
}
