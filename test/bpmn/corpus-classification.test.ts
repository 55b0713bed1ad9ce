// Every element that any corpus file draws is either imported or reported by name; pools keep their names; nodes sit
// in their lanes; and each import exports to clean BPMN that imports back to the same map.
import { describe, expect, it } from 'vitest';
import { exportBpmn, importBpmn } from '@prozesswerk/bpmn';
import type { ImportResult } from '@prozesswerk/bpmn';
import { laneBoxes, nodeSize } from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { CORPUS_FILES, corpusBytes, toolOf } from './corpus-files.ts';
import { drawnElements } from './drawn-elements.ts';
import { comparable, moddleWarnings } from './support.ts';

// Decoded by the declaration, independently of the importer (Node reads windows-1252 as ISO-8859-1, so
// names are compared by their letters and digits only).
function text(file: string): string {
  const bytes = corpusBytes(file);
  const declared = /encoding="([^"]+)"/.exec(new TextDecoder('latin1').decode(bytes.slice(0, 100)))?.[1];
  return new TextDecoder(declared ?? 'utf-8').decode(bytes);
}

const letters = (name: string) => name.replace(/[^\p{L}\p{N}:]+/gu, ' ').trim();

function nodesOutsideTheirLane(map: ProcessMap): string[] {
  const boxes = new Map(laneBoxes(map).map((box) => [box.lane.id as string, box] as const));
  return map.nodes
    .filter((node) => {
      const box = node.laneId === undefined ? undefined : boxes.get(node.laneId);
      if (box === undefined) return false;
      const { width, height } = nodeSize(node);
      const cx = node.x + width / 2;
      const cy = node.y + height / 2;
      return cx < box.x || cx > box.x + box.width || cy < box.y || cy > box.y + box.height;
    })
    .map((node) => node.id);
}

describe('the BPMN corpus', () => {
  it('has at least 40 files in the styles of at least 8 modelling tools', () => {
    expect(CORPUS_FILES.length).toBeGreaterThanOrEqual(40);
    const tools = new Set(CORPUS_FILES.map(toolOf).filter((tool) => tool !== undefined));
    expect(tools.size).toBeGreaterThanOrEqual(8);
  });

  describe.each(CORPUS_FILES)('%s', (file) => {
    let result: ImportResult;
    const load = async () => (result ??= await importBpmn(corpusBytes(file)));

    it('imports or reports every drawn element (counted with plain bpmn-moddle), none silently dropped', async () => {
      const drawn = await drawnElements(text(file));
      const { importedIds, unsupported } = await load();
      const classified = new Set([...importedIds, ...unsupported.map((entry) => entry.id)]);
      expect([...drawn.ids].filter((id) => !classified.has(id))).toEqual([]);
      for (const entry of unsupported) expect(entry.reason, `${entry.id} has a reason`).toMatch(/\w/);
    });

    it('keeps the name of every pool it imports', async () => {
      const drawn = await drawnElements(text(file));
      const { map, importedIds } = await load();
      const labels = (map.pools ?? []).map((pool) => letters(pool.label));
      for (const [id, name] of drawn.participants) {
        if (importedIds.includes(id)) expect(labels, id).toContain(letters(name));
      }
    });

    it('puts every node inside its lane', async () => {
      expect(nodesOutsideTheirLane((await load()).map)).toEqual([]);
    });

    it('exports to BPMN without a parser warning that imports back to the same map', async () => {
      const { map } = await load();
      const xml = await exportBpmn(map, { processName: 'Korpus' });
      expect(await moddleWarnings(xml)).toEqual([]);
      expect(await moddleWarnings(xml, false)).toEqual([]);
      const again = await importBpmn(xml);
      expect(again.unsupported).toEqual([]);
      expect(comparable(again.map)).toEqual(comparable(map));
    });
  });
});
