/** The value at a path in the form `a.b[0]["odd key"]` (model/json-path.ts), or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  const steps = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (let match = steps.exec(path); match !== null; match = steps.exec(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3] ?? '""') as string));
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
