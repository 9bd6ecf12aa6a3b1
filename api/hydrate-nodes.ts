/**
 * Turns ids returned by the custom resolvers into full `Policy` / `Article` objects by running the client's own
 * sub-selection through the generated `policies` / `articles` root fields, so nested relationship fields work on
 * custom results too. Example: inside `lineage { from { policy { title } } }`, `load('Article', 'x#a1', info)`
 * runs `{ __nodes: articles(where: { id: { in: ["x#a1", …] } }) { __hydrateId: id policy { title } } }` once for
 * all steps of the list (ids are batched per selection until the next turn of the event loop).
 */
import { Kind, OperationTypeNode, execute, print } from './graphql.ts';
import type { DocumentNode, FieldNode, GraphQLResolveInfo, SelectionNode, VariableDefinitionNode } from 'graphql';

/** The node types custom results point to, and the generated root field that reads each. */
const ROOT_FIELDS = { Policy: 'policies', Article: 'articles', Part: 'parts' } as const;

/** A node type custom results can point to. */
export type HydratedType = keyof typeof ROOT_FIELDS;

/** Loads nodes by id with the selection the client asked for. */
export interface NodeLoader {
  load(type: HydratedType, id: string, info: GraphQLResolveInfo): Promise<Record<string, unknown> | null>;
}

interface Batch {
  type: HydratedType;
  info: GraphQLResolveInfo;
  waiting: Map<string, Array<{ resolve: (v: Record<string, unknown> | null) => void; reject: (e: unknown) => void }>>;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/** Builds the hydration query for one selection (exported for tests). */
export function buildHydrationDocument(type: HydratedType, info: GraphQLResolveInfo, chunkSize: number): DocumentNode {
  const selections: SelectionNode[] = [
    { kind: Kind.FIELD, alias: name('__hydrateId'), name: name('id') },
    ...info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
  ];
  const idsVariable: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: name('__ids') },
    type: {
      kind: Kind.NON_NULL_TYPE,
      type: {
        kind: Kind.LIST_TYPE,
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
      },
    },
  };
  const root: FieldNode = {
    kind: Kind.FIELD,
    alias: name('__nodes'),
    name: name(ROOT_FIELDS[type]),
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: name('where'),
        value: {
          kind: Kind.OBJECT,
          fields: [
            {
              kind: Kind.OBJECT_FIELD,
              name: name('id'),
              value: {
                kind: Kind.OBJECT,
                fields: [
                  { kind: Kind.OBJECT_FIELD, name: name('in'), value: { kind: Kind.VARIABLE, name: name('__ids') } },
                ],
              },
            },
          ],
        },
      },
      { kind: Kind.ARGUMENT, name: name('limit'), value: { kind: Kind.INT, value: String(chunkSize) } },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: [...(info.operation.variableDefinitions ?? []), idsVariable],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [root] },
      },
      ...Object.values(info.fragments),
    ],
  };
}

/** Creates a per-request loader; `chunkSize` must not exceed the page-size maximum. */
export function createNodeLoader(context: unknown, chunkSize: number): NodeLoader {
  const batches = new Map<string, Batch>();

  async function flush(batch: Batch): Promise<void> {
    const ids = [...batch.waiting.keys()];
    try {
      const found = new Map<string, Record<string, unknown>>();
      for (let start = 0; start < ids.length; start += chunkSize) {
        const chunk = ids.slice(start, start + chunkSize);
        const result = await execute({
          schema: batch.info.schema,
          document: buildHydrationDocument(batch.type, batch.info, chunk.length),
          contextValue: context,
          variableValues: { ...batch.info.variableValues, __ids: chunk },
        });
        if (result.errors?.length) throw result.errors[0];
        const rows = (result.data?.__nodes ?? []) as Array<Record<string, unknown>>;
        for (const row of rows) found.set(String(row.__hydrateId), row);
      }
      for (const [id, waiters] of batch.waiting) for (const w of waiters) w.resolve(found.get(id) ?? null);
    } catch (error) {
      for (const waiters of batch.waiting.values()) for (const w of waiters) w.reject(error);
    }
  }

  return {
    load(type, id, info) {
      const key = `${type}\u0000${info.fieldNodes.map((n) => print(n.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] })).join('\u0000')}`;
      let batch = batches.get(key);
      if (!batch) {
        const fresh: Batch = { type, info, waiting: new Map() };
        batches.set(key, fresh);
        setImmediate(() => {
          batches.delete(key);
          void flush(fresh);
        });
        batch = fresh;
      }
      const current = batch;
      return new Promise((resolve, reject) => {
        const list = current.waiting.get(id) ?? [];
        list.push({ resolve, reject });
        current.waiting.set(id, list);
      });
    },
  };
}
