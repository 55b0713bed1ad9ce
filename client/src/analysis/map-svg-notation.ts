// BPMN notation for the SVG export: the canvas's glyphs (board/nodes/bpmn-glyphs.ts) written as SVG strings.
import type { Box, ProcessNode } from '@prozesswerk/process-model';
import {
  COLLECTION_GLYPH,
  DATA_ARROW,
  DATA_STORE_BOX,
  DATA_STORE_PATH,
  DIAMOND,
  DOCUMENT_BOX,
  DOCUMENT_PATH,
  EVENT_BOX,
  EVENT_RINGS,
  GATEWAY_BOX,
  GATEWAY_GLYPHS,
  MARKER_BOX,
  MARKER_GLYPHS,
  TASK_GLYPHS,
  TASK_ICON_BOX,
  TRIGGER_GLYPHS,
  activityBorder,
  activityMarkers,
  triggerFilled,
  type GatewayKind,
  type Glyph,
} from '../board/nodes/bpmn-glyphs.ts';
import { num } from './svg-text.ts';

export const INK = '#1b2330';
const PAPER = '#ffffff';

type Pen = { width: number; thinWidth?: number; filled?: boolean; extra?: string };

/** The parts of a glyph as `<path>`s in the glyph's own box; filled glyphs are ink with paper-coloured inverse lines. */
function glyphPaths(glyph: Glyph, pen: Pen): string {
  return glyph
    .map((part) => {
      const filled = pen.filled === true || part.solid === true;
      const stroke = filled && part.inverse ? PAPER : INK;
      const width = part.thin ? (pen.thinWidth ?? pen.width) : pen.width;
      return `<path d="${part.d}" fill="${filled ? INK : 'none'}" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"${pen.extra ?? ''}/>`;
    })
    .join('');
}

/** A group moved to (x, y) and scaled, tagged with what it shows (`data-bpmn`) for tests and tools. */
function placed(tag: string, x: number, y: number, sx: number, sy: number, inner: string): string {
  const scale = sx === sy ? num(sx) : `${num(sx)} ${num(sy)}`;
  return `<g data-bpmn="${tag}" transform="translate(${num(x)} ${num(y)}) scale(${scale})">${inner}</g>`;
}

/** A square glyph box of `size` units fitted into the middle of `box`. */
function centred(box: Box, size: number): { x: number; y: number; scale: number } {
  const scale = Math.min(box.width, box.height) / size;
  return {
    x: box.x + (box.width - size * scale) / 2,
    y: box.y + (box.height - size * scale) / 2,
    scale,
  };
}

/** Start (thin ring), intermediate (double ring), end (thick ring), dashed when not interrupting, with its trigger. */
export function eventSvg(node: ProcessNode, box: Box): string {
  const { x, y, scale } = centred(box, EVENT_BOX);
  const c = EVENT_BOX / 2;
  const dash = node.interrupting === false ? ' stroke-dasharray="4 3"' : '';
  const width = node.kind === 'end' ? 3 : 1.5;
  const ring = (r: number) =>
    `<circle cx="${c}" cy="${c}" r="${r}" fill="${PAPER}" stroke="${INK}" stroke-width="${width}"${dash}/>`;
  let inner = ring(EVENT_RINGS.outer);
  if (node.kind === 'intermediate') inner += ring(EVENT_RINGS.inner);
  if (node.trigger) {
    const filled = triggerFilled(node);
    inner += `<g data-bpmn="trigger-${node.trigger}" data-filled="${filled}">${glyphPaths(TRIGGER_GLYPHS[node.trigger], { width: 1.3, filled })}</g>`;
  }
  return placed(`event-${node.kind}`, x, y, scale, scale, inner);
}

/** A diamond with the mark of its kind. */
export function gatewaySvg(kind: GatewayKind, box: Box): string {
  const { x, y, scale } = centred(box, GATEWAY_BOX);
  const diamond = `<path d="${DIAMOND}" fill="#fff8e1" stroke="${INK}" stroke-width="1.5"/>`;
  const mark = glyphPaths(GATEWAY_GLYPHS[kind], { width: 3, thinWidth: 1.2 });
  return placed(`gateway-${kind}`, x, y, scale, scale, diamond + mark);
}

