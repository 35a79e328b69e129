import type { EnumDescription, OperationFacts, PageFacts, QueryOptionFact, TypeDescription } from '../../model/index.js';
import type { ProseExpr } from './prose-expr.js';
import { proseRef } from './prose-expr.js';

/** A page's facts with each prose field replaced by a reference to it, and the texts referred to. */
export interface SplitPage {
  readonly structure: PageFacts;
  /** The prose fields' texts, by the index their references carry. */
  readonly texts: readonly string[];
}

/**
 * Takes the words out of a page's facts: every description (property rows, enum members,
 * headers, query options and parameters) and an API page's summary becomes a `proseRef`.
 * What the parser read out of the words (possible values, "Required.", a link to a values
 * section, "Inherited from") are facts of their own and stay. An empty field is referred to
 * as well: a cell filled in is an edit of words alone.
 */
export function splitProse(page: PageFacts): SplitPage {
  const texts: string[] = [];
  const ref = (text: string): ProseExpr => proseRef(page.file, texts.push(text) - 1);
  const typeDescription = (description: TypeDescription): TypeDescription => ({
    ...description,
    properties: description.properties.map((property) => ({ ...property, description: ref(property.description) })),
  });
  const enumDescription = (description: EnumDescription): EnumDescription => ({
    ...description,
    members: description.members.map((member) => ({ ...member, description: ref(member.description) })),
  });
  const option = (fact: QueryOptionFact): QueryOptionFact => ({ ...fact, description: ref(fact.description) });
  const operation = (facts: OperationFacts): OperationFacts => ({
    ...facts,
    summary: facts.summary === undefined ? undefined : ref(facts.summary),
    headers: facts.headers.map((header) => ({ ...header, description: ref(header.description) })),
    query: { ...facts.query, options: facts.query.options.map(option), functionParameters: facts.query.functionParameters.map(option), pathParameters: facts.query.pathParameters.map(option) },
  });
  const structure: PageFacts = {
    ...page,
    typeDescriptions: page.typeDescriptions.map(typeDescription),
    enums: page.enums.map(enumDescription),
    operation: page.operation === undefined ? undefined : operation(page.operation),
  };
  return { structure, texts };
}
