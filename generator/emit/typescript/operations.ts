import type { ApiModel, Operation } from '../../model/index.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Names, OperationNames } from '../naming/assign-names.js';
import type { Render } from '../render/templates.js';
import type { EmitResult, EmittedFiles, PublicExport } from './emitted-files.js';
import { clientRuntimeFile, operationFile } from './layout.js';
import type { ModuleFragment } from './modules.js';
import { assembleModules } from './modules.js';
import { operationView } from './operations/operation-view.js';
import { CLIENT_RUNTIME_TYPES, CLIENT_RUNTIME_VALUES } from '../naming/runtime-names.js';

/** The service root the docs' paths are relative to (every Graph API page's HTTP request block). */
export const DEFAULT_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** The runtime's public names; `encodePathParameter` stays internal, only request functions use it. */
function runtimeExports(): PublicExport[] {
  const file = clientRuntimeFile();
  return [
    ...CLIENT_RUNTIME_VALUES.map((name) => ({ file, name, typeOnly: false })),
    ...CLIENT_RUNTIME_TYPES.map((name) => ({ file, name, typeOnly: true })),
  ];
}

/**
 * Emits the fetch-based client runtime and one request function per operation (one per API
 * page, e.g. `create-importeddeviceidentity.md` → `postDeviceManagementImportedDeviceIdentities`),
 * in operation-id order so the output never depends on input order.
 */
export function emitOperations(model: ApiModel, names: Names, render: Render, memo: EmitMemo = NO_EMIT_MEMO): EmitResult {
  const files: EmittedFiles = new Map();
  const exports = runtimeExports();
  files.set(clientRuntimeFile(), render('client-runtime.ts', { defaultBaseUrl: DEFAULT_BASE_URL }));

  const operations = [...model.operations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fragments: ModuleFragment[] = [];
  const fragmentOf = memo.remember(operationFragment);
  for (const operation of operations) {
    const operationNames = names.operations.get(operation.id);
    if (operationNames === undefined) throw new Error(`no names assigned to operation ${operation.id}`);
    fragments.push(fragmentOf(operation, operationNames, names, render));
    exports.push({ file: operationFile(), name: operationNames.functionName, typeOnly: false });
  }
  for (const [file, text] of assembleModules(fragments, render, memo)) files.set(file, text);
  // The client runtime's `encodePathParameter` is internal, so it is re-exported name by name.
  return { files, exports, publicModules: [operationFile()] };
}

/** One operation's request function (a watch session remembers it while the operation and the names stay). */
function operationFragment(operation: Operation, operationNames: OperationNames, names: Names, render: Render): ModuleFragment {
  const view = operationView(operation, operationNames, names);
  return { file: operationFile(), text: render('operation.ts', view), imports: view.imports };
}
