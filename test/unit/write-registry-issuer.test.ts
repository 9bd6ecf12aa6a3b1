import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePolicyText } from '../../import/index.ts';
import { registryEntryOf } from '../../import/run/scan-run-registry.ts';
import { buildTitleKey } from '../../import/write/build-title-key.ts';
import { citedTitleKey } from '../../import/write/resolve-citations.ts';
import { addToRegistry, createRunRegistry, numberForTitle } from '../../import/write/run-registry.ts';

// A provincial document with no number of its own, whose title repeats the title of the national document it
// implements (国务院《关于支持产学研深度融合的若干政策》（国发〔2021〕4号）): it must not take the national number.
const FILE = 'test/data/docs/guangxi-notice-wrapped-cites-parent-no-number.txt';

describe('cited titles keyed with the issuer outside the brackets', () => {
  test.each([
    ['关于支持产学研深度融合的若干政策', '国务院', '中华人民共和国'],
    ['关于支持产学研深度融合的若干政策', undefined, ''],
    ['广西壮族自治区关于支持产学研深度融合的若干政策', '国务院', '广西壮族自治区'],
  ])('%s with issuer %s → jurisdiction %s', (title, issuer, jurisdiction) => {
    expect(citedTitleKey(title, issuer)?.jurisdiction).toBe(jurisdiction);
  });

  test('no title gives no key', () => {
    expect(citedTitleKey(undefined, '国务院')).toBeUndefined();
  });

  test("the run registry does not hand the parent's number to a same-titled lower document", () => {
    const doc = parsePolicyText(readFileSync(FILE, 'utf8'), { file: FILE });
    expect(doc.docNumber).toBeUndefined();
    const registry = createRunRegistry();
    addToRegistry(registry, registryEntryOf(doc));
    expect(numberForTitle(registry, buildTitleKey(doc.title))).toBeUndefined();
    expect(numberForTitle(registry, buildTitleKey('国务院关于支持产学研深度融合的若干政策'))).toBe('国发〔2021〕4号');
  });
});
