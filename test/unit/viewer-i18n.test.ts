import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isTextKey, t, type Lang, type TextKey } from '../../viewer/src/i18n.ts';

// The interface speaks one language at a time: a value read from the data (a hit's kind, a document's kind, a
// version status …) has a word in both tables, else the Chinese interface shows it raw in English ('Part',
// 'decision'); and a note that names a tab or a button names it as that language labels it (the English tab read
// "Sign in" while the notes sent the reader to "Sign in to review").
const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
/** The values of a string union type `name` as written in `text`. */
const unionValues = (text: string, name: string): string[] => {
  const body = new RegExp(`export type ${name} =([^;]*);`).exec(text)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
};
const generated = source('viewer/src/generated/graphql.ts');
const model = source('model/index.ts');

describe('every value the viewer shows from the data has a word in both languages', () => {
  const cases: [string, string[]][] = [
    ['hit', unionValues(generated, 'SearchHitKind')],
    ['lane', unionValues(generated, 'Tier')],
    ['authority', unionValues(generated, 'AuthorityLevel')],
    ['version', unionValues(generated, 'VersionStatus')],
    ['class', unionValues(generated, 'AlignmentClass')],
    ['status', unionValues(generated, 'AlignmentStatus')],
    ['dockind', unionValues(model, 'PolicyKind')],
  ];
  test.each(cases)('%s.*', (prefix, values) => {
    expect(values.length).toBeGreaterThan(1);
    expect(values.filter((v) => !isTextKey(`${prefix}.${v}`))).toEqual([]);
  });
});

describe('a note names a tab or button as the same language labels it', () => {
  const labels = (lang: Lang) =>
    new Set([...source('viewer/index.html').matchAll(/data-i18n="([^"]+)"/g)].map((m) => t(lang, m[1] as TextKey)));
  const keys = [...source('viewer/src/i18n.ts').matchAll(/^\s+'([a-zA-Z.]+)':/gm)].map((m) => m[1]!);
  test.each([
    ['zh', /「([^」]+)」/g],
    ['en', /"([^"]+)"/g],
  ] as const)('%s', (lang, quote) => {
    const named = new Set(keys.filter(isTextKey).flatMap((k) => [...t(lang, k).matchAll(quote)].map((m) => m[1]!)));
    // Quoted words that are not interface names: a role, and an example sentence of the CSV legend.
    const notNames = new Set(['审核员', 'under Article 6 of the Individual Income Tax Law']);
    const interfaceNames = new Set([...labels(lang), t(lang, 'state.retry')]);
    expect([...named].filter((n) => !notNames.has(n) && !interfaceNames.has(n))).toEqual([]);
  });
});
