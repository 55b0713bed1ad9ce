// The exported SVG shows the whole map: every label, every lane, all nodes inside its bounds, and valid XML text.
import { describe, expect, it } from 'vitest';
import { asEdgeId, asLaneId, asNodeId, asPoolId, nodeSize } from '@prozesswerk/process-model';
import type { NodeId, ProcessMap } from '@prozesswerk/process-model';
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

  it('draws a connection along its stored route while it fits its nodes, as the canvas does', () => {
    const waypoints = [
      { x: 296, y: 84 },
      { x: 328, y: 84 },
      { x: 328, y: 100 },
      { x: 360, y: 100 },
    ];
    const routed = { ...sample, edges: [{ ...sample.edges[1]!, waypoints }] };
    expect(renderMapSvg(routed).svg).toContain(
      'd="M 296 84 L 320 84 Q 328 84 328 92 L 328 92 Q 328 100 336 100 L 360 100"',
    );
    const moved = { ...routed, nodes: sample.nodes.map((n) => (n.id === 'd' ? { ...n, y: 300 } : n)) };
    expect(renderMapSvg(moved).svg).not.toContain('d="M 296 84 L 320 84');
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

// A map in BPMN notation: a horizontal pool with two lanes above a vertical pool with one.
const horizontal = asPoolId('p-h');
const vertical = asPoolId('p-v');
const bpmnMap: ProcessMap = {
  schemaVersion: 2,
  pools: [
    { id: horizontal, label: 'Wohngeldstelle', orientation: 'horizontal' },
    { id: vertical, label: 'Antragsteller & Co', orientation: 'vertical' },
  ],
  lanes: [
    { id: asLaneId('l1'), label: 'Annahme', order: 0, size: 200, kind: 'orgUnit', poolId: horizontal },
    { id: asLaneId('l2'), label: 'Prüfung', order: 1, size: 220, kind: 'orgUnit', poolId: horizontal },
    { id: asLaneId('l3'), label: 'Bürger:in', order: 2, size: 320, kind: 'external', poolId: vertical },
  ],
  nodes: [
    { id: id('start'), kind: 'start', trigger: 'message', label: 'Antrag geht ein', x: 0, y: 60, attrs: {} },
    {
      id: id('task'),
      kind: 'activity',
      activityType: 'user',
      marker: 'loop',
      label: 'Antrag prüfen',
      x: 120,
      y: 50,
      laneId: asLaneId('l1'),
      attrs: { role: 'Sachbearbeitung' },
    },
    {
      id: id('timer'),
      kind: 'intermediate',
      trigger: 'timer',
      attachedTo: id('task'),
      interrupting: false,
      label: '3 Wochen',
      x: 240,
      y: 96,
      attrs: {},
    },
    { id: id('gw'), kind: 'inclusive', label: 'Was fehlt?', x: 380, y: 56, attrs: {} },
    {
      id: id('send'),
      kind: 'intermediate',
      trigger: 'message',
      throwing: true,
      label: 'Nachforderung senden',
      x: 500,
      y: 260,
      attrs: {},
    },
    {
      id: id('call'),
      kind: 'activity',
      activityType: 'callActivity',
      marker: 'parallel',
      label: 'Miete prüfen',
      x: 600,
      y: 240,
      attrs: {},
    },
    { id: id('store'), kind: 'dataStore', label: 'Fachverfahren', x: 640, y: 40, attrs: {} },
    { id: id('end'), kind: 'end', trigger: 'terminate', label: 'Abgebrochen', x: 900, y: 60, attrs: {} },
    {
      id: id('form'),
      kind: 'activity',
      label: 'Formular ausfüllen',
      x: -120,
      y: 560,
      laneId: asLaneId('l3'),
      attrs: {},
    },
  ],
  edges: [
    { id: asEdgeId('e1'), kind: 'sequence', source: id('start'), target: id('task') },
    { id: asEdgeId('e2'), kind: 'message', source: id('send'), target: vertical as unknown as NodeId },
  ],
};

/** The SVG of one node: from its group to the next node's (node groups follow each other, never nest). */
function nodeSvgOf(svg: string, nodeId: string): string {
  const start = svg.indexOf(`data-id="${nodeId}"`);
  if (start < 0) throw new Error(`node ${nodeId} not drawn`);
  const next = svg.indexOf('<g class="node"', start);
  return svg.slice(start, next < 0 ? undefined : next);
}

describe('exported BPMN notation', () => {
  const { svg } = renderMapSvg(bpmnMap, { title: 'Wohngeld' });

  it('draws event triggers: a message start event outlined, a thrown message and a terminate end filled', () => {
    const start = nodeSvgOf(svg, 'start');
    expect(start).toContain('data-bpmn="event-start"');
    expect(start).toContain('data-bpmn="trigger-message" data-filled="false"');
    const thrown = nodeSvgOf(svg, 'send');
    expect(thrown).toContain('data-bpmn="event-intermediate"');
    expect(thrown).toContain('data-bpmn="trigger-message" data-filled="true"');
    expect(nodeSvgOf(svg, 'end')).toContain('data-bpmn="trigger-terminate" data-filled="true"');
  });

  it('draws a non-interrupting timer boundary event as a dashed double ring on top of its activity', () => {
    const timer = nodeSvgOf(svg, 'timer');
    expect(timer).toContain('data-bpmn="trigger-timer"');
    expect(timer.match(/<circle[^>]*stroke-dasharray/g)).toHaveLength(2);
    expect(svg.indexOf('data-id="timer"')).toBeGreaterThan(svg.indexOf('data-id="task"'));
  });

  it('draws task-type icons, loop and multi-instance markers, and a call activity’s thick border', () => {
    const task = nodeSvgOf(svg, 'task');
    expect(task).toContain('data-bpmn="task-user"');
    expect(task).toContain('data-bpmn="marker-loop"');
    expect(task).toContain('Sachbearbeitung');
    const call = nodeSvgOf(svg, 'call');
    expect(call).toContain('data-bpmn="marker-parallel"');
    expect(call).toContain('data-bpmn="border-call"');
    expect(call).not.toContain('data-bpmn="task-');
  });

  it('keeps a short label of a small typed task whole, and keeps a long one clear of the icon', () => {
    const task = (label: string): ProcessMap => ({
      schemaVersion: 2,
      lanes: [],
      edges: [],
      nodes: [
        { id: id('t'), kind: 'activity', activityType: 'send', label, x: 0, y: 0, w: 100, h: 80, attrs: {} },
      ],
    });
    const lines = (map: ProcessMap) =>
      [...renderMapSvg(map).svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
    expect(lines(task('Antrag stellen'))).toEqual(['Antrag', 'stellen']);
    const long = 'Stellungnahme der Bauaufsicht einholen';
    const wrapped = lines(task(long));
    expect(wrapped.join(' ').replace(/- /g, '')).toBe(long);
    expect(Math.max(...wrapped.map((line) => line?.length ?? 0))).toBeLessThanOrEqual(7);
  });

  it('draws each gateway with the mark of its kind, and data stores as cylinders', () => {
    expect(nodeSvgOf(svg, 'gw')).toContain('data-bpmn="gateway-inclusive"');
    expect(nodeSvgOf(renderMapSvg(sample).svg, 'd')).toContain('data-bpmn="gateway-decision"');
    expect(nodeSvgOf(svg, 'store')).toContain('data-bpmn="data-store"');
    expect(nodeSvgOf(svg, 'store')).toContain('Fachverfahren');
  });

  it('draws each pool with a header band carrying its name: turned on the left, level on top', () => {
    const pools = [
      ...svg.matchAll(
        /<g class="pool" data-bpmn="pool" data-orientation="(\w+)"[^>]*><title>([^<]*)<\/title>/g,
      ),
    ];
    expect(pools.map((match) => [match[1], match[2]])).toEqual([
      ['horizontal', 'Wohngeldstelle'],
      ['vertical', 'Antragsteller &amp; Co'],
    ]);
    const [poolH, poolV] = svg.split('<g class="pool"').slice(1);
    expect(poolH).toMatch(/data-bpmn="pool-header">.*<g transform="rotate\(-90 /);
    expect(poolH).toContain('>Wohngeldstelle</tspan>');
    expect(poolV).not.toContain('rotate(');
    expect(poolV).toContain('>Antragsteller &amp; Co</tspan>');
    expect(svg.match(/class="lane" data-orientation="horizontal"/g)).toHaveLength(2);
    expect(svg.match(/class="lane" data-orientation="vertical"/g)).toHaveLength(1);
  });

  it('is large enough for the vertical pool below the horizontal one, and draws a message flow to a pool', () => {
    const box = viewBox(svg);
    expect(box.top + box.height).toBeGreaterThan(560 + 68);
    expect(svg.match(/class="edge"/g)).toHaveLength(2);
  });
});

describe('exported flow marks', () => {
  const flows: ProcessMap = {
    ...sample,
    edges: [
      { id: asEdgeId('1'), kind: 'sequence', source: id('s'), target: id('a') },
      { id: asEdgeId('2'), kind: 'sequence', source: id('a'), target: id('d'), condition: 'menge < 3 & x' },
      { id: asEdgeId('3'), kind: 'sequence', source: id('d'), target: id('x'), label: 'ja', condition: 'ok' },
      { id: asEdgeId('4'), kind: 'sequence', source: id('d'), target: id('e'), isDefault: true },
      { id: asEdgeId('5'), kind: 'message', source: id('x'), target: id('e') },
    ],
  };
  const { svg } = renderMapSvg(flows);
  const marks = [...svg.matchAll(/data-flow-mark="(\w+)" d="([^"]*)"/g)];

  it('marks the default flow with a slash, a condition leaving an activity with a diamond, a message with a circle', () => {
    expect(marks.map((m) => m[1])).toEqual(['conditional', 'default', 'message']);
  });

  it('draws each mark at the start of its connection', () => {
    // The activity "a" (120, 50; 176 × 68) faces the decision on its right: the diamond starts on its right side.
    const [, , diamond] = marks[0]!;
    expect(diamond).toMatch(/^M 296 84 L /);
  });

  it('shows a condition as the label of a flow without one, escaped; a flow with a label keeps it', () => {
    expect(svg).toContain('menge &lt; 3 &amp; x');
    expect(svg).not.toContain('>ok<');
  });
});
