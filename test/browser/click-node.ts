/**
 * Clicks a graph node where it is drawn, as a user would: fits it into view (with `padding` px around it), then
 * clicks the mouse at its rendered position. Example: await clickNode(page, 'policy:柳政规〔2021〕18号').
 */
import type { Page } from 'playwright-core';

type Cy = import('cytoscape').Core;

/** Fits node `id` into view and clicks it. */
export async function clickNode(page: Page, id: string, padding = 150): Promise<void> {
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
