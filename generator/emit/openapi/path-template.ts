/** `{name}` placeholders of a path template, as written, in order (repeats included). */
export function placeholderNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}

/** The path with every placeholder emptied: paths equal here are one path to OpenAPI. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}');
}

/** Puts names into the placeholders of a path, in order. */
export function withPlaceholderNames(path: string, names: readonly string[]): string {
  let i = 0;
  return path.replace(/\{[^}]+\}/g, (whole) => `{${names[i++] ?? whole.slice(1, -1)}}`);
}

/**
 * Gives a repeated placeholder name a number, since OpenAPI ties each placeholder to one
 * parameter: the docs' `/groups/{id}/threads/{id}/posts/{id}` (`post-get.md`) names three
 * different ids alike → `{id}`, `{id2}`, `{id3}`. Paths without placeholders gain a leading `/`
 * if they lack one.
 */
export function uniquePlaceholders(path: string): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const taken = new Set<string>();
  const names = placeholderNames(rooted).map((wanted) => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
    taken.add(name);
    return name;
  });
  return withPlaceholderNames(rooted, names);
}
