import type { Operation, TypeRef } from '../../../model/index.js';
import type { Names, OperationNames } from '../../naming/assign-names.js';
import { FileImports } from '../file-imports.js';
import { clientRuntimeFile, operationFile } from '../layout.js';
import { typeExpression } from '../type-expression.js';
import { propertyKey } from '../../naming/identifiers.js';
import { operationDocLines } from './operation-doc.js';
import { pathExpression, pathParametersType } from './path-expression.js';
import { queryOptionsType } from './query-options-type.js';

/** What `operation.ts.hbs` prints: every piece of code precomputed, the template only lays it out. */
export interface OperationView {
  /** What the function needs from other modules; the module's import block merges it. */
  readonly imports: FileImports;
  readonly docLines: readonly string[];
  readonly functionName: string;
  readonly parameters: readonly string[];
  readonly resultType: string;
  /** The HTTP method as a string literal: `'GET'`. */
  readonly methodLiteral: string;
  readonly pathExpression: string;
  /** `json`, `binary`, or empty when the operation sends no body. */
  readonly bodyKind: 'json' | 'binary' | '';
  readonly binaryResponse: boolean;
}

/** The runtime helper that encodes path parameter values (exported by the runtime, not public). */
const ENCODE_PATH_PARAMETER = 'encodePathParameter';

const isStream = (ref: TypeRef): boolean => ref.kind === 'primitive' && ref.name === 'Stream';

/**
 * The result type: nothing for 204 or an undocumented body; `CollectionPage<X>` for
 * collections, since the service wraps them as `{ value, @odata.nextLink }` ("returns a
 * collection of X objects"); raw bytes for `Stream` (`$value`, `/content`), which is not JSON.
 */
function resultType(operation: Operation, names: Names, file: string, imports: FileImports): { text: string; binary: boolean } {
  const body = operation.response.body;
  if (body === undefined || operation.response.status === 204) return { text: 'void', binary: false };
  if (isStream(body)) return { text: 'ArrayBuffer', binary: true };
  if (body.kind === 'collection') {
    const item = typeExpression(body.of, names, file, { objectForm: 'any-union' });
    imports.typesFrom(item.imports);
    imports.type(clientRuntimeFile(), 'CollectionPage');
    return { text: `CollectionPage<${item.text}>`, binary: false };
  }
  const expression = typeExpression(body, names, file, { objectForm: 'any-union' });
  imports.typesFrom(expression.imports);
  return { text: expression.text, binary: false };
}

/** Builds the view of one request function (one API page's operation). */
export function operationView(operation: Operation, operationNames: OperationNames, names: Names): OperationView {
  const file = operationFile();
  const runtime = clientRuntimeFile();
  const imports = new FileImports(file);
  imports.type(runtime, 'GraphClient');
  imports.type(runtime, 'RequestOptions');
  const path = pathExpression(operation.path, ENCODE_PATH_PARAMETER);

  const parameters = ['client: GraphClient'];
  if (path.parameters.length > 0) parameters.push(`params: ${pathParametersType(path.parameters)}`);
  let bodyKind: OperationView['bodyKind'] = '';
  if (operation.bodyParameters.length > 0) {
    // An action's parameter table is one JSON object; what the docs require is not optional.
    bodyKind = 'json';
    const required = new Set(operation.requiredBodyProperties);
    const members = operation.bodyParameters.map((parameter) => {
      const type = typeExpression(parameter.type, names, file, { objectForm: 'interface' });
      imports.typesFrom(type.imports);
      return `readonly ${propertyKey(parameter.name)}${required.has(parameter.name) ? '' : '?'}: ${type.text}`;
    });
    parameters.push(`body: { ${members.join('; ')} }`);
  } else if (operation.requestBody !== undefined) {
    if (isStream(operation.requestBody)) {
      bodyKind = 'binary';
      parameters.push('body: ArrayBuffer | string');
    } else {
      bodyKind = 'json';
      const body = typeExpression(operation.requestBody, names, file, { objectForm: 'interface' });
      imports.typesFrom(body.imports);
      // A create body must carry what the docs call required; the rest stays optional.
      const required = operation.requiredBodyProperties.map((name) => JSON.stringify(name)).join(' | ');
      parameters.push(required === '' ? `body: ${body.text}` : `body: ${body.text} & Required<Pick<${body.text}, ${required}>>`);
    }
  }
  // Documented query options are typed; a required one (a calendar view's `startDateTime`) makes `options` required.
  const query = queryOptionsType(operation.queryParameters);
  if (query === undefined) parameters.push('options?: RequestOptions');
  // `& { readonly query: object }` makes `query` (already typed by `Q`) required.
  else if (query.required) parameters.push(`options: RequestOptions<${query.text}> & { readonly query: object }`);
  else parameters.push(`options?: RequestOptions<${query.text}>`);

  const result = resultType(operation, names, file, imports);
  if (path.parameters.length > 0) imports.value(runtime, ENCODE_PATH_PARAMETER);
  return {
    imports,
    docLines: operationDocLines(operation),
    functionName: operationNames.functionName,
    parameters,
    resultType: result.text,
    methodLiteral: `'${operation.method.toUpperCase().replace(/[^A-Z]/g, '')}'`,
    pathExpression: path.expression,
    bodyKind,
    binaryResponse: result.binary,
  };
}
