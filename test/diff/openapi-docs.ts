/** Small OpenAPI documents for diff tests, in the shape md2ts's emitter writes. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const nullableString = { type: ['string', 'null'] };
export const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties: { '@odata.type': { type: 'string' }, ...properties }, ...extra });
export const derived = (base: string, properties: Record<string, unknown>) => ({ allOf: [ref(base), { type: 'object', properties }] });
export const enumOf = (...members: string[]) => ({ type: 'string', enum: members });

export function document(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): unknown {
  return { openapi: '3.1.0', info: { title: 't', version: '0.0.0' }, paths, components: { schemas } };
}

export const createUser = (extra: Record<string, unknown> = {}) => ({
  operationId: 'postUsers',
  summary: 'Create user',
  requestBody: { required: true, content: { 'application/json': { schema: ref('user') } } },
  responses: { '201': { description: 'Created', content: { 'application/json': { schema: ref('user') } } } },
  security: [{ delegated: ['User.ReadWrite.All'] }],
  ...extra,
});
