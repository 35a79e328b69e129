import { safeIdentifier, splitWords } from './identifiers.js';

function pascalWords(text: string): string {
  return splitWords(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * The request function's name, from method and path template (the README's rule):
 * the lower-case HTTP method, then each path segment in PascalCase, a `{param}` segment
 * as `By` + the parameter, a function call's arguments dropped, `$ref`/`$value`/`$count`
 * as `Ref`/`Value`/`Count`. `POST /deviceManagement/importedDeviceIdentities` →
 * `postDeviceManagementImportedDeviceIdentities`; `GET /users/{id}/messages` → `getUsersByIdMessages`.
 */
export function operationFunctionName(method: string, path: string): string {
  const parts: string[] = [method.toLowerCase()];
  for (const segment of path.split('/').filter((s) => s.length > 0)) {
    const call = /^([^(]*)\((.*)\)$/.exec(segment);
    const head = call ? (call[1] ?? '') : segment;
    const keyOnly = /^\{([^}]*)\}$/.exec(head);
    if (keyOnly) {
      parts.push(`By${pascalWords(keyOnly[1] ?? '')}`);
      continue;
    }
    parts.push(pascalWords(head));
    // `items('{id}')` / `items({id})`: a key in parentheses reads like a key segment.
    const key = call ? /^'?\{([^}]*)\}'?$/.exec(call[2] ?? '') : null;
    if (key) parts.push(`By${pascalWords(key[1] ?? '')}`);
  }
  return safeIdentifier(parts.join(''));
}
