/**
 * Friendly validation of the editors' YAML files: every problem comes back
 * as data, naming the file, the line and the column of the offending value
 * and saying what to write instead. Nothing here throws on bad input.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';

export interface ContentProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/** What a type is called in a message. */
const KINDS: Record<string, string> = { string: 'a text', number: 'a number', boolean: 'true or false', object: 'a map of keys', array: 'a list', date: 'a date' };

function describe(issue: z.core.$ZodIssue, allowed: string[]): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'invalid_union') {
    // A value that may be written two ways (a text, or {value, editorial, note}):
    // the way it was written, if it matches one's type; else both ways.
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const typed = branches.find((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (typed) return describe({ ...typed[0]!, path: [...issue.path, ...typed[0]!.path] } as z.core.$ZodIssue, allowed);
    const kinds = branches.map((branch) => (branch[0]?.code === 'invalid_type' ? KINDS[branch[0].expected] ?? branch[0].expected : 'another form'));
    const form = kinds.map((kind) => (kind === KINDS['object'] ? 'a map of keys (value, editorial, note)' : kind));
    return `${where}: expected ${[...new Set(form)].join(', or ')}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown key ${keys}${issue.path.length ? ` in ${where}` : ''}; allowed keys: ${allowed.join(', ') || '(none)'}`;
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === 'undefined') return `${where} is missing`;
    return `${where}: expected ${KINDS[issue.expected] ?? issue.expected}${received ? `, not ${KINDS[received] ?? received}` : ''}`;
  }
  return `${where}: ${issue.message}`;
}

/** Parse YAML text and validate it with a zod schema. */
export function validateYaml<S extends z.ZodType>(schema: S, text: string, path: string): Validated<z.infer<S>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const point = lineCounter.linePos(error.pos[0]);
        return { path, line: point.line, column: point.col, message: `invalid YAML: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  // Aliases expand: a few lines can name billions of nodes. Few are allowed.
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let at = 0;
    visit(document, {
      Alias(_, node) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const point = lineCounter.linePos(at);
    return { ok: false, problems: [{ path, line: point.line, column: point.col, message: `invalid YAML: its aliases (*name) expand too far (${(error as Error).message.split('\n')[0]}); write the values out instead` }] };
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // Point at the deepest node of the issue's path that exists in the file.
      let node: unknown ;
      for (let depth = issue.path.length; depth >= 0 && !node; depth--) {
        node = depth === 0 ? document.contents : document.getIn(issue.path.slice(0, depth) as Array<string | number>, true);
      }
      let range = (node as { range?: [number, number, number] } | undefined)?.range;
      // An unknown key: point at the key itself.
      const container = issue.path.length > 0 ? document.getIn(issue.path as Array<string | number>, true) : document.contents;
      if (issue.code === 'unrecognized_keys' && isMap(container)) {
        const pair = container.items.find((item) => isScalar(item.key) && issue.keys.includes(String(item.key.value)));
        if (pair && isScalar(pair.key) && pair.key.range) range = pair.key.range;
      }
      const point = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
      const allowed = shapeKeys(schema, issue.path);
      return { path, line: point.line, column: point.col, message: describe(issue, allowed) };
    }),
  };
}

/** The keys a strict object schema allows at a path (best effort, for messages). */
function shapeKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown>; innerType?: unknown } }).def;
    if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else if (def?.shape && typeof key === 'string') current = def.shape[key];
    else if (def?.innerType) current = def.innerType;
    else return [];
    current = unwrap(current);
  }
  const shape = (unwrap(current) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'default' || current.def.type === 'nullable') && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current;
}

/** Format a problem as `file:line:column: error: message`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path}:${problem.line}:${problem.column}: error: ${problem.message}`;
}
