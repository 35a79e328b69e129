import type { Operation, Permission, PermissionScheme } from '../../../model/index.js';
import { assertNever } from '../../../model/index.js';

/** The column headings of the docs' permissions table, which readers already know. */
export function permissionSchemeLabel(scheme: PermissionScheme): string {
  switch (scheme) {
    case 'delegated-work':
      return 'Delegated (work or school account)';
    case 'delegated-personal':
      return 'Delegated (personal Microsoft account)';
    case 'application':
      return 'Application';
    default:
      return assertNever(scheme, 'permission scheme');
  }
}

function permissionLine(permission: Permission): string {
  const scopes = permission.notSupported ? 'not supported' : permission.scopes.length > 0 ? permission.scopes.join(', ') : 'none documented';
  return `- ${permissionSchemeLabel(permission.scheme)}: ${scopes}`;
}

/**
 * The doc comment of a request function, as lines: what the API page says (title, summary),
 * the request line, the permissions table, and the page it came from, so a reader can go
 * back to the source (e.g. `create-importeddeviceidentity.md:30`).
 */
export function operationDocLines(operation: Operation): string[] {
  const requestLine = `\`${operation.method} ${operation.path}\``;
  const paragraphs: string[][] = [];
  const title = operation.title?.trim();
  if (title !== undefined && title !== '') paragraphs.push([title]);
  const description = operation.meta.description?.trim();
  if (description !== undefined && description !== '' && description !== title) paragraphs.push([description]);
  paragraphs.push([requestLine]);
  if (operation.permissions.length > 0) paragraphs.push(['Permissions:', ...operation.permissions.map(permissionLine)]);
  const source = operation.meta.sources[0];
  if (source !== undefined) paragraphs.push([`Source: ${source.file}:${source.line}`]);
  paragraphs.push(['@throws GraphRequestError when the service answers with an error status.']);
  return paragraphs.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}
