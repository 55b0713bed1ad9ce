// One node of the SVG export in BPMN notation, its label in full (wrapped, hyphenated, the shape grown if need be).
import { isBoundaryEvent, isExpandedSubProcess, nodeSize } from '@prozesswerk/process-model';
import type { Box, ProcessNode } from '@prozesswerk/process-model';
import { activityMarkers } from '../board/nodes/bpmn-glyphs.ts';
import {
  INK,
  MARKER_HEIGHT,
  TASK_ICON_BOTTOM,
  TASK_ICON_INSET,
  activityFrameSvg,
  activityNotationSvg,
  dataStoreSvg,
  documentSvg,
  eventSvg,
  gatewaySvg,
  hasTaskIcon,
} from './map-svg-notation.ts';
import { GLYPH_WIDTH, LINE_HEIGHT, escapeXml, fitText, num, textBlock, wrapText } from './svg-text.ts';
import type { FittedText } from './svg-text.ts';

export type DrawnNode = { svg: string; area: Box };

/** Room above and below a label inside its shape. */
const INSET = 8;

export function boxOf(node: ProcessNode): Box {
  const { width, height } = nodeSize(node);
  return { x: node.x, y: node.y, width, height };
}

export function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/*
 * The order nodes are drawn in: frames (groups, open sub-processes) behind everything, larger ones
 * first; boundary events last, on top of the activity they sit on.
 */
export function drawingOrder(nodes: readonly ProcessNode[]): ProcessNode[] {
  const layer = (node: ProcessNode) => (isFrame(node) ? 0 : isBoundaryEvent(node) ? 2 : 1);
  const area = (node: ProcessNode) => nodeSize(node).width * nodeSize(node).height;
  return [...nodes].sort((a, b) => layer(a) - layer(b) || (isFrame(a) ? area(b) - area(a) : 0));
}

function isFrame(node: ProcessNode): boolean {
  return node.kind === 'group' || isExpandedSubProcess(node);
}

/** One node in BPMN notation with its label in full (see labelLayout); `area` is everything drawn. */
export function nodeSvg(node: ProcessNode, box: Box): DrawnNode {
  const open = `<g class="node" data-kind="${escapeXml(node.kind)}" data-id="${escapeXml(node.id)}">`;
  const shaped = (shape: string, label: DrawnNode): DrawnNode => ({
    svg: `${open}${shape}${label.svg}</g>`,
    area: label.area,
  });
  const { below, inside, framed } = labelLayout(node, box);
  switch (node.kind) {
    case 'start':
    case 'end':
    case 'intermediate':
      return shaped(eventSvg(node, box), below(140));
    case 'decision':
    case 'parallel':
    case 'inclusive':
    case 'eventBased':
    case 'complex':
      return shaped(gatewaySvg(node.kind, box), below(150));
    case 'dataStore':
      return shaped(dataStoreSvg(box), below(140));
    case 'document':
    case 'dataInput':
    case 'dataOutput': {
      const { grown, text } = inside(8, 10, 12, 9);
      return { svg: `${open}${documentSvg(node, grown)}${text}</g>`, area: grown };
    }
    case 'note': {
      const { grown, text } = inside(8, 0, 12, 9);
      return {
        svg: `${open}<rect x="${num(grown.x)}" y="${num(grown.y)}" width="${num(grown.width)}" height="${num(grown.height)}" fill="#fff3a8" stroke="#d4b106"/>${text}</g>`,
        area: grown,
      };
    }
    case 'group':
      return shaped(
        `<rect data-bpmn="group" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="10" fill="none" stroke="#6b7280" stroke-width="2" stroke-dasharray="8 4"/>`,
        framed(),
      );
    case 'activity':
      return activitySvg(node, box, open);
    default: {
      const { grown, text } = inside(8, 0, 13, 10);
      return {
        svg: `${open}<rect x="${num(grown.x)}" y="${num(grown.y)}" width="${num(grown.width)}" height="${num(grown.height)}" fill="#ffffff" stroke="#4a5568" stroke-dasharray="4 3"/>${text}</g>`,
        area: grown,
      };
    }
  }
}

