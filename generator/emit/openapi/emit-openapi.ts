import type { ApiModel } from '../../model/index.js';
import type { EmitMemo } from '../emit-memo.js';
import { NO_EMIT_MEMO } from '../emit-memo.js';
import type { Names } from '../naming/assign-names.js';
import type { Render } from '../render/templates.js';
import type { EmittedFiles } from '../typescript/emitted-files.js';
import { openApiFile } from '../typescript/layout.js';
import { documentText } from './document-text.js';
import { buildOpenApiDocument, type OpenApiOptions } from './openapi-document.js';

/**
 * Emits `openapi.json`, describing the same operations and types as the TypeScript package. A
 * watch session's `memo` keeps each operation and schema, and its text, while it is unchanged.
 */
export function emitOpenApi(model: ApiModel, names: Names, render: Render, options: OpenApiOptions, memo: EmitMemo = NO_EMIT_MEMO): EmittedFiles {
  return new Map([[openApiFile(), render('openapi.json', { text: documentText(buildOpenApiDocument(model, names, options, memo), memo) })]]);
}
