import type { Code, Html, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {
  Diagnostic,
  EnumDescription,
  ExampleFacts,
  HeaderFact,
  HttpRequestLine,
  NameEvidence,
  OperationFacts,
  PageFacts,
  PermissionFact,
  ResponseFacts,
  TypeDescription,
} from '../model/index.js';
import { diagnostic } from '../model/index.js';
import type { Annotation } from './annotation.js';
import { readAnnotation } from './annotation.js';
import { readRepresentationProperties, readTypedExampleObjects } from './representation.js';
import { readFrontMatter } from './front-matter.js';
import { readHttpExample, readHttpRequestLines } from './http-message.js';
import { codeBlockRole, exampleRole, isHttpRequestSection } from './code-block-role.js';
import { parseMarkdown } from './markdown.js';
import { placeOf } from './place.js';
import { isPermissionsTable, readPermissionsTable } from './permissions-table.js';
import { isPropertiesTable, readPropertiesTable, skippedPropertyRows } from './properties-table.js';
import { mergeResponseFacts, readInheritsFromSentence, readNamespaceLine, readRequestBodyType, readResponseSentence } from './prose.js';
import type { Section } from './sections.js';
import { pageTitle, splitSections } from './sections.js';
import { columnIndex, readTable } from './tables.js';
import { isDerivedTypesHeading, readDerivedTypesBlock, readDerivedTypesSentence } from './derived-types.js';
import type { QueryCollected } from './query-options.js';
import { emptyQueryFacts, freezeQueryFacts, isFunctionParametersHeading, isPathParametersHeading, isQueryParametersHeading, readQueryProse, readQueryTable } from './query-options.js';
import { enumNameFromHeadings, headingAnchor, isEnumMemberTable, listsOpenStringValues, readEnumMembers } from './enum-table.js';
import { guardNesting } from './nesting-guard.js';

/** What the walk over a page's sections collects, before it is frozen into PageFacts. */
interface Collected {
  title: string | undefined;
  namespace: string | undefined;
  summary: string | undefined;
  requests: HttpRequestLine[];
  /** The HTTP request section gives its line as an annotated request block (drive-list.md). */
  linesByExample: boolean;
  permissions: PermissionFact[];
  headers: HeaderFact[];
  requestBodyType: NameEvidence | undefined;
  /** The last paragraph said the next table lists "the properties that are required when you create". */
  requiredOnCreateIntro: boolean;
  isFunction: boolean;
  response: ResponseFacts | undefined;
  query: QueryCollected;
  typeDescriptions: TypeDescription[];
  inheritsFrom: NameEvidence[];
  derivedTypes: NameEvidence[];
  /** The last paragraph ended "Supported derived types:": the list or table after it names them. */
  derivedListNext: boolean;
  enums: EnumDescription[];
  examples: ExampleFacts[];
  diagnostics: Diagnostic[];
}

const isChapter = (section: Section, pattern: RegExp): boolean => pattern.test(section.chapter);

/**
 * A section about query options: `## Optional query parameters` and what sits under it, less
 * an `### Optional request headers` nested there (driveitem-list-children.md).
 */
const isQuerySection = (section: Section): boolean =>
  isQueryParametersHeading(section.title) || (isQueryParametersHeading(section.chapter) && !/\bheaders?\b/i.test(section.title));

/** A `## Function parameters` section (driveitem-search.md). */
const isFunctionParametersSection = (section: Section): boolean => isFunctionParametersHeading(section.title) || isFunctionParametersHeading(section.chapter);

function collectCode(file: string, code: Code, annotation: Annotation | undefined, section: Section, into: Collected): void {
  const block = codeBlockRole(code, annotation, section, into.linesByExample);
  if (block.linesByExample) into.linesByExample = true;
  if (block.requestLines) into.requests.push(...readHttpRequestLines(file, code));
  if (!block.example) return;
  // `msgraph-interactive` is the docs site's "try it" HTTP block: 588 v1.0 request examples use it.
  if (code.lang !== null && code.lang !== undefined && !/^(http|json|jsonc|javascript|msgraph-interactive)$/i.test(code.lang)) return;
  const { http, body, rawBody, diagnostics } = readHttpExample(file, code);
  const role = exampleRole(annotation, http, section);
  if (!role) return;
  into.diagnostics.push(...diagnostics);
  if ((role === 'request' || role === 'response') && body?.parsed) {
    for (const object of readTypedExampleObjects(body)) {
      const place = { file, line: object.line, column: 1 };
      into.typeDescriptions.push({ name: { name: object.odataType, via: 'odata-type', place }, role: 'example', properties: object.properties, requiredOnCreate: false, place });
    }
  }
  const representedType = annotation?.data['@odata.type'];
  // An open type's representation shows dynamic properties as examples (fieldValueSet's
  // "Author", "Color"): only its tables declare properties.
  const openType = annotation?.data['openType'] === true;
  if (role === 'resource' && body?.parsed && typeof representedType === 'string' && !openType) {
    const properties = readRepresentationProperties(body);
    if (properties.length > 0) {
      into.typeDescriptions.push({ name: { name: representedType, via: 'odata-type', place: placeOf(file, annotation?.node) }, role: 'representation', properties, requiredOnCreate: false, place: body.place });
    }
  }
  into.examples.push({
    role,
    annotation: annotation?.data,
    annotationPlace: annotation ? placeOf(file, annotation.node) : undefined,
    http,
    body,
    rawBody,
    place: placeOf(file, code),
  });
}

function collectTable(file: string, node: RootContent & { type: 'table' }, section: Section, into: Collected): void {
  const table = readTable(file, node);
  if (isQuerySection(section)) {
    into.query.options.push(...readQueryTable(table));
    return;
  }
  if (isFunctionParametersSection(section)) {
    into.query.functionParameters.push(...readQueryTable(table));
    return;
  }
  if (isPathParametersHeading(section.title) || isPathParametersHeading(section.chapter)) {
    into.query.pathParameters.push(...readQueryTable(table));
    return;
  }
  if (isEnumMemberTable(table)) {
    // A page titled as an enum (`evilColor enum type`) says its table lists members, whatever
    // odd entries it has; elsewhere such a table lists an open string's values.
    if (listsOpenStringValues(table) && !/\benum(?:eration)?\b/i.test(into.title ?? '')) return;
    const name = enumNameFromHeadings(section.title, into.title);
    const members = readEnumMembers(table);
    if (name !== undefined && members.length > 0) {
      into.enums.push({ name: { name, via: 'title', place: placeOf(file, section.heading) }, anchor: headingAnchor(section.title), members, place: table.place });
    }
    return;
  }
  if (isPermissionsTable(table)) {
    const { permissions, diagnostics } = readPermissionsTable(file, table);
    into.permissions.push(...permissions);
    into.diagnostics.push(...diagnostics);
    return;
  }
  if (isChapter(section, /request headers?/)) {
    const nameAt = columnIndex(table, /^(name|header)$/);
    const descriptionAt = nameAt === 0 ? 1 : 0;
    for (const row of table.rows) {
      const name = row.cells[nameAt]?.text;
      if (name) into.headers.push({ name, description: row.cells[descriptionAt]?.text ?? '', place: row.place });
    }
    return;
  }
  if (!isPropertiesTable(table)) return;
  const role = isChapter(section, /request body/)
    ? 'request-body'
    : // `## Properties`, `### Properties` straight under the title, `## operationError Properties`;
      // not `### Properties of a claims-mapping policy definition`, which describes a JSON
      // string the type carries, not the type.
      /^(?:[\w.]+\s+)?(?:properties|relationships)$/i.test(section.title)
      ? 'resource'
      : undefined;
  if (role === undefined) return;
  for (const skipped of skippedPropertyRows(table)) into.diagnostics.push(diagnostic('table-row-skipped', skipped.place, { reason: skipped.reason }));
  const properties = readPropertiesTable(table);
  if (properties.length === 0) return;
  if (role === 'request-body') {
    into.typeDescriptions.push({ name: into.requestBodyType, role: 'request-body', properties, requiredOnCreate: into.requiredOnCreateIntro, place: table.place });
  } else {
    into.typeDescriptions.push({ name: undefined, role: 'resource', properties, requiredOnCreate: false, place: table.place });
  }
}

function collectListedCode(file: string, list: RootContent, section: Section, into: Collected): void {
  const visit = (node: RootContent): void => {
    if (node.type === 'code') collectCode(file, node, undefined, section, into);
    else if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(list);
}

function collectSection(file: string, section: Section, into: Collected): void {
  let annotation: Annotation | undefined;
  // driveitem-delta.md, reports-getgrouparchivedprintjobs.md: a function's page.
  if (isChapter(section, /^function parameters?\b/)) into.isFunction = true;
  const derivedSection = isDerivedTypesHeading(section.title);
  for (const node of section.nodes) {
    const listsDerived = derivedSection || into.derivedListNext;
    if (node.type !== 'html') into.derivedListNext = false;
    switch (node.type) {
      case 'html': {
        const read = readAnnotation(file, node as Html);
        into.diagnostics.push(...read.diagnostics);
        if (read.annotation) annotation = read.annotation;
        continue;
      }
      case 'code':
        collectCode(file, node, annotation, section, into);
        annotation = undefined;
        continue;
      case 'table':
        if (listsDerived) into.derivedTypes.push(...readDerivedTypesBlock(file, node));
        else collectTable(file, node, section, into);
        continue;
      case 'list':
        if (listsDerived) into.derivedTypes.push(...readDerivedTypesBlock(file, node));
        // insights-list-used.md lists each request path as a bullet holding an annotated block.
        if (isHttpRequestSection(section)) collectListedCode(file, node, section, into);
        // alert-list.md lists its supported options as bullets.
        else if (isQuerySection(section)) readQueryProse(file, node, into.query);
        continue;
      case 'paragraph': {
        if (isQuerySection(section)) readQueryProse(file, node, into.query);
        into.namespace ??= readNamespaceLine(node);
        if (section.depth <= 1 && into.summary === undefined && !readNamespaceLine(node)) into.summary = toString(node).replace(/\s+/g, ' ').trim();
        if (isChapter(section, /request body/)) {
          into.requestBodyType ??= readRequestBodyType(file, node);
          into.requiredOnCreateIntro = /\bproperties that are required when (?:you )?creat/i.test(toString(node));
        }
        else if (!isChapter(section, /^(http request|response|examples?\b|request headers?)/)) {
          const base = readInheritsFromSentence(file, node);
          if (base) into.inheritsFrom.push(base);
          const derived = readDerivedTypesSentence(file, node);
          if (derived) {
            into.derivedTypes.push(...derived.names);
            into.derivedListNext = derived.introducesList;
          }
        }
        if (isChapter(section, /^response$/)) {
          into.response = mergeResponseFacts(into.response, readResponseSentence(file, node));
          if (/\bthis function returns\b/i.test(toString(node))) into.isFunction = true;
        }
        continue;
      }
      default:
        continue;
    }
  }
}

/**
 * Reads one page into the facts it states (PageFacts), consulting no other page. Works for
 * API pages (seeds 000 and 001: permissions, HTTP request, request body table, response,
 * examples) and resource pages (Properties/Relationships tables, JSON representation).
 */
export function parsePage(file: string, rawText: string): PageFacts {
  const guarded = guardNesting(file, rawText);
  const tree = parseMarkdown(guarded.text);
  const frontMatter = readFrontMatter(file, tree);
  const titleNode = pageTitle(tree);
  const title = titleNode ? toString(titleNode).trim() : undefined;
  const into: Collected = {
    title,
    namespace: undefined,
    summary: undefined,
    requests: [],
    linesByExample: false,
    permissions: [],
    headers: [],
    requestBodyType: undefined,
    requiredOnCreateIntro: false,
    isFunction: false,
    response: undefined,
    query: emptyQueryFacts(),
    typeDescriptions: [],
    inheritsFrom: [],
    derivedTypes: [],
    derivedListNext: false,
    enums: [],
    examples: [],
    diagnostics: [...guarded.diagnostics, ...frontMatter.diagnostics],
  };
  for (const section of splitSections(tree)) collectSection(file, section, into);
  const operation: OperationFacts | undefined =
    into.requests.length > 0
      ? {
          title,
          summary: into.summary,
          requests: into.requests,
          permissions: into.permissions,
          headers: into.headers,
          requestBodyType: into.requestBodyType,
          response: into.response,
          isFunction: into.isFunction,
          query: freezeQueryFacts(into.query),
          place: into.requests[0]?.place ?? placeOf(file, titleNode),
        }
      : undefined;
  return {
    file,
    frontMatter: frontMatter.data,
    title,
    namespace: into.namespace,
    typeDescriptions: into.typeDescriptions,
    inheritsFrom: into.inheritsFrom,
    derivedTypes: into.derivedTypes,
    enums: into.enums,
    operation,
    examples: into.examples,
    diagnostics: into.diagnostics,
  };
}
