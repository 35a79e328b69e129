import type { Diagnostic } from './diagnostics.js';
import type { JsonProblem, PermissionScheme } from './page-facts.js';
import type { SourcePlace } from './source.js';
import type { TypeId, TypeRef } from './type-ref.js';

/**
 * Descriptions and provenance, kept beside a construct's shape (quicktype's attributes):
 * emitters read them for doc comments, diagnostics for places.
 */
export interface Meta {
  readonly description: string | undefined;
  /** Every place that contributed, sorted; the first is the one doc comments name. */
  readonly sources: readonly SourcePlace[];
}

export interface Property {
  /** The wire name, unchanged. */
  readonly name: string;
  readonly type: TypeRef;
  readonly meta: Meta;
}

export interface ObjectType {
  readonly kind: 'object';
  readonly id: TypeId;
  /** `microsoft.graph` or a sub-namespace such as `microsoft.graph.callRecords`. */
  readonly namespace: string;
  /** The simple name, service casing: `importedDeviceIdentity`. */
  readonly name: string;
  readonly base: TypeId | undefined;
  /** Own properties only; inherited ones live on the base. */
  readonly properties: readonly Property[];
  readonly meta: Meta;
}

export interface EnumMember {
  readonly name: string;
  readonly value: number | undefined;
  readonly meta: Meta;
}

export interface EnumType {
  readonly kind: 'enum';
  readonly id: TypeId;
  readonly namespace: string;
  readonly name: string;
  readonly members: readonly EnumMember[];
  readonly meta: Meta;
}

export interface Permission {
  readonly scheme: PermissionScheme;
  readonly scopes: readonly string[];
  readonly notSupported: boolean;
}

export interface PathParameter {
  /** As written between the braces: `id`, `user-id`. */
  readonly name: string;
}

/** A query option a request function takes: an OData system option (`$select`) or a custom one (`startDateTime`). */
export interface QueryParameter {
  /** As sent: `$select`, `$orderby`, `startDateTime`. */
  readonly name: string;
  /** `Collection(String)` for comma-separated lists (`$select=a,b`), `Int32` for `$top`, `Boolean` for `$count`. */
  readonly type: TypeRef;
  /** The request line writes it with a placeholder (`?startDateTime={start_datetime}`) or its row says Required. */
  readonly required: boolean;
  readonly meta: Meta;
}

export interface OperationResponse {
  readonly status: number;
  /** Undefined for no content. */
  readonly body: TypeRef | undefined;
}

export interface Operation {
  readonly kind: 'operation';
  /** `POST /deviceManagement/importedDeviceIdentities`: method and path template identify an operation. */
  readonly id: string;
  readonly method: string;
  /** Path template relative to the service root, parameters in braces. */
  readonly path: string;
  readonly pathParameters: readonly PathParameter[];
  readonly requestBody: TypeRef | undefined;
  /**
   * An action's parameters (the "Request body" table of `application-addkey.md`), sent as one
   * JSON object, when the docs name no type for the body: empty otherwise.
   */
  readonly bodyParameters: readonly Property[];
  /** Body properties the docs say a request must send (create bodies): emitted as required. */
  readonly requiredBodyProperties: readonly string[];
  /** The query options the pages document, system options first; callers may still send others. */
  readonly queryParameters: readonly QueryParameter[];
  readonly response: OperationResponse;
  readonly permissions: readonly Permission[];
  readonly title: string | undefined;
  readonly meta: Meta;
}

export interface Example {
  readonly kind: 'example';
  readonly role: 'request' | 'response' | 'resource';
  /** The operation it illustrates, when it sits on an API page. */
  readonly operationId: string | undefined;
  /** The type its body should have, when the page or annotation says. */
  readonly type: TypeRef | undefined;
  readonly request:
    | {
        readonly method: string;
        readonly path: string;
        readonly query: string;
        readonly headers: Readonly<Record<string, string>>;
        /** False for a request to another server than the service (an app's callback, an upload URL). */
        readonly toService: boolean;
      }
    | undefined;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly hasBody: boolean;
  /** Whether the example has a JSON body at all, and whether it parses (leniently). */
  readonly bodyState: 'none' | 'parsed' | 'unparsed';
  /** A body in another media type (an upload's bytes, `text/plain`), as written; undefined for JSON bodies. */
  readonly rawBody: string | undefined;
  /** Why the body is not strict JSON, when it is not. */
  readonly bodyProblem: JsonProblem | undefined;
  /** Line of each JSON path of the body, for diagnostics. */
  readonly lines: Readonly<Record<string, number>>;
  readonly place: SourcePlace;
}

/** The one contract between the parser and the emitters: plain data, sorted, every node with its sources. */
export interface ApiModel {
  readonly objects: readonly ObjectType[];
  readonly enums: readonly EnumType[];
  readonly operations: readonly Operation[];
  readonly examples: readonly Example[];
  readonly diagnostics: readonly Diagnostic[];
}
