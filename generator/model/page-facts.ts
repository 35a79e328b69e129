import type { Diagnostic } from './diagnostics.js';
import type { SourcePlace } from './source.js';
import type { PrimitiveName } from './type-ref.js';

/**
 * What one page says, before any other page is consulted. The parser produces these;
 * reconciliation merges the facts of all pages into the ApiModel. Names are kept as
 * the page wrote them (casing included): only reconciliation decides which spelling wins.
 */
export interface PageFacts {
  readonly file: string;
  readonly frontMatter: Readonly<Record<string, unknown>> | undefined;
  readonly title: string | undefined;
  /** `Namespace: microsoft.graph` under the title, when the page says so. */
  readonly namespace: string | undefined;
  readonly typeDescriptions: readonly TypeDescription[];
  /** "This type inherits from [x]." / "derived from [x]" in the page's prose: the base of the type the page describes. */
  readonly inheritsFrom: readonly NameEvidence[];
  /** Types a "Derived types" section or sentence names (meetinginfo.md): each derives from the page's type. */
  readonly derivedTypes: readonly NameEvidence[];
  readonly enums: readonly EnumDescription[];
  readonly operation: OperationFacts | undefined;
  readonly examples: readonly ExampleFacts[];
  readonly diagnostics: readonly Diagnostic[];
}

/** How a page names a type, and how sure we can be of it. */
export interface NameEvidence {
  /** As written: `importedDeviceIdentity`, `microsoft.graph.callRecords.session`. */
  readonly name: string;
  readonly via: 'link' | 'word' | 'odata-type' | 'title';
  readonly place: SourcePlace;
}

/** A Type cell read as a type expression; still only words, nothing resolved. */
export type TypeExpr =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'named'; readonly name: string; readonly via: 'link' | 'word' }
  /** The cell says `Enumeration` without naming the enum: the property names it. */
  | { readonly kind: 'enumeration' }
  | { readonly kind: 'collection'; readonly of: TypeExpr }
  /**
   * A cell naming two or more types, "A or B" (call.md's `mediaConfig`:
   * `[appHostedMediaConfig](…) or [serviceHostedMediaConfig](…)`): reconciling picks the type
   * that holds every one of them.
   */
  | { readonly kind: 'alternatives'; readonly of: readonly TypeExpr[] }
  | { readonly kind: 'unknown'; readonly text: string };

export interface PropertyFact {
  readonly name: string;
  readonly type: TypeExpr;
  readonly description: string;
  /** Enum members the description lists ("Possible values are: `a`, `b`."). */
  readonly possibleValues: readonly string[] | undefined;
  /** "Inherited from [entity](...)": the property is declared on that type. */
  readonly inheritedFrom: string | undefined;
  /** A same-page link from the description to a values section (`[…](#capabilitystatus-values)`). */
  readonly valuesAnchor: string | undefined;
  /** "Required." / "Optional." in the description, or a Required column: undefined when the row does not say. */
  readonly required: boolean | undefined;
  readonly place: SourcePlace;
}

/** A properties table and the type it describes (a resource page, or a request body on an API page). */
export interface TypeDescription {
  /** Undefined when the page does not say which type the table describes. */
  readonly name: NameEvidence | undefined;
  /**
   * `representation`: a JSON representation block; `example`: an object with an `@odata.type`
   * in a request or response example. Both are weak evidence: a table beats them.
   */
  readonly role: 'resource' | 'request-body' | 'representation' | 'example';
  readonly properties: readonly PropertyFact[];
  /** The table is introduced as "the properties that are required when you create" the type. */
  readonly requiredOnCreate: boolean;
  readonly place: SourcePlace;
}

export interface EnumMemberFact {
  readonly name: string;
  readonly value: number | undefined;
  readonly description: string;
  readonly place: SourcePlace;
}

/** A member table of an enum page, or of a `### x values` section. */
export interface EnumDescription {
  readonly name: NameEvidence;
  /** The anchor of the section holding the table, for properties that link to it. */
  readonly anchor: string;
  readonly members: readonly EnumMemberFact[];
  readonly place: SourcePlace;
}

export type PermissionScheme = 'delegated-work' | 'delegated-personal' | 'application';

