/**
 * A very small schema library for the data the browser validates at run time (the learner's
 * progress, result files). It mirrors the subset of the `zod/mini` API those schemas use —
 * `z.string().check(z.maxLength(80), z.regex(…))`, `z.strictObject`, `z.record`, `z.optional`,
 * `z.infer<…>` — so the schema files read the same, but it weighs about 1 KB gzip instead of
 * zod/mini's 8 KB, which the quiz and lesson pages' JavaScript budgets cannot afford.
 *
 * It only validates: `safeParse` returns the input itself as `data` when it passes, and the
 * first problems found (path and message) when it does not. It never throws.
 */

export interface Issue {
  path: (string | number)[];
  message: string;
}

export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** A rule added with `.check(…)`: returns a message when the value breaks it. */
export interface Check {
  (value: unknown): string | undefined;
}

export interface Schema<T> {
  /** Phantom field carrying the output type; never set. */
  readonly _output?: T;
  /** Appends an issue for each problem found in `value`. */
  _run(value: unknown, path: (string | number)[], issues: Issue[]): void;
  safeParse(value: unknown): SafeParseResult<T>;
  check(...checks: Check[]): Schema<T>;
}

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly _optional: true;
}

type Infer<S> = S extends Schema<infer T> ? T : never;
/** The type a schema accepts, as `z.infer<typeof schema>`. */
export type { Infer as infer };

function make<T>(
  test: (value: unknown, path: (string | number)[], issues: Issue[]) => void,
  checks: Check[] = [],
): Schema<T> {
  const schema: Schema<T> = {
    _run(value, path, issues) {
      const before = issues.length;
      test(value, path, issues);
      if (issues.length > before) return;
      // The first broken rule is enough to say what is wrong with one value.
      for (const c of checks) {
        const message = c(value);
        if (message) return void issues.push({ path, message });
      }
    },
    safeParse(value) {
      const issues: Issue[] = [];
      schema._run(value, [], issues);
      return issues.length ? { success: false, error: { issues } } : { success: true, data: value as T };
    },
    check: (...more) => make<T>(test, [...checks, ...more]),
  };
  return schema;
}

const typed =
  <T>(ok: (v: unknown) => boolean, expected: string) =>
  () =>
    make<T>((v, path, issues) => {
      if (!ok(v)) issues.push({ path, message: `expected ${expected}` });
    });

export const string = typed<string>((v) => typeof v === 'string', 'text');
export const number = typed<number>((v) => typeof v === 'number' && Number.isFinite(v), 'a number');
export const int = typed<number>((v) => Number.isSafeInteger(v), 'a whole number');
export const boolean = typed<boolean>((v) => typeof v === 'boolean', 'true or false');

export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return make<T>((v, path, issues) => {
    if (v !== expected) issues.push({ path, message: `expected ${JSON.stringify(expected)}` });
  });
}

const size = (v: unknown) => (typeof v === 'string' || Array.isArray(v) ? v.length : NaN);
export const maxLength =
  (n: number): Check =>
  (v) =>
    size(v) > n ? `must be at most ${n} long` : undefined;
export const minLength =
  (n: number): Check =>
  (v) =>
    size(v) < n ? `must be at least ${n} long` : undefined;
export const minimum =
  (n: number): Check =>
  (v) =>
    typeof v === 'number' && v < n ? `must be at least ${n}` : undefined;
export const maximum =
  (n: number): Check =>
  (v) =>
    typeof v === 'number' && v > n ? `must be at most ${n}` : undefined;
export const regex =
  (re: RegExp, message = 'has the wrong format'): Check =>
  (v) =>
    typeof v === 'string' && !re.test(v) ? message : undefined;

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  const base = make<T | undefined>((v, path, issues) => {
    if (v !== undefined) inner._run(v, path, issues);
  });
  return { ...base, _optional: true };
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return make<T[]>((v, path, issues) => {
    if (!Array.isArray(v)) return void issues.push({ path, message: 'expected a list' });
    v.forEach((x, i) => item._run(x, [...path, i], issues));
  });
}

export function tuple<const S extends readonly Schema<unknown>[]>(items: S): Schema<{ [K in keyof S]: Infer<S[K]> }> {
  return make((v, path, issues) => {
    if (!Array.isArray(v) || v.length !== items.length) {
      return void issues.push({ path, message: `expected a list of ${items.length}` });
    }
    items.forEach((s, i) => s._run(v[i], [...path, i], issues));
  });
}

export function union<const S extends readonly Schema<unknown>[]>(options: S): Schema<Infer<S[number]>> {
  return make((v, path, issues) => {
    const ok = options.some((s) => {
      const found: Issue[] = [];
      s._run(v, path, found);
      return found.length === 0;
    });
    if (!ok) issues.push({ path, message: 'does not match any allowed form' });
  });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function record<V>(key: Schema<string>, value: Schema<V>): Schema<Record<string, V>> {
  return make((v, path, issues) => {
    if (!isPlainObject(v)) return void issues.push({ path, message: 'expected an object' });
    for (const k of Object.keys(v)) {
      key._run(k, [...path, k], issues);
      value._run(v[k], [...path, k], issues);
    }
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with exactly these keys: unknown keys (including `__proto__`) are rejected. */
export function strictObject<S extends Shape>(shape: S): Schema<ObjectOutput<S>> {
  return make((v, path, issues) => {
    if (!isPlainObject(v)) return void issues.push({ path, message: 'expected an object' });
    for (const k of Object.keys(v)) {
      if (!Object.prototype.hasOwnProperty.call(shape, k))
        issues.push({ path: [...path, k], message: 'is not allowed here' });
    }
    for (const k of Object.keys(shape)) {
      const s = shape[k] as Schema<unknown> & { _optional?: true };
      const present = Object.prototype.hasOwnProperty.call(v, k);
      if (!present && !s._optional) issues.push({ path: [...path, k], message: 'is missing' });
      else if (present) s._run(v[k], [...path, k], issues);
    }
  });
}
