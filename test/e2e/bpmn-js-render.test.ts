// Every corpus file, imported and exported again, opens in bpmn-js in Chromium with every shape and connection of its DI drawn.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportBpmn, importBpmn, prozesswerkPackage } from '@prozesswerk/bpmn';
import { CORPUS_FILES, corpusBytes } from '../bpmn/corpus-files.ts';
import { launchChromium } from './support/app.ts';

const VIEWER = createRequire(import.meta.url).resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

let browser: Browser;
let page: Page;

interface Rendered {
  warnings: string[];
  shapes: number;
  connections: number;
}

// Runs in the page: the test's TypeScript setup has no DOM types, so the globals are described here.
async function render(xml: string): Promise<Rendered> {
  return page.evaluate(
    async ({ text, pw }) => {
      type Element = { type: string; waypoints?: unknown; labelTarget?: unknown };
      type Viewer = {
        importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
        get(name: 'elementRegistry'): { getAll(): Element[] };
        get(name: 'canvas'): { getRootElements(): Element[] };
        destroy(): void;
      };
      const scope = globalThis as unknown as {
        BpmnJS: new (options: { container: string; moddleExtensions: unknown }) => Viewer;
      };
      const viewer = new scope.BpmnJS({ container: '#canvas', moddleExtensions: { pw } });
      try {
        const { warnings } = await viewer.importXML(text);
        const roots = new Set(viewer.get('canvas').getRootElements());
        const drawn = viewer
          .get('elementRegistry')
          .getAll()
          .filter((element) => !roots.has(element) && element.type !== 'label' && !element.labelTarget);
        return {
          warnings: warnings.map((warning) => warning.message),
          shapes: drawn.filter((element) => element.waypoints === undefined).length,
          connections: drawn.filter((element) => element.waypoints !== undefined).length,
        };
      } finally {
        viewer.destroy();
      }
    },
    { text: xml, pw: prozesswerkPackage },
  );
}

const count = (xml: string, tag: string) => xml.split(`<bpmndi:${tag} `).length - 1;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<div id="canvas" style="width: 1600px; height: 1200px"></div>');
  await page.addScriptTag({ path: VIEWER });
}, 120_000);

afterAll(async () => {
  await browser.close();
});

describe('our BPMN exports in bpmn-js', () => {
  it.each(CORPUS_FILES)('draw %s completely, without a warning', async (file) => {
    const { map, title } = await importBpmn(corpusBytes(file));
    const xml = await exportBpmn(map, { processName: title ?? file });
    const rendered = await render(xml);
    expect(rendered.warnings).toEqual([]);
    expect(count(xml, 'BPMNShape')).toBeGreaterThan(0);
    expect(rendered.shapes).toBe(count(xml, 'BPMNShape'));
    expect(rendered.connections).toBe(count(xml, 'BPMNEdge'));
  });
});
