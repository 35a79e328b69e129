import type { PageFacts, Permission, PermissionScheme } from '../../model/index.js';

const SCHEMES: readonly PermissionScheme[] = ['delegated-work', 'delegated-personal', 'application'];

/**
 * The permissions of an operation documented on several pages, one entry per scheme with the
 * union of scopes (the seeds' two permissions tables); "Not supported." only when no page names a scope.
 * Loops, not flatMap and filter: it runs for each of the ~3,000 operations of the v1.0 pages on every run.
 */
export function mergePermissions(pages: readonly PageFacts[]): Permission[] {
  const merged: Permission[] = [];
  for (const scheme of SCHEMES) {
    let documented = false;
    let notSupported = false;
    const scopes = new Set<string>();
    for (const page of pages)
      for (const permission of page.operation?.permissions ?? []) {
        if (permission.scheme !== scheme) continue;
        documented = true;
        notSupported ||= permission.notSupported;
        for (const scope of permission.scopes) scopes.add(scope);
      }
    if (documented) merged.push({ scheme, scopes: [...scopes], notSupported: scopes.size === 0 && notSupported });
  }
  return merged;
}
