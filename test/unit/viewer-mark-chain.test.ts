import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { clearChain, fadeChain, markChain } from '../../viewer/src/mark-chain.ts';

/** A headless graph: a lane, `boxes` policy boxes of `n` articles, article i of box b aligned with i of box b-1. */
function graph(boxes: number, n: number): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add({ group: 'nodes', data: { id: 'lane:national', kind: 'lane' }, classes: 'lane' });
  for (let b = 0; b < boxes; b++) {
    cy.add({ group: 'nodes', data: { id: `policy:${b}`, kind: 'policy' } });
    for (let i = 0; i < n; i++) cy.add({ group: 'nodes', data: { id: `article:${b}#${i}`, parent: `policy:${b}` } });
    if (b > 0)
      for (let i = 0; i < n; i++)
        cy.add({
          group: 'edges',
          data: { id: `aligns:${b}#${i}`, source: `article:${b}#${i}`, target: `article:${b - 1}#${i}` },
        });
  }
  return cy;
}

const marked = (cy: Core, cls: string) =>
  cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();

/** Ids of the elements whose classes change while `run` runs. */
function touched(cy: Core, run: () => void): string[] {
  const ids = new Set<string>();
  const note = (e: { target: { id(): string } }) => ids.add(e.target.id());
  cy.on('class', note);
  run();
  cy.off('class', note);
  return [...ids].sort();
}

describe('markChain', () => {
  test('the chain and its start are marked; the rest fades, a box as a whole, but for lanes and boxes in the chain', () => {
    const cy = graph(3, 2);
    markChain(cy, ['article:1#0', 'article:0#0', 'aligns:1#0', 'article:gone'], 'article:1#0');
    expect(marked(cy, 'hl')).toEqual(['aligns:1#0', 'article:0#0', 'article:1#0']);
    expect(marked(cy, 'hl-start')).toEqual(['article:1#0']);
    // Box 2 fades as a whole (Cytoscape draws its articles at its opacity too); in boxes 0 and 1 the other articles.
    expect(marked(cy, 'faded')).toEqual([
      'aligns:1#1',
      'aligns:2#0',
      'aligns:2#1',
      'article:0#1',
      'article:1#1',
      'policy:2',
    ]);
    clearChain(cy);
    expect([...marked(cy, 'hl'), ...marked(cy, 'hl-start'), ...marked(cy, 'faded')]).toEqual([]);
  });

  // Issue 17: click to highlighted chain took 2.2 s at 5,000 elements; each element whose classes change is restyled.
  test('only the elements that change are touched: not the articles of a faded box, not what stays faded', () => {
    const cy = graph(20, 10);
    const first = touched(cy, () => markChain(cy, ['article:1#0', 'article:0#0', 'aligns:1#0'], 'article:1#0'));
    expect(first.filter((id) => /^article:(1\d|[2-9])#/.test(id))).toEqual([]);
    // 18 boxes and 189 edges fade, 18 articles of boxes 0 and 1 too, and the chain's 3 elements are marked.
    expect(first.length).toBe(18 + 189 + 18 + 3);
    const second = touched(cy, () => markChain(cy, ['article:1#1', 'article:0#1', 'aligns:1#1'], 'article:1#1'));
    expect(second).toEqual(['aligns:1#0', 'aligns:1#1', 'article:0#0', 'article:0#1', 'article:1#0', 'article:1#1']);
  });

  // Issue 17: a click's feedback cleared every mark, restyling the whole dimmed graph (100–150 ms to feedback).
  test('click feedback: the old chain fades into the rest and the clicked article comes forward, nothing else', () => {
    const cy = graph(20, 10);
    markChain(cy, ['article:1#0', 'article:0#0', 'aligns:1#0'], 'article:1#0');
    const changed = touched(cy, () => fadeChain(cy, 'article:1#1'));
    expect(changed).toEqual(['aligns:1#0', 'article:0#0', 'article:1#0', 'article:1#1']);
    expect([...marked(cy, 'hl'), ...marked(cy, 'hl-start')]).toEqual([]);
    expect(cy.getElementById('article:1#1').hasClass('faded')).toBe(false);
    expect(cy.getElementById('article:1#0').hasClass('faded')).toBe(true);
    // The next chain swaps only what changes, and the first click (nothing dimmed) dims nothing.
    markChain(cy, ['article:1#1', 'article:0#1', 'aligns:1#1'], 'article:1#1');
    expect(marked(cy, 'hl')).toEqual(['aligns:1#1', 'article:0#1', 'article:1#1']);
    const fresh = graph(2, 2);
    fadeChain(fresh, 'article:1#0');
    expect(marked(fresh, 'faded')).toEqual([]);
  });
});