/** Room the task-type icon takes at an activity's left (kept free on both sides, so the label stays centred). */
export const TASK_ICON_INSET = 28;
/** Where the task-type icon ends, measured from an activity's top. */
export const TASK_ICON_BOTTOM = 4 + 21;
/** Room the markers take at an activity's bottom. */
export const MARKER_HEIGHT = 16;

/** The activity's box: thick for a call activity, double for a transaction, dotted for an event sub-process. */
export function activityFrameSvg(node: ProcessNode, box: Box, fill: string): string {
  const border = activityBorder(node);
  const width = border === 'call' ? 4 : 1.5;
  const dash = border === 'eventSubProcess' ? ' stroke-dasharray="2 3"' : '';
  const rect = (b: Box, rx: number, paint: string) =>
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="${rx}" fill="${paint}" stroke="${INK}" stroke-width="${width}"${dash}/>`;
  let svg = rect(box, 8, fill);
  if (border === 'transaction') {
    const inset = 4;
    svg += rect(
      { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset },
      5,
      'none',
    );
  }
  return border ? `<g data-bpmn="border-${border}">${svg}</g>` : svg;
}

/** Whether an activity shows a task-type icon (and so keeps its label clear of the top-left corner). */
export function hasTaskIcon(node: ProcessNode): boolean {
  return node.activityType !== undefined && TASK_GLYPHS[node.activityType] !== undefined;
}

/** The task-type icon in the top-left corner and the markers at the bottom centre, as on the canvas. */
export function activityNotationSvg(node: ProcessNode, box: Box): string {
  let svg = '';
  const icon = node.activityType === undefined ? undefined : TASK_GLYPHS[node.activityType];
  if (icon) {
    const scale = (TASK_ICON_BOTTOM - 4) / TASK_ICON_BOX.height;
    svg += placed(
      `task-${node.activityType}`,
      box.x + 6,
      box.y + 4,
      scale,
      scale,
      glyphPaths(icon, { width: 1.3 }),
    );
  }
  const markers = activityMarkers(node);
  const scale = MARKER_HEIGHT / MARKER_BOX;
  const left = box.x + box.width / 2 - (markers.length * MARKER_HEIGHT) / 2;
  markers.forEach((marker, i) => {
    const paths = glyphPaths(MARKER_GLYPHS[marker], { width: 1.3 });
    svg += placed(
      `marker-${marker}`,
      left + i * MARKER_HEIGHT,
      box.y + box.height - 3 - MARKER_HEIGHT,
      scale,
      scale,
      paths,
    );
  });
  return svg;
}

const STRETCH = ' vector-effect="non-scaling-stroke"';

/** A data object (document, input, output): the sheet stretched to the box, its arrow and collection bars. */
export function documentSvg(node: ProcessNode, box: Box): string {
  const sx = box.width / DOCUMENT_BOX.width;
  const sy = box.height / DOCUMENT_BOX.height;
  let inner = `<path d="${DOCUMENT_PATH}" fill="#eef6ff" stroke="${INK}" stroke-width="1.2"${STRETCH}/>`;
  if (node.kind === 'dataInput' || node.kind === 'dataOutput')
    inner += `<g data-bpmn="data-arrow">${glyphPaths(DATA_ARROW, { width: 1.3, filled: node.kind === 'dataOutput', extra: STRETCH })}</g>`;
  if (node.collection === true)
    inner += `<g data-bpmn="collection">${glyphPaths(COLLECTION_GLYPH, { width: 1.3, extra: STRETCH })}</g>`;
  return placed(`data-${node.kind}`, box.x, box.y, sx, sy, inner);
}

/** A data store: a cylinder stretched to the box. */
export function dataStoreSvg(box: Box): string {
  const sx = box.width / DATA_STORE_BOX.width;
  const sy = box.height / DATA_STORE_BOX.height;
  const inner = `<path d="${DATA_STORE_PATH}" fill="#eef6ff" stroke="${INK}" stroke-width="1.2"${STRETCH}/>`;
  return placed('data-store', box.x, box.y, sx, sy, inner);
}
