// The generated schema and TypeScript types the viewer uses are current: the committed viewer/src/generated/schema.graphql
// equals the schema the server builds now (run `npm run codegen` after changing api/type-defs.graphql), and the
// generated types hold the enums and fields of issue 16's consistent schema.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { printApiSchema } from '../../api/print-schema.ts';

const generated = (file: string) =>
  readFileSync(new URL(`../../viewer/src/generated/${file}`, import.meta.url), 'utf8');

test('viewer/src/generated/schema.graphql is the schema the API serves (else: npm run codegen)', async () => {
  expect(generated('schema.graphql')).toBe(await printApiSchema());
}, 120_000);

test('the generated types carry the enums and the hit key', () => {
  const types = generated('graphql.ts');
  expect(types).toMatch(
    /export type AlignmentClass =\s+\| 'almost_identical'\s+\| 'identical'\s+\| 'partially_related'\s+\| 'related';/,
  );
  expect(types).toMatch(/export type AlignmentStatus =\s+\| 'confirmed'\s+\| 'rejected'\s+\| 'suggested';/);
  expect(types).toMatch(/export type SearchHit = \{[^}]*nodeId: Scalars\['ID'\]\['output'\];/);
  expect(types).toMatch(/export type LineageStep = \{[^}]*status: AlignmentStatus;/);
});
