import type { ApiChange } from './api-change.js';
import type { ApiSurface, SurfaceOperation } from './api-surface.js';

const listed = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

function responsesText(responses: ReadonlyMap<string, string>): string {
  return [...responses].map(([status, body]) => `${status} ${body}`).join('; ');
}

/** How one operation changed. Anything that changes its request function's name or types is breaking. */
function diffOperation(was: SurfaceOperation, now: SurfaceOperation): ApiChange[] {
  const subject = now.key;
  const changes: ApiChange[] = [];
  const add = (kind: ApiChange['kind'], impact: ApiChange['impact'], message: string): void => void changes.push({ kind, impact, subject, message });
  if (was.operationId !== now.operationId) add('operation-renamed', 'breaking', `${subject}: request function renamed ${was.operationId ?? '(none)'} → ${now.operationId ?? '(none)'}`);
  if (was.parameters.join() !== now.parameters.join()) add('parameters-changed', 'breaking', `${subject}: parameters changed: ${listed(was.parameters)} → ${listed(now.parameters)}`);
  if (was.requestBody !== now.requestBody) add('request-body-changed', 'breaking', `${subject}: request body changed: ${was.requestBody ?? 'none'} → ${now.requestBody ?? 'none'}`);
  if (responsesText(was.responses) !== responsesText(now.responses)) add('response-changed', 'breaking', `${subject}: response changed: ${responsesText(was.responses)} → ${responsesText(now.responses)}`);
  if (was.permissions !== now.permissions) add('permissions-changed', 'patch', `${subject}: documented permissions changed`);
  if (was.summary !== now.summary || was.description !== now.description) add('description-changed', 'patch', `${subject}: summary or description changed`);
  return changes;
}

/** Operations added, removed and changed, matched by method and path shape. */
export function diffOperations(before: ApiSurface, after: ApiSurface): ApiChange[] {
  const changes: ApiChange[] = [];
  for (const [key, was] of before.operations) {
    const now = after.operations.get(key);
    if (now === undefined) changes.push({ kind: 'operation-removed', impact: 'breaking', subject: key, message: `operation ${key} removed${was.operationId === undefined ? '' : ` (${was.operationId})`}` });
    else changes.push(...diffOperation(was, now));
  }
  for (const [key, now] of after.operations) {
    if (!before.operations.has(key)) changes.push({ kind: 'operation-added', impact: 'minor', subject: key, message: `operation ${key} added${now.operationId === undefined ? '' : ` (${now.operationId})`}` });
  }
  return changes;
}
