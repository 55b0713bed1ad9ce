// E2E support: runs axe-core (from npm) in a page and lists what breaks WCAG 2.1 A or AA.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule tags of WCAG 2.0 and 2.1, levels A and AA (what BITV 2.0 / EN 301 549 ask for). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type AxeResult = {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
};

/**
 * Every violation of any impact on the page (or inside `include`), one line each with the rule, its impact and
 * the elements it found, so a failing test says what to fix. axe is evaluated over the DevTools protocol: the
 * page's Content-Security-Policy rightly refuses inline scripts, and a test must not loosen it.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (
        globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
      ).axe;
      const context = include ? { include: include.map((selector) => [selector]) } : { exclude: [] };
      return (await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })) as AxeResult;
    },
    { tags: [...WCAG_21_AA], include },
  );
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join(' | ')}`,
  );
}
