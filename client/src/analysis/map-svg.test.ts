// The exported SVG shows the whole map: every label, every lane, all nodes inside its bounds, and valid XML text.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, nodeSize } from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { renderMapSvg } from './map-svg.ts';
import { wrapText } from './svg-text.ts';

const id = asNodeId;
const sample: ProcessMap = {
  schemaVersion: 1,
  lanes: [
    { id: asLaneId('l2'), label: 'Gewerbeamt', order: 1, size: 220, kind: 'orgUnit' },
    { id: asLaneId('l1'), label: 'Bürgerbüro', order: 0, size: 200, kind: 'orgUnit' },
  ],
  nodes: [
    { id: id('s'), kind: 'start', label: 'Antrag geht ein', x: -40, y: 60, attrs: {} },
    {
      id: id('a'),
      kind: 'activity',
      label: 'Unterlagen prüfen',
      x: 120,
      y: 50,
      laneId: asLaneId('l1'),
      attrs: { role: 'Sachbearbeitung', durationMin: 10 },
    },
    { id: id('d'), kind: 'decision', label: 'Vollständig?', x: 360, y: 60, attrs: {} },
    { id: id('x'), kind: 'activity', label: 'Gewerbe <erfassen> & "melden"', x: 2400, y: 1900, attrs: {} },
    { id: id('e'), kind: 'end', label: 'Fertig', x: 2700, y: 260, attrs: {} },
    { id: id('n'), kind: 'note', label: 'Online-Antrag?', x: 500, y: -300, attrs: {} },
  ],
  edges: [
    { id: asEdgeId('1'), kind: 'sequence', source: id('s'), target: id('a') },
    { id: asEdgeId('2'), kind: 'sequence', source: id('a'), target: id('d') },
    { id: asEdgeId('3'), kind: 'sequence', source: id('d'), target: id('x'), label: 'ja' },
    { id: asEdgeId('4'), kind: 'sequence', source: id('x'), target: id('gone') },
  ],
};

function viewBox(svg: string): { left: number; top: number; width: number; height: number } {
  const match = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('no viewBox');
  const [left, top, width, height] = match.slice(1).map(Number) as [number, number, number, number];
  return { left, top, width, height };
}

describe('renderMapSvg', () => {
  it('shows every node label, lane label and edge label, escaped for XML', () => {
    const { svg } = renderMapSvg(sample, { title: 'Gewerbeanmeldung' });
    for (const text of [
      'Antrag geht ein',
      'Unterlagen prüfen',
      'Vollständig?',
      'Fertig',
      'Bürgerbüro',
      'Gewerbeamt',
      'ja',
      'Sachbearbeitung',
      'Gewerbeanmeldung',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('Gewerbe &lt;erfassen&gt; &amp;');
    expect(svg).toContain('&quot;melden&quot;');
    expect(svg).not.toContain('<erfassen>');
  });

  it('is large enough for every node and lane, far-off nodes included', () => {
    const { svg, width, height } = renderMapSvg(sample);
    const box = viewBox(svg);
    expect(box.width).toBe(width);
    expect(box.height).toBe(height);
    for (const node of sample.nodes) {
      const size = nodeSize(node);
      expect(node.x).toBeGreaterThanOrEqual(box.left);
      expect(node.y).toBeGreaterThanOrEqual(box.top);
      expect(node.x + size.width).toBeLessThanOrEqual(box.left + box.width);
      expect(node.y + size.height).toBeLessThanOrEqual(box.top + box.height);
    }
    expect(box.top + box.height).toBeGreaterThanOrEqual(1900 + 68);
  });

  it('draws one shape per node and skips edges to missing nodes', () => {
    const { svg } = renderMapSvg(sample);
    expect(svg.match(/class="node"/g)).toHaveLength(sample.nodes.length);
    expect(svg.match(/class="edge"/g)).toHaveLength(3);
    expect(svg.match(/class="lane"/g)).toHaveLength(2);
  });

  it('draws lanes in their order, whatever order they are stored in', () => {
    const { svg } = renderMapSvg(sample);
    expect(svg.indexOf('Bürgerbüro')).toBeLessThan(svg.indexOf('Gewerbeamt'));
  });

  it('renders an empty map as a small blank image', () => {
    const { svg, width, height } = renderMapSvg({ schemaVersion: 1, nodes: [], edges: [], lanes: [] });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, cuts overlong words and marks text it had to leave out', () => {
    expect(wrapText('Fehlende Unterlagen nachfordern', 100, 10, 3)).toEqual([
      'Fehlende',
      'Unterlagen',
      'nachfordern',
    ]);
    expect(wrapText('Donaudampfschifffahrtsgesellschaft', 57, 10, 5)).toEqual([
      'Donaudampf',
      'schifffahr',
      'tsgesellsc',
      'haft',
    ]);
    expect(wrapText('eins zwei drei vier fünf sechs', 40, 10, 2)).toEqual(['eins', 'zwei…']);
  });
});
