/**
 * Clicks a graph node where it is drawn, as a user would: waits until the view has settled (the canvas kept its size
 * and the viewport did not move for a while: a resize refits the view 80 ms after it ends, and a refit between our
 * fit and the click moved the node away from under the mouse), fits the node into view (with `padding` px around
 * it), then clicks the mouse at its rendered position. Example: await clickNode(page, 'policy:柳政规〔2021〕18号').
 */
import type { Page } from 'playwright-core';

type Cy = import('cytoscape').Core;

/** How long the canvas size and the viewport must stay still before a click (ms); well past the 80 ms resize refit. */
const SETTLED_MS = 300;

/** Resolves once the canvas size and the viewport have not changed for SETTLED_MS. */
export async function waitForSettledView(page: Page): Promise<void> {
  await page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve) => {
        const cy = (window as unknown as { cy: Cy }).cy;
        const box = cy.container()!;
        const size = () => `${box.clientWidth}×${box.clientHeight}`;
        let last = size();
        let since = performance.now();
        const moved = () => {
          since = performance.now();
        };
        cy.on('viewport resize', moved);
        const tick = () => {
          const now = size();
          if (now !== last) {
            last = now;
            since = performance.now();
          }
          if (performance.now() - since >= quietMs) {
            cy.off('viewport resize', moved);
            resolve();
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    SETTLED_MS,
  );
}

/** Fits node `id` into view and clicks it, once the view has settled. */
export async function clickNode(page: Page, id: string, padding = 150): Promise<void> {
  await waitForSettledView(page);
  const box = (await page.locator('#cy').boundingBox())!;
  const at = await page.evaluate(
    ([nodeId, pad]) => {
      const cy = (window as unknown as { cy: Cy }).cy;
      const node = cy.getElementById(nodeId as string);
      cy.fit(node, pad as number);
      return node.renderedPosition();
    },
    [id, padding] as const,
  );
  await page.mouse.click(box.x + at.x, box.y + at.y);
}