export interface PermissionFact {
  readonly scheme: PermissionScheme;
  /** The scopes named, empty when the cell says "Not supported." or is a placeholder. */
  readonly scopes: readonly string[];
  readonly notSupported: boolean;
  readonly place: SourcePlace;
}

export interface HttpRequestLine {
  readonly method: string;
  /** The path as written, without host or version prefix: `/deviceManagement/importedDeviceIdentities/$ref`. */
  readonly path: string;
  readonly query: string;
  readonly place: SourcePlace;
}

export interface HeaderFact {
  readonly name: string;
  readonly description: string;
  readonly place: SourcePlace;
}

/** What an API page documents about its one operation (the HTTP request section and around it). */
export interface OperationFacts {
  readonly title: string | undefined;
  readonly summary: string | undefined;
  readonly requests: readonly HttpRequestLine[];
  readonly permissions: readonly PermissionFact[];
  readonly headers: readonly HeaderFact[];
  /** The type named by "supply a JSON representation of the [x] object". */
  readonly requestBodyType: NameEvidence | undefined;
  readonly response: ResponseFacts | undefined;
  /**
   * The page documents a function, not a property read: a `Function parameters` section, or
   * "this function returns" (driveitem-delta.md). Its path's last segment names no property.
   */
  readonly isFunction: boolean;
  readonly query: QueryFacts;
  readonly place: SourcePlace;
}

export interface ResponseFacts {
  readonly status: number | undefined;
  readonly type: TypeExpr | undefined;
  readonly place: SourcePlace;
}

/** Why a JSON body is not strict JSON, as far as its text shows. */
export type JsonProblem = 'comments' | 'trailing-comma' | 'ellipsis' | 'truncated' | 'other';

/** A JSON body's text and where it sits; `value` is absent when it does not parse. */
export interface JsonBody {
  readonly text: string;
  readonly value: unknown;
  /** Read as a reader would (comments and trailing commas tolerated). */
  readonly parsed: boolean;
  /** Why it is not strict JSON; undefined when it is. */
  readonly problem: JsonProblem | undefined;
  /** Line in the page of each JSON path in the body (`enrollmentState`, `value[0].id`), for diagnostics. */
  readonly lines: Readonly<Record<string, number>>;
  readonly place: SourcePlace;
}

export interface ExampleFacts {
  readonly role: 'request' | 'response' | 'resource';
  /** The `<!-- { "blockType": ... } -->` annotation before the block, when there is one. */
  readonly annotation: Readonly<Record<string, unknown>> | undefined;
  readonly annotationPlace: SourcePlace | undefined;
  readonly http:
    | {
        readonly kind: 'request';
        readonly method: string;
        readonly url: string;
        /** Service-relative path and query of the URL (host and version segment dropped). */
        readonly path: string;
        readonly query: string;
        readonly headers: Readonly<Record<string, string>>;
      }
    | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>> }
    | undefined;
  readonly body: JsonBody | undefined;
  /** A body in another media type (`Content-Type: image/jpeg`, `text/plain`): its text as written. */
  readonly rawBody: string | undefined;
  readonly place: SourcePlace;
}

/** One query option or function parameter a page documents: `$select`, `startDateTime`, `q`. */
export interface QueryOptionFact {
  /** As written, `$` included for OData system query options: `$orderBy`, `startDateTime`. */
  readonly name: string;
  /** The table's Type (or Value) column when there is one; prose names no type. */
  readonly type: TypeExpr | undefined;
  readonly description: string;
  /** "Required." / "Optional." in the row, or a Required column; undefined when it does not say. */
  readonly required: boolean | undefined;
  readonly place: SourcePlace;
}

/** What an API page's query-parameter and function-parameter sections say. */
export interface QueryFacts {
  /** Options named in prose ("supports the `$select` and `$filter` OData query parameters") or tables, in page order. */
  readonly options: readonly QueryOptionFact[];
  /** Options named as not supported ("`$filter` is not supported."). */
  readonly unsupported: readonly string[];
  /** The page says the method supports "the OData query parameters" without naming any. */
  readonly supportsOData: boolean;
  /** Rows of a "Function parameters" table (driveitem-search.md's `q`). */
  readonly functionParameters: readonly QueryOptionFact[];
  /** Rows of a "Path parameters" table, which on workbook pages are a function's arguments (range-cell.md's `row`, `column`). */
  readonly pathParameters: readonly QueryOptionFact[];
}
