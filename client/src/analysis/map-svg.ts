// Renders a plain process map as a standalone SVG string (whole map, lanes included) for image export and print.
import {
  LANE_HEADER_WIDTH,
  LANE_LEFT,
  facingSides,
  isSide,
  laneBands,
  lanesWidth,
  nodeSize,
  sideAnchor,
} from '@prozesswerk/process-model';
import type { Box, ProcessEdge, ProcessMap, ProcessNode } from '@prozesswerk/process-model';
import { LINE_HEIGHT, escapeXml, fitText, num, textBlock, wrapText } from './svg-text.ts';

export type MapSvg = { svg: string; width: number; height: number };
export type MapSvgOptions = { title?: string };

const PADDING = 24;
const TITLE_HEIGHT = 44;
const FONT = `font-family="'Segoe UI', 'Helvetica Neue', Arial, sans-serif"`;
const INK = '#1b2330';
const LINE = '#4a5568';
const LANE_FILLS = ['#f6f8fb', '#eef2f7'];

export function renderMapSvg(map: ProcessMap, options: MapSvgOptions = {}): MapSvg {
  const boxes = new Map(map.nodes.map((node) => [node.id, boxOf(node)] as const));
  const lanes = [...map.lanes].sort((a, b) => a.order - b.order);
  const bands = laneBands(lanes);
  const laneWidth = lanesWidth(map.nodes);
  const nodes = map.nodes.map((node) => nodeSvg(node, boxes.get(node.id) ?? boxOf(node)));
  const areas: Box[] = [
    ...nodes.map((drawn) => drawn.area),
    ...bands.map((band) => ({ x: LANE_LEFT, y: band.top, width: laneWidth, height: band.height })),
  ];
  const bounds = union(areas) ?? { x: 0, y: 0, width: 320, height: 160 };
  const titleHeight = options.title ? TITLE_HEIGHT : 0;
  const left = bounds.x - PADDING;
  const top = bounds.y - PADDING - titleHeight;
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING + titleHeight);

  const parts: string[] = [
    `<rect x="${num(left)}" y="${num(top)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${LINE}"/></marker></defs>`,
  ];
  if (options.title) {
    parts.push(
      `<text x="${num(left + PADDING)}" y="${num(top + PADDING + 8)}" font-size="20" font-weight="600" fill="${INK}">${escapeXml(options.title)}</text>`,
    );
  }
  for (const band of bands) {
    const fill = LANE_FILLS[band.index % LANE_FILLS.length] ?? '#f6f8fb';
    const name = fitText(band.lane.label, LANE_HEADER_WIDTH - 16, band.height - 12, 13, 9);
    parts.push(
      `<g class="lane"><rect x="${LANE_LEFT}" y="${num(band.top)}" width="${num(laneWidth)}" height="${num(band.height)}" fill="${fill}" stroke="#c8cfd9"/>`,
      `<rect x="${LANE_LEFT}" y="${num(band.top)}" width="${LANE_HEADER_WIDTH}" height="${num(band.height)}" fill="#e2e8f0" stroke="#c8cfd9"/>`,
      textBlock(
        name.lines,
        LANE_LEFT + LANE_HEADER_WIDTH / 2,
        band.top + band.height / 2,
        name.fontSize,
        `font-weight="600" fill="${INK}"`,
      ),
      '</g>',
    );
  }
  for (const edge of map.edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    // A concurrent delete can leave an edge to a missing node: it is not drawn, as on the board.
    if (source && target) parts.push(edgeSvg(edge, source, target));
  }
  for (const drawn of nodes) parts.push(drawn.svg);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${num(left)} ${num(top)} ${width} ${height}" ${FONT}>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

function boxOf(node: ProcessNode): Box {
  const { width, height } = nodeSize(node);
  return { x: node.x, y: node.y, width, height };
}

function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

type DrawnNode = { svg: string; area: Box };

/** Room above and below a label inside its shape. */
const INSET = 8;

/*
 * One node with its label in full: inside the shape it fills the shape, at a smaller size if need
 * be, and the shape grows downwards when even the smallest size needs more room; below a round or
 * diamond shape the label takes as many lines as it needs. `area` is everything drawn.
 */
