import { fitsTemplate, normalizePathTemplate } from '../path-template.js';

/**
 * Method + path with parameter names and case ignored: `{id}` and `{user-id}` name the same slot
 * (`/users/{id}/messages` on message-get.md, `/users/{user-id}/messages` on another page).
 */
export function operationIdentity(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}').toLowerCase()}`;
}

/** True when a concrete example path fits a path template (`{x}` matches any one segment; user-get.md's `/users/{id}`). */
export function pathFitsTemplate(path: string, template: string): boolean {
  return fitsTemplate(path, normalizePathTemplate(template));
}
