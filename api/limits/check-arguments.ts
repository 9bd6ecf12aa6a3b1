/**
 * Checks the argument VALUES of an operation once its variables are known (a validation rule sees only literals):
 * the custom queries' ranged arguments (argument-ranges.ts: sources' limit, lineage's maxDepth …) must be in their
 * range, other page sizes (`limit`, `first`) at least 1, score bounds (`minScore`) from 0 to 1, and input objects
 * (`where` filters above all) are bounded in nesting and in size, so that a 560-byte filter cannot become a 27-second query. Each fragment is walked once.
 *
 * Example: checkArguments(parse('{ policies(limit: 0) { id } }').definitions[0], {}, [], LIMITS)
 *   → GraphQLError 'policies: limit must be at least 1, got 0' with extensions.code BAD_USER_INPUT.
 */
import { GraphQLError, Kind } from '../graphql.ts';
import { rangeProblem } from '../argument-ranges.ts';
import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';

/** Bounds on argument values. */
export interface ArgumentLimits {
  /** Deepest nesting of input objects in one argument (`{ a: { b: { eq: 1 } } }` is 3). */
  maxFilterDepth: number;
  /** Most input objects in one operation's arguments (each `OR` item, each nested filter, counts one). */
  maxFilterObjects: number;
  /** Longest list in an argument (`in: [...]`, `OR: [...]`). */
  maxListItems: number;
}

const PAGE_ARGUMENTS = new Set(['limit', 'first']);
/** Scores run from 0 to 1: a bound outside is refused once, not once per object it would be asked of. */
const SCORE_ARGUMENTS = new Set(['minScore']);
/** Full-text phrases: Lucene refuses more clauses than this, and it is checked here, before anything reaches the database. */
const MAX_PHRASE_TERMS = 1024;

function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra, http: { status: 400 } } });
}

/** A literal or a variable's value as plain JSON. */
function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => argumentValue(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, argumentValue(f.value, variables)]));
  }
}

/** Returns the first problem with the operation's argument values, or undefined when there is none. */
export function checkArguments(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  fragments: readonly FragmentDefinitionNode[],
  limits: ArgumentLimits,
): GraphQLError | undefined {
  const byName = new Map(fragments.map((f) => [f.name.value, f]));
  const walked = new Set<string>();
  let objects = 0;

  /** Depth of a value's input objects; counts objects and checks list lengths on the way. */
  const measure = (value: unknown, where: string): number | GraphQLError => {
    if (Array.isArray(value)) {
      if (value.length > limits.maxListItems) {
        return badInput(`${where}: a list of ${value.length} items exceeds the maximum of ${limits.maxListItems}`, {
          maxListItems: limits.maxListItems,
        });
      }
      let deepest = 0;
      for (const item of value) {
        const d = measure(item, where);
        if (d instanceof GraphQLError) return d;
        deepest = Math.max(deepest, d);
      }
      return deepest;
    }
    if (value === null || typeof value !== 'object') return 0;
    objects += 1;
    if (objects > limits.maxFilterObjects) {
      return badInput(`${where}: the arguments hold more than ${limits.maxFilterObjects} input objects (filters)`, {
        maxFilterObjects: limits.maxFilterObjects,
      });
    }
    let deepest = 0;
    for (const item of Object.values(value)) {
      const d = measure(item, where);
      if (d instanceof GraphQLError) return d;
      deepest = Math.max(deepest, d);
    }
    return deepest + 1;
  };

  const walk = (set: SelectionSetNode | undefined): GraphQLError | undefined => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (walked.has(name)) continue;
        walked.add(name);
        const problem = walk(byName.get(name)?.selectionSet);
        if (problem) return problem;
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        const field = selection.name.value;
        for (const arg of selection.arguments ?? []) {
          const value = argumentValue(arg.value, variables);
          const where = `${field}(${arg.name.value})`;
          // The custom queries' ranged arguments (sources' limit, lineage's maxDepth …) say their whole range.
          const outOfRange = rangeProblem(field, arg.name.value, value);
          if (outOfRange) return badInput(outOfRange, { argument: arg.name.value });
          if (PAGE_ARGUMENTS.has(arg.name.value) && typeof value === 'number' && value < 1) {
            return badInput(`${field}: ${arg.name.value} must be at least 1, got ${value}`, {
              argument: arg.name.value,
            });
          }
          if (SCORE_ARGUMENTS.has(arg.name.value) && typeof value === 'number' && !(value >= 0 && value <= 1)) {
            return badInput(`${field}: ${arg.name.value} must be from 0 to 1, got ${value}`, {
              argument: arg.name.value,
            });
          }
          if (arg.name.value === 'phrase' && typeof value === 'string') {
            const terms = value
              .normalize('NFKC')
              .split(/[\s\u3000]+/)
              .filter((t) => t !== '').length;
            if (terms > MAX_PHRASE_TERMS)
              return badInput(`${field}: the phrase has ${terms} terms; at most ${MAX_PHRASE_TERMS} are allowed`, {
                argument: 'phrase',
              });
          }
          const depth = measure(value, where);
          if (depth instanceof GraphQLError) return depth;
          if (depth > limits.maxFilterDepth) {
            return badInput(
              `${where}: input nested ${depth} levels deep exceeds the maximum of ${limits.maxFilterDepth}`,
              { maxFilterDepth: limits.maxFilterDepth },
            );
          }
        }
      }
      const problem = walk(selection.selectionSet);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(operation.selectionSet);
}
