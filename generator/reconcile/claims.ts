import type { EnumMemberFact, ExampleFacts, PageFacts, SourcePlace, TypeDescription, TypeExpr } from '../model/index.js';
import type { QualifiedName } from './names.js';
import { DEFAULT_NAMESPACE, SpellingVotes, qualify, typeKey } from './names.js';

/** One page's word on one property of one type. */
export interface PropertyClaim {
  readonly name: string;
  readonly type: TypeExpr;
  /** Namespace the type expression's simple names resolve in (the page's). */
  readonly namespace: string;
  readonly description: string;
  readonly place: SourcePlace;
  /** Where the claim comes from, for the "a table beats an inherited mention" rule. */
  readonly via: 'own-row' | 'inherited-row' | 'representation';
  /** The row is in an API page's request-body table, not in a resource page's table. */
  readonly fromRequestBody: boolean;
}

export interface ObjectClaims {
  readonly key: string;
  readonly sources: SourcePlace[];
  /** Types the rows say properties are inherited from: the base is among them. */
  readonly inheritsFrom: { readonly key: string; readonly place: SourcePlace }[];
  /** Bases the page states outright: the annotation's `baseType`, or "inherits from [x]" prose. */
  readonly statedBases: { readonly key: string; readonly place: SourcePlace; readonly via: 'annotation' | 'prose' }[];
  /** The annotation's `keyProperty` (`id`): the type is an entity with that key. */
  readonly keyProperties: string[];
  readonly properties: PropertyClaim[];
  /** Properties only a JSON representation block shows: used where no table lists them. */
  readonly representationProperties: PropertyClaim[];
  /** Properties examples show on objects of this type: used only for a type nothing else describes. */
  readonly exampleProperties: PropertyClaim[];
}

/**
 * Where a member list comes from, strongest first: an enum's member table; a property row whose
 * Type cell links the enum (or says `Enumeration`); a row whose Type cell only writes the name
 * as a word (changenotification.md's `changeType`), which names an enum only when nothing
 * describes that name as an object type.
 */
export type EnumListSource = 'member-table' | 'linked-row' | 'word-row';

/** One place's member list for an enum. */
export interface EnumMemberList {
  readonly members: readonly EnumMemberFact[];
  readonly place: SourcePlace;
  readonly source: EnumListSource;
  /** The enum of another table on the same page with the very same members (enums.md's `changeType values`, a copy of `countryLookupMethodType values`). */
  readonly sameAsTableOf: string | undefined;
}

export interface EnumClaims {
  readonly key: string;
  /** Each place's member list, in page order. */
  readonly lists: EnumMemberList[];
}

export interface Claims {
  readonly objects: Map<string, ObjectClaims>;
  readonly enums: Map<string, EnumClaims>;
  readonly spellings: SpellingVotes;
  /** The namespace each page's simple names resolve in. */
  readonly pageNamespaces: ReadonlyMap<string, string>;
}

export function pageNamespace(page: PageFacts): string {
  return page.namespace ?? DEFAULT_NAMESPACE;
}

function spelled(name: QualifiedName): string {
  return `${name.namespace}.${name.name}`;
}

/**
 * The type a request-body or resource table describes: the page's word for it; on a resource
 * page, the JSON representation's annotated `@odata.type`, else the title's "x resource type";
 * else the `@odata.type` of the page's request example.
 */
function describedTypeName(page: PageFacts, written: string | undefined, role: TypeDescription['role']): string | undefined {
  if (written !== undefined) return written;
  if (role === 'resource') {
    const annotated = page.examples.find((example) => example.role === 'resource' && typeof example.annotation?.['@odata.type'] === 'string')?.annotation?.['@odata.type'];
    if (typeof annotated === 'string') return annotated;
    const titled = /^([A-Za-z_][\w.]*)\s+(?:resource|complex|entity)\s+type\b/i.exec(page.title ?? '')?.[1];
    if (titled !== undefined) return titled;
  }
  for (const example of page.examples) {
    const value = example.body?.value;
    // Only the first request body speaks for the table: call-redirect.md's first body is the
    // action's parameters (no `@odata.type`); a later block is a notification the service
    // posts to the bot (`commsNotifications`), not this operation's body.
    if (example.role === 'request' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const odataType = (value as Record<string, unknown>)['@odata.type'];
      return typeof odataType === 'string' ? odataType : undefined;
    }
  }
  return undefined;
}

