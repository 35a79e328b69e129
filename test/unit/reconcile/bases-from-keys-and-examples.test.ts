import { describe, expect, it } from 'vitest';
import type { ObjectClaims, PropertyClaim } from '../../../generator/reconcile/claims.js';
import { inferBasesFromExamples } from '../../../generator/reconcile/example-bases.js';
import { inferKeyBases } from '../../../generator/reconcile/key-base.js';
import type { Example, ObjectType, TypeExpr } from '../../../generator/model/index.js';

const place = { file: 'x.md', line: 1, column: 1 };
const STRING: TypeExpr = { kind: 'primitive', name: 'String' };
const INT32: TypeExpr = { kind: 'primitive', name: 'Int32' };
const row = (name: string, type: TypeExpr): PropertyClaim => ({ name, type, namespace: 'microsoft.graph', description: '', place, via: 'own-row', fromRequestBody: false });
const claims = (key: string, options: { keys?: string[]; rows?: PropertyClaim[] } = {}): [string, ObjectClaims] => [
  key,
  { key, sources: [], inheritsFrom: [], statedBases: [], keyProperties: options.keys ?? [], properties: options.rows ?? [], representationProperties: [], exampleProperties: [] },
];

describe('inferKeyBases: a keyed type with no base derives from the type that declares the key', () => {
  // `entity` declares `id` (an annotation says so) and two pages derive from it.
  const entity = claims('entity', { keys: ['id'], rows: [row('id', STRING)] });
  const stated = new Map([['user', 'entity'], ['group', 'entity']]);
  const cases: [string, [string, ObjectClaims], string | undefined][] = [
    ['an annotation’s keyProperty', claims('message', { keys: ['id'] }), 'entity'],
    ['an own `id` row typed as the key root types it', claims('useridentity', { rows: [row('id', STRING)] }), 'entity'],
    ['an own `id` row of another type is no key (chatMessageMention’s Int32 index)', claims('chatmessagemention', { rows: [row('id', INT32)] }), undefined],
    ['no key at all', claims('itembody', { rows: [row('content', STRING)] }), undefined],
  ];
  it.each(cases)('%s', (_name, type, want) => {
    const objects = new Map([entity, claims('user'), claims('group'), type]);
    const bases = new Map(stated);
    const inferred = inferKeyBases(objects, bases);
    expect(bases.get(type[0])).toBe(want);
    expect(inferred.has(type[0])).toBe(want !== undefined);
  });
});

const object = (id: string, base?: string): ObjectType => ({ kind: 'object', id, namespace: 'microsoft.graph', name: id.replace('microsoft.graph.', ''), base, properties: [], meta: { description: undefined, sources: [] } });
const holder: ObjectType = {
  ...object('microsoft.graph.decision'),
  properties: [
    { name: 'principal', type: { kind: 'object', id: 'microsoft.graph.identity' }, meta: { description: undefined, sources: [] } },
    { name: 'reviewedBy', type: { kind: 'object', id: 'microsoft.graph.userIdentity' }, meta: { description: undefined, sources: [] } },
  ],
};
const example = (body: Record<string, unknown>): Example => ({
  kind: 'example',
  role: 'response',
  operationId: undefined,
  type: { kind: 'object', id: 'microsoft.graph.decision' },
  request: undefined,
  status: 200,
  body,
  hasBody: true,
  bodyState: 'parsed',
  rawBody: undefined,
  bodyProblem: undefined,
  lines: {},
  place,
});
const userInPrincipal = example({ principal: { '@odata.type': '#microsoft.graph.userIdentity' } });
const identityInReviewedBy = example({ reviewedBy: { '@odata.type': '#microsoft.graph.identity' } });

describe('inferBasesFromExamples: the slot an object sits in names its base', () => {
  const cases: [string, { objects: ObjectType[]; examples: Example[]; rebasable?: string[] }, Record<string, string>][] = [
    ['a type with no base', { objects: [holder, object('microsoft.graph.identity'), object('microsoft.graph.userIdentity')], examples: [userInPrincipal] }, { 'microsoft.graph.userIdentity': 'microsoft.graph.identity' }],
    [
      'a base only inferred from the key is refined, the key still inherited',
      { objects: [holder, object('microsoft.graph.entity'), object('microsoft.graph.identity', 'microsoft.graph.entity'), object('microsoft.graph.userIdentity', 'microsoft.graph.entity')], examples: [userInPrincipal], rebasable: ['microsoft.graph.useridentity', 'microsoft.graph.identity'] },
      { 'microsoft.graph.userIdentity': 'microsoft.graph.identity' },
    ],
    [
      'a key guess is not pulled under a slot type whose base a page states',
      { objects: [holder, object('microsoft.graph.entity'), object('microsoft.graph.identity', 'microsoft.graph.entity'), object('microsoft.graph.userIdentity', 'microsoft.graph.entity')], examples: [userInPrincipal], rebasable: ['microsoft.graph.useridentity'] },
      {},
    ],
    [
      'a base a page states is kept',
      { objects: [holder, object('microsoft.graph.entity'), object('microsoft.graph.identity', 'microsoft.graph.entity'), object('microsoft.graph.userIdentity', 'microsoft.graph.entity')], examples: [userInPrincipal] },
      {},
    ],
    [
      'each in the other’s slot: the better-attested direction wins',
      { objects: [holder, object('microsoft.graph.identity'), object('microsoft.graph.userIdentity')], examples: [userInPrincipal, userInPrincipal, identityInReviewedBy] },
      { 'microsoft.graph.userIdentity': 'microsoft.graph.identity' },
    ],
    ['each in the other’s slot as often: no base', { objects: [holder, object('microsoft.graph.identity'), object('microsoft.graph.userIdentity')], examples: [userInPrincipal, identityInReviewedBy] }, {}],
  ];
  it.each(cases)('%s', (_name, { objects, examples, rebasable }, want) => {
    expect(Object.fromEntries(inferBasesFromExamples(objects, examples, new Set(rebasable ?? [])))).toEqual(want);
  });
});
