// E2E support: finding, reading and handling nodes on the canvas the way a person would.
import type { Locator, Page } from 'playwright-core';

export function nodeByLabel(page: Page, label: string): Locator {
  return page.locator('.react-flow__node-process', { hasText: label });
}

/** The node's position in flow coordinates, read from React Flow's transform. */
export async function flowPosition(node: Locator): Promise<{ x: number; y: number }> {
  const style = (await node.getAttribute('style')) ?? '';
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(style);
  if (!match) throw new Error(`no position in style "${style}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Double-clicks an empty spot of the canvas (relative to its top-left) and types the new activity's label. */
export async function addActivity(page: Page, at: { x: number; y: number }, label: string): Promise<Locator> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.dblclick(pane.x + at.x, pane.y + at.y);
  const editor = page.getByRole('textbox', { name: 'Beschriftung bearbeiten' });
  await editor.waitFor();
  await editor.fill(label);
  await editor.press('Enter');
  const node = nodeByLabel(page, label);
  await node.waitFor();
  return node;
}

export async function dragBy(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('cannot drag an invisible element');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

// React Flow writes the viewport as `transform: translate(x, y) scale(zoom)` on this element.
export async function viewportTransform(page: Page): Promise<string> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return /transform:\s*([^;]+)/.exec(style)?.[1]?.trim() ?? '';
}

/**
 * The view once it has come to rest: two reads two frames apart agree. When a pan, a wheel zoom or an animated move
 * (summoning, following, fitting) returns, the browser may still be drawing it.
 */
export async function steadyViewport(page: Page): Promise<string> {
  let last = await viewportTransform(page);
  await eventually(async () => {
    // As a string: the test files are type-checked without the browser's types.
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    const now = await viewportTransform(page);
    const same = now === last;
    last = now;
    return same;
  }, 'the view to come to rest');
  return last;
}

/** Polls until `check` holds; a browser-side condition that waits without fixed sleeps. */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
