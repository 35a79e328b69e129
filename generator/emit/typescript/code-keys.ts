import { createHash } from 'node:crypto';

/** Declarations of emitted code, as far as keying them goes: their text and the names it calls. */
export interface KeyedFragment {
  readonly text: string;
  /**
   * Names it uses that other fragments bind (`FileImports.valuesFrom` their modules). A value it
   * takes from code outside the fragments and `shared` goes in as a name no fragment declares
   * (`unkeyedName`), so the fragment gets no key.
   */
  readonly uses: ReadonlySet<string>;
}

/** A use no fragment can declare (declared names are identifiers): code that is in no key. */
export const unkeyedName = (file: string, name: string): string => `${file}#${name}`;

/** What a top-level declaration of emitted code binds: `function f`, `export const g`, `class C`… */
const DECLARED = /^(?:export\s+)?(?:(?:async\s+)?function\*?|const|let|var|class)\s+([\w$]+)/gm;

/** The names a fragment's text binds at its top level (its lines that start a declaration). */
export function declaredNames(text: string): string[] {
  return [...text.matchAll(DECLARED)].map((match) => match[1] as string);
}

const sha = (parts: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
};

/** What `codeKeys` reads off one fragment's text: the names it declares, and its hash. */
export interface FragmentFacts {
  readonly declared: readonly string[];
  readonly hash: string;
}

/** A fragment's `FragmentFacts`; a watch session remembers them per unchanged fragment (`EmitMemo`). */
export function fragmentFacts(fragment: KeyedFragment): FragmentFacts {
  return { declared: declaredNames(fragment.text), hash: sha([fragment.text]) };
}

/**
 * A key per name the fragments declare, that changes when the code a call of it can run
 * changes: its fragment, every fragment that one reaches through the module's own names, and
 * `shared` (what the module imports, say). Keys are Merkle hashes over the strongly connected
 * components of the reference graph (checkers call each other in cycles), so keying costs one
 * hash per fragment however deep the calls go.
 *
 * A name used but declared by no fragment, or declared by two, makes every fragment that
 * reaches it keyless (absent from the result): callers then key on the whole module, never on
 * a guess.
 */
export function codeKeys(fragments: readonly KeyedFragment[], shared: string, factsOf: (fragment: KeyedFragment) => FragmentFacts = fragmentFacts): Map<string, string> {
  // Called with the fragment alone: a remembered `factsOf` compares every argument it is given.
  const facts = fragments.map((fragment) => factsOf(fragment));
  const owner = new Map<string, number>();
  // A name two fragments declare (the module would not load): neither, nor their callers, is keyed.
  const twice = new Set<number>();
  facts.forEach(({ declared }, index) => {
    for (const name of declared) {
      const first = owner.get(name);
      if (first !== undefined && first !== index) twice.add(first).add(index);
      owner.set(name, index);
    }
  });
  // -1: an edge to nowhere, for a name no fragment declares, or on a fragment that declares one twice.
  const edges = fragments.map((fragment, index) => {
    const out = [...fragment.uses].map((name) => owner.get(name) ?? -1);
    if (twice.has(index)) out.push(-1);
    return out;
  });
  const own = facts.map(({ hash }) => hash);
  // Hashed once: every component's key holds it.
  const keys = componentKeys(edges, own, sha([shared]));
  const result = new Map<string, string>();
  for (const [name, index] of owner) {
    const key = keys[index];
    if (key !== undefined) result.set(name, key);
  }
  return result;
}

/**
 * Each node's key: the hash of its component's own hashes and of the keys of the components it
 * points to, or undefined when it reaches an edge to nowhere (-1). Tarjan's algorithm, iterative
 * (a chain of thousands of checkers would overflow the stack), gives components in reverse
 * topological order: every successor component is keyed first.
 */
function componentKeys(edges: readonly (readonly number[])[], own: readonly string[], sharedKey: string): (string | undefined)[] {
  const count = edges.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const componentOf = new Array<number>(count).fill(-1);
  const componentKey: (string | undefined)[] = [];
  const stack: number[] = [];
  let next = 0;

  const close = (root: number): void => {
    const members: number[] = [];
    let member: number;
    do {
      member = stack.pop() as number;
      onStack[member] = false;
      members.push(member);
    } while (member !== root);
    const component = componentKey.length;
    for (const m of members) componentOf[m] = component;
    let broken = false;
    const successors = new Set<string>();
    for (const m of members)
      for (const to of edges[m] ?? []) {
        if (to < 0) broken = true;
        else if (componentOf[to] !== component) {
          const key = componentKey[componentOf[to] as number];
          if (key === undefined) broken = true;
          else successors.add(key);
        }
      }
    componentKey.push(broken ? undefined : sha([sharedKey, ...members.map((m) => own[m] as string).sort(), '->', ...[...successors].sort()]));
  };

  for (let start = 0; start < count; start++) {
    if (index[start] !== -1) continue;
    // Each frame: a node and how many of its edges are done.
    const frames: [number, number][] = [[start, 0]];
    index[start] = low[start] = next++;
    stack.push(start);
    onStack[start] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, done] = frame;
      const out = edges[node] ?? [];
      if (done < out.length) {
        frame[1]++;
        const to = out[done] as number;
        if (to < 0) continue;
        if (index[to] === -1) {
          index[to] = low[to] = next++;
          stack.push(to);
          onStack[to] = true;
          frames.push([to, 0]);
        } else if (onStack[to]) low[node] = Math.min(low[node] as number, index[to] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] === index[node]) close(node);
    }
  }
  return componentOf.map((component) => componentKey[component]);
}
