// Renders a plain process map as a standalone SVG string (whole map, lanes and pools included) in BPMN notation,
// for image export and print.
import { facingSides, isSide, sideAnchor } from '@prozesswerk/process-model';
import type { Box, ProcessEdge, ProcessMap } from '@prozesswerk/process-model';
import { storedRoutePath } from '../board/edges/route-path.ts';
import {
  flowMarkFilled,
  flowMarkOf,
  flowMarkPath,
  routeStart,
  shownEdgeLabel,
  sideStart,
  type FlowStart,
} from '../board/edges/flow-marks.ts';
import { lanesSvg } from './map-svg-lanes.ts';
import { boxOf, drawingOrder, nodeSvg, union } from './map-svg-nodes.ts';
import { INK } from './map-svg-notation.ts';
import { escapeXml, num, textBlock, wrapText } from './svg-text.ts';

export type MapSvg = { svg: string; width: number; height: number };
export type MapSvgOptions = { title?: string };

const PADDING = 24;
const TITLE_HEIGHT = 44;
const FONT = `font-family="'Segoe UI', 'Helvetica Neue', Arial, sans-serif"`;
const LINE = '#4a5568';

export function renderMapSvg(map: ProcessMap, options: MapSvgOptions = {}): MapSvg {
  const boxes = new Map(map.nodes.map((node) => [node.id, boxOf(node)] as const));
  const kinds = new Map(map.nodes.map((node) => [node.id as string, node.kind] as const));
  const lanes = lanesSvg(map);
  const nodes = drawingOrder(map.nodes).map((node) => nodeSvg(node, boxes.get(node.id) ?? boxOf(node)));
  const bounds = union([...nodes.map((drawn) => drawn.area), ...lanes.areas]) ?? {
    x: 0,
    y: 0,
    width: 320,
    height: 160,
  };
  const titleHeight = options.title ? TITLE_HEIGHT : 0;
  const left = bounds.x - PADDING;
  const top = bounds.y - PADDING - titleHeight;
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING + titleHeight);

  const parts: string[] = [
    `<rect x="${num(left)}" y="${num(top)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${LINE}"/></marker><marker id="arrow-open" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#ffffff" stroke="${LINE}" stroke-width="1.2"/></marker></defs>`,
  ];
  if (options.title) {
    parts.push(
      `<text x="${num(left + PADDING)}" y="${num(top + PADDING + 8)}" font-size="20" font-weight="600" fill="${INK}">${escapeXml(options.title)}</text>`,
    );
  }
  parts.push(lanes.svg);
  for (const edge of map.edges) {
    const source = boxes.get(edge.source) ?? lanes.pools.get(edge.source);
    const target = boxes.get(edge.target) ?? lanes.pools.get(edge.target);
    // A concurrent delete can leave an edge to a missing node: it is not drawn, as on the board.
    if (source && target) parts.push(edgeSvg(edge, source, target, kinds.get(edge.source)));
  }
  for (const drawn of nodes) parts.push(drawn.svg);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${num(left)} ${num(top)} ${width} ${height}" ${FONT}>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

type EdgeLine = { d: string; midX: number; midY: number; start: FlowStart };

function plainPath(edge: ProcessEdge, source: Box, target: Box): EdgeLine {
  const [autoFrom, autoTo] = facingSides(source, target);
  const fromSide = isSide(edge.sourceHandle) ? edge.sourceHandle : autoFrom;
  const from = sideAnchor(source, fromSide);
  const to = sideAnchor(target, isSide(edge.targetHandle) ? edge.targetHandle : autoTo);
  const horizontal = fromSide === 'left' || fromSide === 'right';
  const midX = (from.x + to.x) / 2;
  const midY = (from.y + to.y) / 2;
  const d = horizontal
    ? `M${num(from.x)},${num(from.y)} H${num(midX)} V${num(to.y)} H${num(to.x)}`
    : `M${num(from.x)},${num(from.y)} V${num(midY)} H${num(to.x)} V${num(to.y)}`;
  return { d, midX, midY, start: sideStart(from, fromSide) };
}

// The route tidy-up or an import stored, while it fits its nodes, as on the canvas; else a plain one.
function edgeLine(edge: ProcessEdge, source: Box, target: Box): EdgeLine {
  const stored = storedRoutePath(edge.waypoints, source, target);
  const start = stored && routeStart(edge.waypoints);
  if (stored && start) return { d: stored.path, midX: stored.labelX, midY: stored.labelY, start };
  return plainPath(edge, source, target);
}

/** BPMN's mark at the start of a default, conditional or message flow, tagged `data-flow-mark` for tests and tools. */
function markSvg(edge: ProcessEdge, start: FlowStart, sourceKind: string | undefined): string {
  const mark = flowMarkOf(edge, sourceKind);
  if (!mark) return '';
  const fill = flowMarkFilled(mark) ? '#ffffff' : 'none';
  return `<path data-flow-mark="${mark}" d="${flowMarkPath(mark, start)}" fill="${fill}" stroke="${LINE}" stroke-width="1.5"/>`;
}

function edgeSvg(edge: ProcessEdge, source: Box, target: Box, sourceKind: string | undefined): string {
  const { d, midX, midY, start } = edgeLine(edge, source, target);
  const style =
    edge.kind === 'message'
      ? 'stroke-dasharray="8 5" marker-end="url(#arrow-open)"'
      : edge.kind === 'association'
        ? 'stroke-dasharray="2 4"'
        : 'marker-end="url(#arrow)"';
  const path = `<path d="${d}" fill="none" stroke="${LINE}" stroke-width="1.5" ${style}/>${markSvg(edge, start, sourceKind)}`;
  const label = shownEdgeLabel(edge);
  if (!label) return `<g class="edge">${path}</g>`;
  const lines = wrapText(label, 140, 12);
  const labelWidth = Math.max(...lines.map((l) => l.length)) * 12 * 0.56 + 12;
  const labelHeight = lines.length * 15 + 4;
  const background = `<rect x="${num(midX - labelWidth / 2)}" y="${num(midY - labelHeight / 2)}" width="${num(labelWidth)}" height="${num(labelHeight)}" rx="4" fill="#ffffff" stroke="#d9dee6"/>`;
  return `<g class="edge">${path}${background}${textBlock(lines, midX, midY, 12, `fill="${INK}"`)}</g>`;
}
