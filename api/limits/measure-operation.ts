/**
 * One pass over an operation for the depth and cost limits, each fragment measured once (memoised by name), so a
 * document whose fragments spread each other twice per level (2^39 expansions in 2 KB) is measured in 40 steps.
 *
 * Cost: each field costs 1; the fields under a list multiply by the list's size — its `limit`/`first` literal (capped
 * at the page size), the page size when it is a variable, else `defaultListSize`; a list of PROPERTY_LIST_TYPES
 * (parsed from one stored property) counts as one item. Introspection is counted: a `__schema` costs
 * INTROSPECTION_COST.schema and a `__type` INTROSPECTION_COST.type, whatever they select, and inside them a type
 * reached through another type's member list may not be expanded again (`fields { type { fields } }`): that
 * recursion, not the schema's size, is what makes introspection answers explode. `__typename` is free.
 * Fields whose resolver does fixed work per call (the alignment engine, whole-document reads) add TIMED_FIELD_COST each,
 * beyond what they select.
 * Depth counts fields, introspection ones included except the `ofType` chain of type references.
 *
 * Example (defaultListSize 10): `{ policies { id articles { id } } }` → { depth: 3, cost: 121 };
 *   `{ a: __schema { types { name } } b: __schema { types { name } } }` → cost 2 × 1000.
 */
import { Kind, getNamedType, getNullableType, isInterfaceType, isListType, isObjectType } from '../graphql.ts';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/** How list sizes are guessed. */
export interface CostOptions {
  maxPageSize: number;
  defaultListSize: number;
}

/** What an introspection root costs, whatever it selects (its answer is bounded by the schema once recursion is refused). */
export const INTROSPECTION_COST = { schema: 1000, type: 50 } as const;

/**
 * Object types served from one stored property of the node or relationship above (EvidenceSpan: the spans parsed
 * from an alignment's evidence text). A list of them reads nothing more from the database and is as long as what
 * the engine wrote, so it costs what one item costs, not a page.
 */
const PROPERTY_LIST_TYPES = new Set(['EvidenceSpan']);

/**
 * Fields whose resolver does fixed work per call, by `Type.field`, and their price on top of their selection. The plain
 * model prices reads by the rows they can return; these spend time per call whatever they return: the engine fields
 * run the alignment engine over the graph and take turns on one engine queue (../engine-turns.ts), and `compare`,
 * `coverage` and `versionDiff` read two whole documents, or every alignment of one, before the selection is resolved.
 * Before they were priced, 30 aliased `sources` ran 2.1 s on the bundled corpus (5.0 s on a loaded machine), and 100
 * aliased `coverage { rows { lowerDocumentCount } }` (cost 1,200) ran 2.9 s. Priced at about 10 per millisecond of
 * their time after `npm start` on the bundled corpus, one request at a time: one `sources` 55–185 ms,
 * `likelyParents` 37–150 ms, `reuse` 8–70 ms, `compare` of a regulation and its law 50–100 ms and `changes` about
 * 0.7 ms per pair, `coverage` of the 117-article 科学技术进步法 16–35 ms, `versionDiff` of 上海's two 科学技术进步条例
 * 22–37 ms (the costliest plain read the default limit admits, `policies(limit: 200) { id title articles { id text } }`,
 * cost 4,601, takes 26–36 ms); `policyOverview { total }` took as long as that read, side by side on a loaded machine
 * (56–145 ms each), and 300 aliased ran 3.9 s. Under the default MAX_QUERY_COST of 5,000 one request holds at most
 * 4 `sources` of one scope (2 of scope ALL), 9 `likelyParents` or `policyOverview`, 6 `compare` with changes, or 19
 * `coverage` or `versionDiff`.
 */
export const TIMED_FIELD_COST: Readonly<Record<string, number>> = {
  'Query.sources': 1000,
  'Query.likelyParents': 500,
  'Query.reuse': 250,
  // The 对照表 of two statutes: 50–100 ms of Cypher on the bundled laws, and its pairs' changes 0.7 ms each.
  'Query.compare': 500,
  'ComparedPair.changes': 5,
  // One read of both documents' parts with their articles, and their targets compared: a few pairs at most.
  'Comparison.partPairs': 50,
  'Query.coverage': 250,
  'Query.versionDiff': 250,
  // Two reads over every Policy (groups, facets) whatever the filter, and the documents' counts when few match.
  'Query.policyOverview': 500,
};

/**
 * How many times a timed field does its fixed work: `sources` of scope ALL (the default) ranks UPPER and PEER apart and
 * merges them (align/rank-sources.ts), twice one scope's time (241 → 498 ms in the median on lawrefbook); a scope in a
 * variable is priced as ALL, as a limit in one is priced at its largest.
 */
export function timedRuns(typeField: string, field: FieldNode): number {
  if (typeField !== 'Query.sources') return 1;
  const scope = field.arguments?.find((a) => a.name.value === 'scope')?.value;
  return scope?.kind === Kind.ENUM && scope.value !== 'ALL' ? 1 : 2;
}

