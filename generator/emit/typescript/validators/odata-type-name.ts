import type { TypeId } from '../../../model/index.js';

/**
 * The form of a type id that validators switch on, matching `__odataTypeName` in
 * `validator-internal.ts.hbs`: the root namespace dropped (`microsoft.graph.user` → `user`,
 * `microsoft.graph.callRecords.session` → `callRecords.session`), so `@odata.type` may be
 * written with or without it, and with or without `#`.
 */
export function odataTypeName(id: TypeId, rootNamespace: string): string {
  const prefix = rootPrefix(rootNamespace);
  return prefix !== '' && id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

/** `microsoft.graph.` for the root namespace `microsoft.graph`; nothing for an empty model. */
export function rootPrefix(rootNamespace: string): string {
  return rootNamespace === '' ? '' : `${rootNamespace}.`;
}
