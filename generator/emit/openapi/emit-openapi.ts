import type { ApiModel } from '../../model/index.js';
import type { Names } from '../naming/assign-names.js';
import type { Render } from '../render/templates.js';
import type { EmittedFiles } from '../typescript/emitted-files.js';
import { openApiFile } from '../typescript/layout.js';
import { buildOpenApiDocument, type OpenApiOptions } from './openapi-document.js';

/** Emits `openapi.json`, describing the same operations and types as the TypeScript package. */
export function emitOpenApi(model: ApiModel, names: Names, render: Render, options: OpenApiOptions): EmittedFiles {
  return new Map([[openApiFile(), render('openapi.json', { document: buildOpenApiDocument(model, names, options) })]]);
}
