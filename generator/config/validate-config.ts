import type { Node, ParseError } from 'jsonc-parser';
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { DiagnosticCode } from '../model/index.js';
import { DIAGNOSTIC_CATALOG } from '../model/index.js';
import type { EmitterName } from '../pipeline.js';
import { EMITTER_NAMES } from '../pipeline.js';
import { closestName } from './closest-name.js';
import type { ConfigProblem, Md2tsConfig, SeveritySetting } from './config.js';
import { SEVERITY_SETTINGS } from './config.js';
import { isValidPackageName, isValidVersion } from './npm-names.js';

export type ConfigResult = { readonly ok: true; readonly config: Md2tsConfig } | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Collects problems with their line and column, found from the JSON tree's offsets. */
class Problems {
  readonly list: ConfigProblem[] = [];
  private readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }
  add(offset: number, keyPath: string, message: string): undefined {
    let line = 0;
    while (line + 1 < this.lineStarts.length && (this.lineStarts[line + 1] ?? Infinity) <= offset) line++;
    this.list.push({ line: line + 1, column: offset - (this.lineStarts[line] ?? 0) + 1, keyPath, message });
    return undefined;
  }
}

/** How a wrong value is named back to its writer: `the number 3`, `an array`, `"fatal"`. */
function described(node: Node): string {
  switch (node.type) {
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
    case 'boolean':
      return `the ${node.type} ${String(node.value)}`;
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    default:
      return 'an object';
  }
}

const oneOf = (names: readonly string[]): string => `one of ${names.map((n) => JSON.stringify(n)).join(', ')}`;
const didYouMean = (written: string, known: readonly string[]): string => {
  const near = closestName(written, known);
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
};

function readString(node: Node, path: string, problems: Problems, expected: string, valid: (s: string) => boolean): string | undefined {
  if (node.type !== 'string' || !valid(node.value as string)) return problems.add(node.offset, path, `expected ${expected}, got ${described(node)}`);
  return node.value as string;
}

function readBoolean(node: Node, path: string, problems: Problems): boolean | undefined {
  if (node.type !== 'boolean') return problems.add(node.offset, path, `expected true or false, got ${described(node)}`);
  return node.value as boolean;
}

/** Each element once, each a known emitter; `validators` and `operations` need `models`, whose types they import. */
function readEmitters(node: Node, problems: Problems): EmitterName[] | undefined {
  const expected = `a non-empty array of emitter names, each ${oneOf(EMITTER_NAMES)}`;
  if (node.type !== 'array' || (node.children ?? []).length === 0) return problems.add(node.offset, 'emitters', `expected ${expected}, got ${node.type === 'array' ? 'an empty array' : described(node)}`);
  const names: EmitterName[] = [];
  (node.children ?? []).forEach((child, i) => {
    const name = child.type === 'string' ? (child.value as string) : undefined;
    if (name === undefined || !(EMITTER_NAMES as readonly string[]).includes(name)) {
      problems.add(child.offset, `emitters[${i}]`, `expected ${oneOf(EMITTER_NAMES)}, got ${described(child)}${name === undefined ? '' : didYouMean(name, EMITTER_NAMES)}`);
    } else if (names.includes(name as EmitterName)) problems.add(child.offset, `emitters[${i}]`, `"${name}" is listed twice`);
    else names.push(name as EmitterName);
  });
  const needy = names.filter((n) => n === 'validators' || n === 'operations');
  if (needy.length > 0 && !names.includes('models')) problems.add(node.offset, 'emitters', `${needy.join(' and ')} import the types "models" emits: add "models"`);
  return names;
}

function readSeverity(node: Node, problems: Problems): Partial<Record<DiagnosticCode, SeveritySetting>> | undefined {
  if (node.type !== 'object') return problems.add(node.offset, 'severity', `expected an object of diagnostic code → ${oneOf(SEVERITY_SETTINGS)}, got ${described(node)}`);
  const codes = Object.keys(DIAGNOSTIC_CATALOG);
  const result: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    const code = key.value as string;
    const path = `severity.${code}`;
    if (!codes.includes(code)) {
      problems.add(key.offset, path, `unknown diagnostic code${didYouMean(code, codes)}; the codes are listed in md2ts generate --help`);
      continue;
    }
    const setting = readString(value, path, problems, oneOf(SEVERITY_SETTINGS), (s) => (SEVERITY_SETTINGS as readonly string[]).includes(s));
    if (setting !== undefined) result[code as DiagnosticCode] = setting as SeveritySetting;
  }
  return result;
}

type Reader = (node: Node, problems: Problems) => unknown;

const nonEmpty = (s: string): boolean => s.trim() !== '';

/** The keys a config may hold, each with its reader: adding a key is adding a row. */
const KEYS: Readonly<Record<string, Reader>> = {
  $schema: (node, problems) => readString(node, '$schema', problems, 'a string (a JSON schema URL, for editors)', () => true),
  input: (node, problems) => readString(node, 'input', problems, 'a folder path (a non-empty string)', nonEmpty),
  out: (node, problems) => readString(node, 'out', problems, 'a folder path (a non-empty string)', nonEmpty),
  packageName: (node, problems) => readString(node, 'packageName', problems, 'an npm package name (lower case, URL-safe, optionally @scope/name)', isValidPackageName),
  packageVersion: (node, problems) => readString(node, 'packageVersion', problems, 'a SemVer version such as "1.2.0"', isValidVersion),
  emitters: readEmitters,
  validateExamples: (node, problems) => readBoolean(node, 'validateExamples', problems),
  severity: readSeverity,
};

/**
 * Reads `md2ts.config.json`: strict JSON, an object of the keys above. Every problem is
 * reported (not only the first), each with its line, column and key path.
 */
export function validateConfig(text: string): ConfigResult {
  const problems = new Problems(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  for (const error of errors) problems.add(error.offset, '', `not valid JSON: ${printParseErrorCode(error.error)}`);
  if (errors.length > 0 || root === undefined) return { ok: false, problems: problems.list.length > 0 ? problems.list : [{ line: 1, column: 1, keyPath: '', message: 'file is empty: expected a JSON object' }] };
  if (root.type !== 'object') return { ok: false, problems: [{ line: 1, column: 1, keyPath: '', message: `expected a JSON object of settings, got ${described(root)}` }] };

  const config: Record<string, unknown> = {};
  const known = Object.keys(KEYS);
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    const name = key.value as string;
    const reader = Object.hasOwn(KEYS, name) ? KEYS[name] : undefined;
    if (reader === undefined) problems.add(key.offset, name, `unknown key${didYouMean(name, known)}; expected ${oneOf(known.filter((k) => k !== '$schema'))}`);
    else if (Object.hasOwn(config, name)) problems.add(key.offset, name, 'key given twice');
    else config[name] = reader(value, problems);
  }
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  delete config['$schema'];
  return { ok: true, config: config as Md2tsConfig };
}