/** Introspection lists that expand a type into its members; one of them may not stand beneath another. */
const MEMBER_LISTS = new Set(['fields', 'inputFields', 'enumValues', 'interfaces', 'possibleTypes']);

/** Depth and cost of a selection, and whether introspection recursed. */
export interface Measure {
  depth: number;
  cost: number;
  /** The part of `cost` that TIMED_FIELD_COST added (0 or absent when the operation has no timed field). */
  timed?: number;
  /** Path of the first introspection recursion found (`__schema.types.fields.type.fields`), if any. */
  recursion?: string;
}

function listSize(field: FieldNode, options: CostOptions): number {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value !== 'limit' && arg.name.value !== 'first') continue;
    // ≤ 0 is refused before execution (check-arguments.ts); here it counts as the page the library would return.
    if (arg.value.kind === Kind.INT) {
      const n = Number(arg.value.value);
      return n > 0 ? Math.min(n, options.maxPageSize) : options.maxPageSize;
    }
    if (arg.value.kind === Kind.VARIABLE) return options.maxPageSize;
  }
  return options.defaultListSize;
}

/** Measures operations of one document; fragments are measured once per (fragment, introspection state). */
export function createOperationMeasurer(schema: GraphQLSchema, document: DocumentNode, options: CostOptions) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const active = new Set<string>();

  /** `inside`: undefined outside introspection, else the number of member lists above (0 or 1). */
  function measure(
    set: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    inside: number | undefined,
    path: string,
  ): Measure {
    if (!set) return { depth: 0, cost: 0 };
    let depth = 0;
    let cost = 0;
    let timed = 0;
    let recursion: string | undefined;
    const take = (m: Measure, addDepth: number, addCost: number, times = 1, addTimed = 0) => {
      depth = Math.max(depth, m.depth + addDepth);
      cost += addCost;
      timed += addTimed + times * (m.timed ?? 0);
      recursion ??= m.recursion;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const fieldPath = `${path}.${name}`;
        if (name === '__schema' || name === '__type') {
          const type = name === '__schema' ? schema.getType('__Schema') : schema.getType('__Type');
          const inner = measure(selection.selectionSet, type ?? undefined, 0, fieldPath);
          take(inner, 1, name === '__schema' ? INTROSPECTION_COST.schema : INTROSPECTION_COST.type);
          continue;
        }
        const fieldDef =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const child = fieldDef ? getNamedType(fieldDef.type) : undefined;
        if (inside !== undefined) {
          const members = inside + (MEMBER_LISTS.has(name) ? 1 : 0);
          if (members > 1) recursion ??= fieldPath;
          const inner = measure(selection.selectionSet, child, members, fieldPath);
          take(inner, name === 'ofType' ? 0 : 1, 0);
          continue;
        }
        const type = fieldDef ? getNullableType(fieldDef.type) : undefined;
        const multiplier =
          type && isListType(type) && !(child && PROPERTY_LIST_TYPES.has(child.name))
            ? listSize(selection, options)
            : 1;
        const inner = measure(selection.selectionSet, child, undefined, fieldPath);
        const typeField = `${parent?.name}.${name}`;
        const price = (TIMED_FIELD_COST[typeField] ?? 0) * timedRuns(typeField, selection);
        take(inner, 1, 1 + price + multiplier * inner.cost, multiplier, price);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const onType = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        const inner = measure(selection.selectionSet, onType, inside, path);
        take(inner, 0, inner.cost);
      } else {
        const inner = spread(selection.name.value, inside, path);
        take(inner, 0, inner.cost);
      }
    }
    return { depth, cost, ...(timed ? { timed } : {}), ...(recursion === undefined ? {} : { recursion }) };
  }

  function spread(name: string, inside: number | undefined, path: string): Measure {
    const key = `${name}\u0000${inside ?? ''}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are the specified rules' to report; they add nothing here.
    if (!fragment || active.has(key)) return { depth: 0, cost: 0 };
    active.add(key);
    const onType = schema.getType(fragment.typeCondition.name.value) ?? undefined;
    const result = measure(fragment.selectionSet, onType, inside, `${path}...${name}`);
    active.delete(key);
    memo.set(key, result);
    return result;
  }

  return (operation: OperationDefinitionNode): Measure => {
    const root =
      operation.operation === 'mutation'
        ? schema.getMutationType()
        : operation.operation === 'subscription'
          ? schema.getSubscriptionType()
          : schema.getQueryType();
    return measure(operation.selectionSet, root ?? undefined, undefined, operation.operation);
  };
}

const cache = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, Measure>>();

/** Measures one operation of a document, once per document and operation (the depth and cost rules share it). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: CostOptions,
): Measure {
  let perDocument = cache.get(document);
  if (!perDocument) cache.set(document, (perDocument = new WeakMap()));
  const known = perDocument.get(operation);
  if (known) return known;
  const measured = createOperationMeasurer(schema, document, options)(operation);
  perDocument.set(operation, measured);
  return measured;
}
