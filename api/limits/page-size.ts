/**
 * Page-size limits. `capLimit(500, 20, 100)` → 100, `capLimit(undefined, 20, 100)` → 20; `withPageLimits(typeDefs,
 * { default: 200, max: 200 })` adds `@limit(default: 200, max: 200)` to every `@node` type, so the library caps its
 * generated `limit` and `first` arguments. The library applies a type's @limit to every list of that type, nested
 * ones included (Policy.articles too), so the default equals the maximum: a list is never cut below the maximum.
 */
import { Kind, parse, print } from '../graphql.ts';
import type { ConstDirectiveNode, DocumentNode } from 'graphql';

/** Clamps a requested list size into 1…max, falling back to `fallback`. */
export function capLimit(requested: number | null | undefined, fallback: number, max: number): number {
  const wanted = requested === null || requested === undefined ? fallback : Math.floor(requested);
  return Math.max(1, Math.min(wanted, max));
}

function intArg(name: string, value: number) {
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(value) },
  } as const;
}

/** Returns type definitions where each `@node` type without its own `@limit` carries the given one. */
export function withPageLimits(typeDefs: string, limit: { default: number; max: number }): string {
  const document = parse(typeDefs);
  const directive: ConstDirectiveNode = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'limit' },
    arguments: [intArg('default', Math.min(limit.default, limit.max)), intArg('max', limit.max)],
  };
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
    const names = (definition.directives ?? []).map((d) => d.name.value);
    if (!names.includes('node') || names.includes('limit')) return definition;
    return { ...definition, directives: [...(definition.directives ?? []), directive] };
  });
  return print({ ...document, definitions } as DocumentNode);
}
