// E2E support: getting around the editor with the keyboard alone (no mouse event), and reading where focus is.
import type { Page } from 'playwright-core';

/** The focused element's name as assistive technology would read it (aria-label, its label, or its text). */
export function focusedName(page: Page): Promise<string> {
  // A script string: the test code is type-checked without the DOM library.
  return page.evaluate<string>(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    const labelled = element.getAttribute('aria-label');
    if (labelled) return labelled;
    if (element.labels && element.labels.length > 0) return element.labels[0].textContent.trim();
    return (element.textContent ?? '').trim();
  })()`);
}

function matches(name: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? name.startsWith(wanted) : wanted.test(name);
}

/** Presses Tab (or Shift+Tab) until the focused element's name starts with `wanted`. */
export async function tabTo(
  page: Page,
  wanted: string | RegExp,
  { back = false, max = 80 }: { back?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (matches(await focusedName(page), wanted)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${String(wanted)}"; last focus: ${await focusedName(page)}`);
}

/** On the canvas: Home, then ↓ until the element whose name starts with `wanted` has the focus. */
export async function arrowTo(page: Page, wanted: string | RegExp, max = 60): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < max; i++) {
    if (matches(await focusedName(page), wanted)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the arrows never reached "${String(wanted)}"; last focus: ${await focusedName(page)}`);
}

/** Waits until the focus is on an element whose name starts with `wanted` (focus may move a frame later). */
export async function focusSettlesOn(page: Page, wanted: string | RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let name = '';
  while (Date.now() < deadline) {
    name = await focusedName(page);
    if (matches(name, wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`focus never reached "${String(wanted)}"; it is on: ${name}`);
}

/** Types a label into the in-place editor that just opened and confirms it with Enter. */
export async function typeLabel(page: Page, label: string): Promise<void> {
  await focusSettlesOn(page, 'Beschriftung bearbeiten');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}