/**
 * Gathers what every page claims about object types and enums, keyed case-insensitively,
 * without deciding anything yet: property rows go to the type the table describes, or, for
 * "Inherited from [x]" rows, to x (where the property is declared); `Enumeration` cells and
 * linked names with "Possible values" become enum claims.
 */
export function collectClaims(pages: readonly PageFacts[]): Claims {
  const objects = new Map<string, ObjectClaims>();
  const enums = new Map<string, EnumClaims>();
  const spellings = new SpellingVotes();
  const pageNamespaces = new Map<string, string>();

  const objectClaims = (name: QualifiedName, place: SourcePlace): ObjectClaims => {
    const key = typeKey(name);
    spellings.add(key, spelled(name));
    let claims = objects.get(key);
    if (!claims) {
      claims = { key, sources: [], inheritsFrom: [], statedBases: [], keyProperties: [], properties: [], representationProperties: [], exampleProperties: [] };
      objects.set(key, claims);
    }
    claims.sources.push(place);
    return claims;
  };
  const enumClaims = (name: QualifiedName, members: readonly EnumMemberFact[], place: SourcePlace, source: EnumListSource, sameAsTableOf?: string): void => {
    const key = typeKey(name);
    spellings.add(key, spelled(name));
    const claims = enums.get(key) ?? { key, lists: [] };
    claims.lists.push({ members, place, source, sameAsTableOf });
    enums.set(key, claims);
  };

  /** What a resource page states about its type beyond the table: base (annotation, prose) and key. */
  const applyResourceStatements = (target: ObjectClaims, page: PageFacts, representation: ExampleFacts | undefined, namespace: string, place: SourcePlace): void => {
    const annotation = representation?.annotation;
    const baseType = annotation?.['baseType'];
    if (typeof baseType === 'string' && baseType.trim() !== '' && representation) {
      const at = representation.annotationPlace ?? place;
      target.statedBases.push({ key: objectClaims(qualify(baseType, namespace), at).key, place: at, via: 'annotation' });
    }
    for (const stated of page.inheritsFrom) {
      target.statedBases.push({ key: objectClaims(qualify(stated.name, namespace), stated.place).key, place: stated.place, via: 'prose' });
    }
    const keyProperty = annotation?.['keyProperty'];
    if (typeof keyProperty === 'string' && keyProperty.trim() !== '') target.keyProperties.push(keyProperty.trim());
  };

  for (const page of pages) {
    const namespace = pageNamespace(page);
    pageNamespaces.set(page.file, namespace);
    const representation = page.examples.find((example) => example.role === 'resource' && example.annotation !== undefined);
    const described = new Set<string>();
    const enumsByAnchor = new Map(page.enums.map((description) => [description.anchor, description.name.name]));
    for (const description of page.typeDescriptions) {
      const written = describedTypeName(page, description.name?.name, description.role);
      if (written === undefined) continue;
      const target = objectClaims(qualify(written, namespace), description.place);
      if ((description.role === 'resource' || description.role === 'representation') && !described.has(target.key)) {
        described.add(target.key);
        applyResourceStatements(target, page, representation, namespace, description.place);
      }
      if (description.role === 'representation' || description.role === 'example') {
        const into = description.role === 'representation' ? target.representationProperties : target.exampleProperties;
        for (const property of description.properties) {
          into.push({ name: property.name, type: property.type, namespace, description: '', place: property.place, via: 'representation', fromRequestBody: false });
        }
        continue;
      }
      for (const property of description.properties) {
        const linkedEnum = property.valuesAnchor !== undefined ? enumsByAnchor.get(property.valuesAnchor) : undefined;
        const type = linkedEnum !== undefined ? typedByValuesSection(property.type, linkedEnum) : property.type;
        const claim: PropertyClaim = { name: property.name, type, namespace, description: property.description, place: property.place, via: 'own-row', fromRequestBody: description.role === 'request-body' };
        if (property.inheritedFrom !== undefined) {
          const ancestor = objectClaims(qualify(property.inheritedFrom, namespace), property.place);
          target.inheritsFrom.push({ key: ancestor.key, place: property.place });
          ancestor.properties.push({ ...claim, via: 'inherited-row' });
        } else {
          target.properties.push(claim);
        }
        if (property.possibleValues !== undefined) {
          const named = enumNameOf(property.type, property.name);
          if (named !== undefined) {
            const members = property.possibleValues.map((member) => ({ name: member, value: undefined, description: '', place: property.place }));
            enumClaims(qualify(named.name, namespace), members, property.place, named.source);
          }
        }
      }
    }
    // A type page with no property rows ("None.", only derived types) still declares its type
    // and base in the JSON representation's annotation.
    const annotatedType = representation?.annotation?.['@odata.type'];
    if (described.size === 0 && representation && typeof annotatedType === 'string' && annotatedType.trim() !== '') {
      const target = objectClaims(qualify(annotatedType, namespace), representation.annotationPlace ?? representation.place);
      applyResourceStatements(target, page, representation, namespace, representation.place);
    }
    // "Derived types" on a base type's page (meetinginfo.md): each named type derives from the
    // type the page describes, stated as plainly as "inherits from" prose on the derived page.
    const pageType = [...described][0] ?? (typeof annotatedType === 'string' && annotatedType.trim() !== '' ? typeKey(qualify(annotatedType, namespace)) : undefined);
    if (pageType !== undefined) {
      for (const derived of page.derivedTypes) {
        const target = objectClaims(qualify(derived.name, namespace), derived.place);
        if (target.key !== pageType) target.statedBases.push({ key: pageType, place: derived.place, via: 'prose' });
      }
    }
    // The page's enums grouped by their members, in page order (enums.md describes some 300): a twin is looked for in its group only.
    const memberSets = page.enums.map((description) => description.members.map((m) => m.name).sort().join(','));
    const sameMembers = new Map<string, (typeof page.enums)[number][]>();
    page.enums.forEach((description, index) => {
      const key = memberSets[index] as string;
      const group = sameMembers.get(key) ?? [];
      group.push(description);
      sameMembers.set(key, group);
    });
    for (const [index, description] of page.enums.entries()) {
      const group = sameMembers.get(memberSets[index] as string) ?? [];
      const twin = group.find((other) => other.name.name.toLowerCase() !== description.name.name.toLowerCase());
      enumClaims(qualify(description.name.name, namespace), description.members, description.place, 'member-table', twin?.name.name);
    }
  }
  return { objects, enums, spellings, pageNamespaces };
}

