// The exported SVG shows the whole map: every label, every lane, all nodes inside its bounds, and valid XML text.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, nodeSize } from '@prozesswerk/process-model';
import type { ProcessMap } from '@prozesswerk/process-model';
import { renderMapSvg } from './map-svg.ts';
import { fitText, wrapText } from './svg-text.ts';

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
  it('breaks at spaces and keeps every word', () => {
    expect(wrapText('Fehlende Unterlagen nachfordern', 100, 10)).toEqual([
      'Fehlende',
      'Unterlagen',
      'nachfordern',
    ]);
    expect(wrapText('eins zwei drei vier fünf sechs', 40, 10)).toEqual([
      'eins',
      'zwei',
      'drei',
      'vier',
      'fünf',
      'sechs',
    ]);
  });

  it('hyphenates a word too long for a line at its syllables, after its own hyphens first', () => {
    expect(wrapText('Donaudampfschifffahrtsgesellschaft', 57, 10)).toEqual([
      'Donau-',
      'dampf-',
      'schiff-',
      'fahrtsge-',
      'sellschaft',
    ]);
    expect(wrapText('Melde-Registerauskunft', 80, 10)).toEqual(['Melde-', 'Registeraus-', 'kunft']);
  });

  it('never writes "…"', () => {
    const text = 'Antrag auf Erteilung einer Sondernutzungserlaubnis für die Außengastronomie prüfen';
    const lines = wrapText(text, 60, 13);
    expect(lines.join(' ')).not.toContain('…');
    expect(lines.join(' ').replace(/- /g, '')).toBe(text);
  });
});

describe('fitText', () => {
  it('keeps the size when the label fits, and makes it smaller, within reason, when it does not', () => {
    expect(fitText('Antrag prüfen', 160, 52, 13, 10)).toMatchObject({
      fontSize: 13,
      lines: ['Antrag prüfen'],
    });
    const long = fitText('Antrag auf Erteilung einer Sondernutzungserlaubnis prüfen', 160, 52, 13, 10);
    expect(long.fontSize).toBeLessThan(13);
    expect(long.fontSize).toBeGreaterThanOrEqual(10);
    expect(long.height).toBeLessThanOrEqual(52);
  });

  it('says how much room a label needs that does not fit even at the smallest size', () => {
    const fitted = fitText(
      'Stellungnahme der unteren Denkmalschutzbehörde und des Bauordnungsamts einholen',
      100,
      30,
      13,
      10,
    );
    expect(fitted.fontSize).toBe(10);
    expect(fitted.height).toBeGreaterThan(30);
    expect(fitted.lines.join(' ').replace(/- /g, '')).toBe(
      'Stellungnahme der unteren Denkmalschutzbehörde und des Bauordnungsamts einholen',
    );
  });
});

describe('exported labels', () => {
  it('show a long activity label in full, the box grown to hold it', () => {
    const label =
      'Stellungnahme der unteren Denkmalschutzbehörde, des Bauordnungsamts und der Straßenverkehrsbehörde einholen und zusammenführen';
    const map: ProcessMap = {
      schemaVersion: 1,
      lanes: [],
      edges: [],
      nodes: [
        {
          id: id('a'),
          kind: 'activity',
          label,
          x: 0,
          y: 0,
          attrs: { role: 'Sachbearbeitung Sondernutzungen und Gestattungen' },
        },
      ],
    };
    const { svg } = renderMapSvg(map);
    expect(svg).not.toContain('…');
    const text = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');
    expect(text.replace(/- /g, '')).toBe(`${label} Sachbearbeitung Sondernutzungen und Gestattungen`);
    const rect = /<rect x="0" y="0" width="176" height="([\d.]+)"/.exec(svg);
    expect(Number(rect?.[1])).toBeGreaterThan(68);
  });
});