function nodeSvg(node: ProcessNode, box: Box): DrawnNode {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const open = `<g class="node" data-kind="${escapeXml(node.kind)}" data-id="${escapeXml(node.id)}">`;
  const below = (width: number): DrawnNode => {
    const lines = wrapText(node.label, width, 12);
    const height = lines.length * 12 * LINE_HEIGHT;
    const top = box.y + box.height + 8;
    const text = textBlock(lines, cx, top + height / 2, 12, `fill="${INK}"`);
    const area = union([box, { x: cx - width / 2, y: top, width, height }]) ?? box;
    return { svg: text, area };
  };
  // The label inside the shape, from `top` down, `reserved` px kept free at the bottom (for the role).
  const inside = (width: number, reserved: number, size: number, min: number) => {
    const fitted = fitText(node.label, width, box.height - 2 * INSET - reserved, size, min);
    const height = Math.max(box.height, fitted.height + 2 * INSET + reserved);
    const grown = { ...box, height };
    const centre = box.y + (height - reserved) / 2;
    return { grown, text: textBlock(fitted.lines, cx, centre, fitted.fontSize, `fill="${INK}"`) };
  };
  switch (node.kind) {
    case 'start':
    case 'end': {
      const r = Math.min(box.width, box.height) / 2;
      const stroke = node.kind === 'end' ? 'stroke-width="4"' : 'stroke-width="2"';
      const label = below(140);
      return {
        svg: `${open}<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r - 2)}" fill="#ffffff" stroke="${INK}" ${stroke}/>${label.svg}</g>`,
        area: label.area,
      };
    }
    case 'decision':
    case 'parallel': {
      const d = `M${num(cx)},${num(box.y)} L${num(box.x + box.width)},${num(cy)} L${num(cx)},${num(box.y + box.height)} L${num(box.x)},${num(cy)} z`;
      const mark =
        node.kind === 'parallel'
          ? `<path d="M${num(cx - 10)},${num(cy)} H${num(cx + 10)} M${num(cx)},${num(cy - 10)} V${num(cy + 10)}" stroke="${INK}" stroke-width="3"/>`
          : '';
      const label = below(150);
      return {
        svg: `${open}<path d="${d}" fill="#fff8e1" stroke="${INK}" stroke-width="1.5"/>${mark}${label.svg}</g>`,
        area: label.area,
      };
    }
    case 'document': {
      const { grown, text } = inside(box.width - 16, 10, 12, 9);
      const { x, y, width: w, height: h } = grown;
      const d = `M${num(x)},${num(y)} H${num(x + w)} V${num(y + h - 10)} Q${num(x + w * 0.75)},${num(y + h - 20)} ${num(x + w / 2)},${num(y + h - 10)} T${num(x)},${num(y + h - 10)} z`;
      return {
        svg: `${open}<path d="${d}" fill="#eef6ff" stroke="${INK}" stroke-width="1.2"/>${text}</g>`,
        area: grown,
      };
    }
    case 'note': {
      const { grown, text } = inside(box.width - 16, 0, 12, 9);
      return {
        svg: `${open}<rect x="${num(grown.x)}" y="${num(grown.y)}" width="${num(grown.width)}" height="${num(grown.height)}" fill="#fff3a8" stroke="#d4b106"/>${text}</g>`,
        area: grown,
      };
    }
    case 'activity': {
      const role = node.attrs.role ? fitText(node.attrs.role, box.width - 16, 12.5, 10, 8) : undefined;
      const reserved = role ? role.height + 4 : 0;
      const { grown, text } = inside(box.width - 16, reserved, 13, 10);
      const roleText = role
        ? textBlock(
            role.lines,
            cx,
            grown.y + grown.height - INSET / 2 - role.height / 2,
            role.fontSize,
            'fill="#5a6577"',
          )
        : '';
      return {
        svg: `${open}<rect x="${num(grown.x)}" y="${num(grown.y)}" width="${num(grown.width)}" height="${num(grown.height)}" rx="8" fill="#ffffff" stroke="${INK}" stroke-width="1.5"/>${text}${roleText}</g>`,
        area: grown,
      };
    }
    default: {
      const { grown, text } = inside(box.width - 16, 0, 13, 10);
      return {
        svg: `${open}<rect x="${num(grown.x)}" y="${num(grown.y)}" width="${num(grown.width)}" height="${num(grown.height)}" fill="#ffffff" stroke="${LINE}" stroke-dasharray="4 3"/>${text}</g>`,
        area: grown,
      };
    }
  }
}

function edgeSvg(edge: ProcessEdge, source: Box, target: Box): string {
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
  const style =
    edge.kind === 'message'
      ? 'stroke-dasharray="8 5" marker-end="url(#arrow)"'
      : edge.kind === 'association'
        ? 'stroke-dasharray="2 4"'
        : 'marker-end="url(#arrow)"';
  const path = `<path d="${d}" fill="none" stroke="${LINE}" stroke-width="1.5" ${style}/>`;
  if (!edge.label) return `<g class="edge">${path}</g>`;
  const lines = wrapText(edge.label, 140, 12);
  const labelWidth = Math.max(...lines.map((l) => l.length)) * 12 * 0.56 + 12;
  const labelHeight = lines.length * 15 + 4;
  const background = `<rect x="${num(midX - labelWidth / 2)}" y="${num(midY - labelHeight / 2)}" width="${num(labelWidth)}" height="${num(labelHeight)}" rx="4" fill="#ffffff" stroke="#d9dee6"/>`;
  return `<g class="edge">${path}${background}${textBlock(lines, midX, midY, 12, `fill="${INK}"`)}</g>`;
}
