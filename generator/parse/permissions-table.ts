import type { Diagnostic, PermissionFact, PermissionScheme } from '../model/index.js';
import { diagnostic } from '../model/index.js';
import type { ReadTable } from './tables.js';
import { columnIndex } from './tables.js';

export interface PermissionsResult {
  readonly permissions: readonly PermissionFact[];
  readonly diagnostics: readonly Diagnostic[];
}

/** True for the `|Permission type|Permissions (from most to least privileged)|` table. */
export function isPermissionsTable(table: ReadTable): boolean {
  return columnIndex(table, /^permission type$/) >= 0;
}

function schemeOf(text: string): PermissionScheme | undefined {
  const lower = text.toLowerCase();
  if (lower.includes('personal')) return 'delegated-personal';
  if (lower.includes('delegated')) return 'delegated-work';
  if (lower.includes('application')) return 'application';
  return undefined;
}

/** A scope looks like `DeviceManagementServiceConfig.ReadWrite.All` or `User.Read`. */
const SCOPE = /^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+$/;

/**
 * Reads a permissions table. Cells that hold a placeholder instead of scopes
 * (`**TODO: Determine scopes **`, as in seed 000) are reported and yield no scopes.
 */
export function readPermissionsTable(file: string, table: ReadTable): PermissionsResult {
  const typeAt = columnIndex(table, /^permission type$/);
  const scopesAt = typeAt === 0 ? 1 : 0;
  const permissions: PermissionFact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of table.rows) {
    const scheme = schemeOf(row.cells[typeAt]?.text ?? '');
    const cell = row.cells[scopesAt];
    if (!scheme || !cell) continue;
    const text = cell.text;
    const notSupported = /not supported|not available/i.test(text);
    const words = text.split(/[\s,;]+/).map((w) => w.replace(/^[*_]+|[*_.]+$/g, ''));
    const scopes = notSupported ? [] : words.filter((w) => SCOPE.test(w));
    if (!notSupported && (scopes.length === 0 || /\btodo\b|\btbd\b/i.test(text))) {
      diagnostics.push(diagnostic('permission-placeholder', { ...row.place, file }, { text, scheme: row.cells[typeAt]?.text ?? scheme }));
    }
    permissions.push({ scheme, scopes, notSupported, place: row.place });
  }
  return { permissions, diagnostics };
}
