import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { applyElements } from '../../viewer/src/apply-elements.ts';
import type { ElementDef } from '../../viewer/src/build-elements.ts';

const defs: ElementDef[] = [
  {
    group: 'nodes',
    data: { id: 'lane:national', kind: 'lane', label: '国家级' },
    classes: 'lane',
    position: { x: 0, y: 0 },
  },
  { group: 'nodes', data: { id: 'policy:P', kind: 'policy', label: 'P' }, classes: 'open' },
  { group: 'nodes', data: { id: 'article:P#1', kind: 'article', parent: 'policy:P', label: '第一条' } },
  { group: 'nodes', data: { id: 'article:P#2', kind: 'article', parent: 'policy:P', label: '第二条' } },
  { group: 'edges', data: { id: 'aligns:1', kind: 'aligns', source: 'article:P#2', target: 'article:P#1' } },
];
const positions = { 'article:P#1': { x: 10, y: 20 }, 'article:P#2': { x: 170, y: 20 } };

/** Ids of the elements given data, classes or a position while `run` runs. */
function touched(cy: Core, run: () => void): string[] {
  const ids = new Set<string>();
  const note = (e: { target: { id(): string } }) => ids.add(e.target.id());
  cy.on('data class position', note);
  run();
  cy.off('data class position', note);
  return [...ids].sort();
}

describe('applyElements', () => {
  // Issue 17: the overview's rows follow the window; lanes are locked against dragging and stayed where they were.
  test('a lane given a new position moves there and stays locked', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    applyElements(cy, defs, positions);
    const moved = defs.map((d) => (d.data.kind === 'lane' ? { ...d, position: { x: 0, y: 300 } } : d));
    applyElements(cy, moved, positions);
    expect(cy.getElementById('lane:national').position()).toEqual({ x: 0, y: 300 });
    expect(cy.getElementById('lane:national').locked()).toBe(true);
  });

  test('brings the graph to the definitions and positions', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    applyElements(cy, defs, positions);
    expect(cy.elements().map((e) => e.id())).toEqual(defs.map((d) => d.data.id));
    expect(cy.getElementById('article:P#2').position()).toEqual({ x: 170, y: 20 });
    applyElements(cy, [...defs.slice(0, 3)], { 'article:P#1': { x: 0, y: 0 } });
    expect(cy.elements().map((e) => e.id())).toEqual(['lane:national', 'policy:P', 'article:P#1']);
    expect(cy.getElementById('article:P#1').position()).toEqual({ x: 0, y: 0 });
  });

  // Issue 17: the page redraws from its store after every click; giving 5,000 elements their same data, classes and
  // position restyled and re-measured every one of them.
  test('a redraw with nothing changed touches no element, and keeps the classes the view gave', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    applyElements(cy, defs, positions);
    cy.getElementById('article:P#1').addClass('hl');
    expect(touched(cy, () => applyElements(cy, defs, positions))).toEqual([]);
    expect(cy.getElementById('article:P#1').hasClass('hl')).toBe(true);
    const changed = defs.map((d) => (d.data.id === 'policy:P' ? { ...d, classes: 'closed' } : d));
    expect(touched(cy, () => applyElements(cy, changed, { ...positions, 'article:P#2': { x: 0, y: 90 } }))).toEqual([
      'article:P#2',
      'policy:P',
    ]);
  });
});
