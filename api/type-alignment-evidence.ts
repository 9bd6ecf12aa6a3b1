/**
 * Gives `Alignment.evidence` (the ALIGNS_WITH property, stored as JSON text) its typed GraphQL form, the
 * `[EvidenceSpan!]!` that LineageStep and ComparedPair already give. @neo4j/graphql reads relationship properties as
 * scalars only, so the field is declared `String` in type-defs.graphql (the library then projects the stored text) and
 * retyped here, on the built schema, with a resolver that parses the text. Example: stored
 * `'[{"lowerStart":0,"lowerEnd":3,"upperStart":5,"upperEnd":8,"lowerText":"高新区","upperText":"高新区"}]'` → one
 * EvidenceSpan; the text stays readable as the deprecated `evidenceJson`.
 */
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { GraphQLList, GraphQLNonNull } from './graphql.ts';
import { parseEvidence } from './parse-evidence.ts';

/** Reads the evidence under the field's response key: stored text, or spans a hydration query already parsed. */
const resolveEvidence: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _context, info) => {
  const value = source[String(info.path.key)] ?? source.evidence;
  return Array.isArray(value) ? value : parseEvidence(value);
};

/** Retypes Alignment.evidence in place (the schema objects come from the one graphql instance of api/graphql.ts). */
export function typeAlignmentEvidence(schema: GraphQLSchema): GraphQLSchema {
  const alignment = schema.getType('Alignment') as GraphQLObjectType | undefined;
  const span = schema.getType('EvidenceSpan') as GraphQLObjectType | undefined;
  const field = alignment?.getFields().evidence;
  if (!field || !span) throw new Error('type-defs.graphql lost Alignment.evidence or EvidenceSpan');
  // A schema's types cannot be swapped without rebuilding every type that refers to them (mapSchema); the field
  // object is the one the executor and the printer read, so changing its type and resolver is enough.
  field.type = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(span)));
  field.resolve = resolveEvidence;
  return schema;
}
