import { safeIdentifier, splitWords } from './identifiers.js';

function pascalWords(text: string): string {
  return splitWords(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * A key placeholder as a name part: `By` + its first alternative (`{id | userPrincipalName}` →
 * `id`), shortened to `ById` when that names an id (`{user-id}`, `{accessReviewInstanceId}`):
 * the path's segments already say whose id it is, and the docs name one slot many ways.
 */
function keyPart(placeholder: string): string {
  const first = (placeholder.split('|')[0] ?? '').trim();
  return /^id$|[-_ ]id$/i.test(first) || /[a-z0-9]Id$/.test(first) ? 'ById' : `By${pascalWords(first)}`;
}

/**
 * The request function's name, from method and path template. The rule (README, "Naming
 * rules"): the lower-case HTTP method, then each path segment in PascalCase; a key segment
 * (`{id}`, `('{id}')`) as `By` + the key, `ById` for any id; a function's arguments dropped
 * (`getEmailActivityUserDetail(period='{period}')` → `GetEmailActivityUserDetail`); a
 * `microsoft.graph.` prefix dropped; `$ref`/`$value`/`$count` as `Ref`/`Value`/`Count`.
 * `POST /deviceManagement/importedDeviceIdentities` → `postDeviceManagementImportedDeviceIdentities`;
 * `GET /users/{id | userPrincipalName}/messages` → `getUsersByIdMessages`. A name already taken
 * (case-insensitively, in operation-id order) gets a numeric suffix: `…2`.
 */
export function operationFunctionName(method: string, path: string): string {
  const parts: string[] = [method.toLowerCase()];
  for (const raw of path.split('/').filter((s) => s.length > 0)) {
    const segment = raw.replace(/^microsoft\.graph\./i, '').replace(/:$/, '');
    const call = /^([^(]*)\((.*)\)$/.exec(segment);
    const head = call ? (call[1] ?? '') : segment;
    const keyOnly = /^\{([^}]*)\}$/.exec(head);
    if (keyOnly) {
      parts.push(keyPart(keyOnly[1] ?? ''));
      continue;
    }
    parts.push(pascalWords(head));
    // `items('{id}')` / `items({id})`: a key in parentheses reads like a key segment.
    const key = call ? /^'?\{([^}]*)\}'?$/.exec(call[2] ?? '') : null;
    if (key) parts.push(keyPart(key[1] ?? ''));
  }
  return safeIdentifier(parts.join(''));
}