/**
 * The enum a property with listed values is typed by: the linked name when the cell links one
 * (seed 001's `[enrollmentState](…)`), else the property's own name when the cell just says
 * `Enumeration` (seed 000), else the word the cell writes (searchrequest.md's `entityType
 * collection`), a weaker claim: `Json` cells list the values a JSON cell holds (range.md), and
 * json.md describes `Json` as a type, so buildModel keeps a word's enum only where no page
 * describes the name. A primitive cell with values names no enum.
 */
export function enumNameOf(type: TypeExpr, propertyName: string): { name: string; source: Exclude<EnumListSource, 'member-table'> } | undefined {
  switch (type.kind) {
    case 'named':
      return { name: type.name, source: type.via === 'link' ? 'linked-row' : 'word-row' };
    case 'enumeration':
      return { name: propertyName, source: 'linked-row' };
    case 'collection':
      return enumNameOf(type.of, propertyName);
    default:
      return undefined;
  }
}

/**
 * A `String` (or `Enumeration`) property whose description links to a values section on its
 * page ("See [a detailed description](#capabilitystatus-values)") is typed by the enum that
 * section lists. Other type cells are left as written: they already name their type.
 */
function typedByValuesSection(type: TypeExpr, enumName: string): TypeExpr {
  if (type.kind === 'collection') return { kind: 'collection', of: typedByValuesSection(type.of, enumName) };
  if (type.kind === 'enumeration' || (type.kind === 'primitive' && type.name === 'String')) return { kind: 'named', name: enumName, via: 'link' };
  return type;
}
