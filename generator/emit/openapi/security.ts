import type { Operation, Permission, PermissionScheme } from '../../model/index.js';
import { assertNever } from '../../model/index.js';
import { sortedRecord, type Schema } from './schema.js';

/** The two ways an app gets a Graph token: on behalf of a user, or as itself. */
export type SecuritySchemeName = 'delegated' | 'application';

const AUTHORITY = 'https://login.microsoftonline.com/common/oauth2/v2.0';

/** Both delegated columns of a permissions table (work and personal accounts) are the user flow. */
export function securitySchemeOf(scheme: PermissionScheme): SecuritySchemeName {
  switch (scheme) {
    case 'delegated-work':
    case 'delegated-personal':
      return 'delegated';
    case 'application':
      return 'application';
    default:
      return assertNever(scheme, 'permission scheme');
  }
}

function usableScopes(permissions: readonly Permission[], name: SecuritySchemeName): string[] {
  const scopes = new Set<string>();
  for (const permission of permissions) if (!permission.notSupported && securitySchemeOf(permission.scheme) === name) for (const scope of permission.scopes) scopes.add(scope);
  return [...scopes];
}

/**
 * An operation's permissions table as security requirements. The table lists scopes from
 * least to most privileged and any one of them is enough, so each is its own alternative.
 */
export function operationSecurity(operation: Operation): Record<string, string[]>[] {
  const names: SecuritySchemeName[] = ['delegated', 'application'];
  return names.flatMap((name) => usableScopes(operation.permissions, name).map((scope) => ({ [name]: [scope] })));
}

/** The OAuth 2 schemes with every scope any operation asks for, sorted. */
export function securitySchemes(operations: readonly Operation[]): Record<SecuritySchemeName, Schema> {
  const scopes = (name: SecuritySchemeName): Record<string, string> => {
    const all = new Set<string>();
    for (const operation of operations) for (const scope of usableScopes(operation.permissions, name)) all.add(scope);
    return sortedRecord([...all].map((scope) => [scope, scope] as const));
  };
  return {
    delegated: {
      type: 'oauth2',
      description: 'Delegated permissions: the app acts for a signed-in user.',
      flows: { authorizationCode: { authorizationUrl: `${AUTHORITY}/authorize`, tokenUrl: `${AUTHORITY}/token`, scopes: scopes('delegated') } },
    },
    application: {
      type: 'oauth2',
      description: 'Application permissions: the app acts as itself, without a user.',
      flows: { clientCredentials: { tokenUrl: `${AUTHORITY}/token`, scopes: scopes('application') } },
    },
  };
}