/*
 * Where a node's label goes: `below` a round or diamond shape in as many lines as it needs; `inside`
 * the shape (`side` px kept free left and right, `reserved` px at the bottom), filling it, at a
 * smaller size if need be, the shape grown downwards when even the smallest size needs more room;
 * or at the top of a frame, so the content inside stays clear.
 */
function labelLayout(node: ProcessNode, box: Box) {
  const cx = box.x + box.width / 2;
  const below = (width: number): DrawnNode => {
    const lines = wrapText(node.label, width, 12);
    const height = lines.length * 12 * LINE_HEIGHT;
    const top = box.y + box.height + 8;
    const text = textBlock(lines, cx, top + height / 2, 12, `fill="${INK}"`);
    const area = union([box, { x: cx - width / 2, y: top, width, height }]) ?? box;
    return { svg: text, area };
  };
  const inside = (side: number, reserved: number, size: number, min: number) => {
    const fitted = fitText(node.label, box.width - 2 * side, box.height - 2 * INSET - reserved, size, min);
    const height = Math.max(box.height, fitted.height + 2 * INSET + reserved);
    const grown = { ...box, height };
    const centre = box.y + (height - reserved) / 2;
    const text = textBlock(fitted.lines, cx, centre, fitted.fontSize, `fill="${INK}"`);
    return { grown, text, fitted, top: centre - fitted.height / 2 };
  };
  const framed = (): DrawnNode => {
    const fitted = fitText(node.label, box.width - 2 * INSET, box.height / 3, 13, 10);
    const top = box.y + INSET + fitted.height / 2;
    const text = textBlock(fitted.lines, cx, top, fitted.fontSize, `font-weight="600" fill="${INK}"`);
    return { svg: text, area: box };
  };
  return { below, inside, framed };
}

/** An activity: its frame, label and role, task-type icon and markers; an open sub-process as a frame around its content. */
function activitySvg(node: ProcessNode, box: Box, open: string): DrawnNode {
  const { inside, framed } = labelLayout(node, box);
  if (isExpandedSubProcess(node)) {
    const label = framed();
    return {
      svg: `${open}${activityFrameSvg(node, box, 'none')}${label.svg}${activityNotationSvg(node, box)}</g>`,
      area: box,
    };
  }
  const cx = box.x + box.width / 2;
  const markers = activityMarkers(node).length > 0 ? MARKER_HEIGHT + 2 : 0;
  const role = node.attrs.role ? fitText(node.attrs.role, box.width - 16, 12.5, 10, 8) : undefined;
  const reserved = (role ? role.height + 4 : 0) + markers;
  // The label takes the full width unless a line of it would run into the task-type icon.
  const wide = inside(8, reserved, 13, 10);
  const { grown, text } =
    hasTaskIcon(node) && reachesIcon(wide.fitted, wide.top, box)
      ? inside(TASK_ICON_INSET, reserved, 13, 10)
      : wide;
  const roleText = role
    ? textBlock(
        role.lines,
        cx,
        grown.y + grown.height - markers - INSET / 2 - role.height / 2,
        role.fontSize,
        'fill="#5a6577"',
      )
    : '';
  return {
    svg: `${open}${activityFrameSvg(node, grown, '#ffffff')}${text}${roleText}${activityNotationSvg(node, grown)}</g>`,
    area: grown,
  };
}

/** Whether a line of a centred label, its first line at `top`, would overlap the icon in the box's top-left corner. */
function reachesIcon(fitted: FittedText, top: number, box: Box): boolean {
  const lineHeight = fitted.fontSize * LINE_HEIGHT;
  const free = box.width / 2 - TASK_ICON_INSET;
  return fitted.lines.some((line, i) => {
    const lineTop = top + i * lineHeight;
    const halfWidth = (line.length * fitted.fontSize * GLYPH_WIDTH) / 2;
    return lineTop < box.y + TASK_ICON_BOTTOM && halfWidth > free;
  });
}
