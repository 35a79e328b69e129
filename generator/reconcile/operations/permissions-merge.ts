import type { PageFacts, Permission, PermissionScheme } from '../../model/index.js';

/**
 * The permissions of an operation documented on several pages, one entry per scheme with the
 * union of scopes (the seeds' two permissions tables); "Not supported." only when no page names a scope.
 */
export function mergePermissions(pages: readonly PageFacts[]): Permission[] {
  const schemes: PermissionScheme[] = ['delegated-work', 'delegated-personal', 'application'];
  return schemes.flatMap((scheme) => {
    const facts = pages.flatMap((page) => page.operation?.permissions ?? []).filter((p) => p.scheme === scheme);
    if (facts.length === 0) return [];
    const scopes = [...new Set(facts.flatMap((p) => p.scopes))];
    return [{ scheme, scopes, notSupported: scopes.length === 0 && facts.some((p) => p.notSupported) }];
  });
}
