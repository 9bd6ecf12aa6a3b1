// Pure parts of the local engine and the plain-value conversion: Java version parsing, ports, driver values.
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import { findFreePort, toPlain } from '../../graph/index.ts';
import { isPortFree, parseJavaMajor } from '../../graph/local-neo4j/index.ts';

describe('parseJavaMajor', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['bash: java: command not found', undefined],
  ])('%j → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('ports', () => {
  test('a port reported free can be bound, and is not free while bound', async () => {
    const port = await findFreePort();
    expect(await isPortFree(port)).toBe(true);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('toPlain', () => {
  test('converts Integers, temporals and nested structures; big integers become strings', () => {
    const value = {
      n: neo4j.int(42),
      big: neo4j.int('9007199254740993'),
      day: new neo4j.types.Date(2021, 8, 4),
      list: [neo4j.int(1), 'a', null],
      nested: { score: 0.5, ok: true },
    };
    expect(toPlain(value)).toEqual({
      n: 42,
      big: '9007199254740993',
      day: '2021-08-04',
      list: [1, 'a', null],
      nested: { score: 0.5, ok: true },
    });
  });

  test('turns nodes into their properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Policy'], { id: 'p', articleCount: neo4j.int(3) }, 'e1');
    expect(toPlain(node)).toEqual({ id: 'p', articleCount: 3 });
  });
});
