/**
 * The one `graphql` module instance the API uses. @neo4j/graphql and Apollo load graphql's CommonJS build; a
 * bundler-style resolver (vitest, vite) would hand our own `import … from 'graphql'` the ESM build instead, and
 * graphql refuses to mix schema objects from two module instances ("from another module or realm"). Requiring it
 * here pins every API file to the CommonJS instance. Types are still imported from 'graphql' with `import type`.
 */
import { createRequire } from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const {
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  OperationTypeNode,
  execute,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  print,
  specifiedRules,
  validate,
} = graphql;
/** The graphql instance's schema builder from SDL (used by unit tests). */
export const buildSchemaFromSDL = graphql.buildSchema;
/** The GraphQLError class of that instance, as a type. */
export type GraphQLError = import('graphql').GraphQLError;
