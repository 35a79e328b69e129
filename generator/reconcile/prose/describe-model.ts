import type { ApiModel, EnumType, Meta, ObjectType, Operation } from '../../model/index.js';
import { sameData } from '../../model/index.js';
import type { ProseTexts } from './prose-expr.js';
import { resolveProse } from './prose-expr.js';

/**
 * A declaration with its words in, and the texts they were read from: a watch session's memo
 * (`DescribedMemo`) keeps it while the structure's declaration is the same object and each of
 * those pages' texts is the same (a page an edit left alone keeps its texts object; an edited
 * page's are compared word by word).
 */
interface Described<T> {
  readonly node: T;
  /** The texts of each page it read, by file. */
  readonly read: ReadonlyMap<string, readonly string[] | undefined>;
}

/** Each structure declaration's described form, kept between a watch session's runs. */
export type DescribedMemo = WeakMap<object, Described<unknown>>;

/**
 * Puts the words into a model built from split facts (see `splitProse`): every description
 * that reconciling left as an expression becomes its text. The structure is shared, not
 * copied, and never changed: a watch session keeps it for the next edit. Given `memo`, a
 * declaration that is the same object as last run's, with the same texts to read, is last
 * run's described one (~80 ms of a structural edit on the v1.0 pages, and emitters then know it).
 */
export function describeModel(structure: ApiModel, texts: ProseTexts, memo?: DescribedMemo): ApiModel {
  const described = <T extends object>(node: T, describe: (node: T, texts: ProseTexts) => T): T => {
    if (memo === undefined) return describe(node, texts);
    const kept = memo.get(node) as Described<T> | undefined;
    if (kept !== undefined && sameTexts(kept.read, texts)) return kept.node;
    const read = new Map<string, readonly string[] | undefined>();
    const reading: ProseTexts = {
      get: (file) => {
        const words = texts.get(file);
        read.set(file, words);
        return words;
      },
    };
    const made = describe(node, reading);
    memo.set(node, { node: made, read });
    return made;
  };
  return {
    ...structure,
    objects: structure.objects.map((type) => described(type, describeObject)),
    enums: structure.enums.map((type) => described(type, describeEnum)),
    operations: structure.operations.map((operation) => described(operation, describeOperation)),
  };
}

/** Each page's texts as they were read: the same object (a page left alone), or, for a page edited, the same words. */
function sameTexts(read: ReadonlyMap<string, readonly string[] | undefined>, texts: ProseTexts): boolean {
  for (const [file, words] of read) if (!sameData(texts.get(file), words)) return false;
  return true;
}

function describeObject(type: ObjectType, texts: ProseTexts): ObjectType {
  return { ...withMeta(type, texts), properties: type.properties.map((property) => withMeta(property, texts)) };
}

function describeEnum(type: EnumType, texts: ProseTexts): EnumType {
  return { ...withMeta(type, texts), members: type.members.map((member) => withMeta(member, texts)) };
}

function describeOperation(operation: Operation, texts: ProseTexts): Operation {
  return {
    ...withMeta(operation, texts),
    bodyParameters: operation.bodyParameters.map((parameter) => withMeta(parameter, texts)),
    queryParameters: operation.queryParameters.map((parameter) => withMeta(parameter, texts)),
  };
}

function withMeta<T extends { readonly meta: Meta }>(node: T, texts: ProseTexts): T {
  const given = node.meta;
  return given.description === undefined ? node : { ...node, meta: { ...given, description: resolveProse(given.description, texts) } };
}
