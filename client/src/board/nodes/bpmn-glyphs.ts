// BPMN notation as plain geometry (SVG path data in fixed boxes), drawn by the canvas and by the image export alike.
import type { ActivityType, EventTrigger, ProcessNode } from '@prozesswerk/process-model';
import { isSubProcess } from '@prozesswerk/process-model';

/*
 * One stroke of a glyph. `solid` parts are always filled (the terminate dot, the send envelope);
 * `inverse` parts are stroked in paper colour when their glyph is filled (the flap of a thrown
 * message); `thin` parts use a finer pen (the rings of an event-based gateway).
 */
export type GlyphPart = { d: string; solid?: true; inverse?: true; thin?: true };
export type Glyph = readonly GlyphPart[];

/** A full circle as path data, so every glyph is paths only. */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/** Events are drawn in a 36 × 36 box: one ring (two for intermediate events), the trigger inside. */
export const EVENT_BOX = 36;
export const EVENT_RINGS = { outer: 16.5, inner: 13.5 } as const;

export const TRIGGER_GLYPHS: Readonly<Record<EventTrigger, Glyph>> = {
  message: [{ d: 'M10 12h16v12H10Z M10 12l8 6 8-6', inverse: true }],
  timer: [{ d: circle(18, 18, 8) }, { d: 'M18 12v6l4 3' }],
  signal: [{ d: 'M18 9 27 25H9Z' }],
  conditional: [{ d: 'M11 10h14v16H11Z M13 14h10M13 18h10M13 22h10' }],
  error: [{ d: 'M10 26 14 12l5 8 4-8 3 14-4-8-4 8Z' }],
  escalation: [{ d: 'M18 9 25 26 18 20 11 26Z' }],
  compensation: [{ d: 'M17 12v12l-8-6Z M26 12v12l-8-6Z' }],
  link: [{ d: 'M9 15h10v-4l8 7-8 7v-4H9Z' }],
  terminate: [{ d: circle(18, 18, 8), solid: true }],
  cancel: [{ d: 'M11 13l2-2 5 5 5-5 2 2-5 5 5 5-2 2-5-5-5 5-2-2 5-5Z' }],
  multiple: [{ d: 'M18 9 26 15 23 25H13L10 15Z' }],
  parallelMultiple: [{ d: 'M16 9h4v7h7v4h-7v7h-4v-7H9v-4h7Z' }],
};

/** End events and throwing intermediate events draw their trigger filled; catching ones outlined. */
export function triggerFilled(node: Pick<ProcessNode, 'kind' | 'throwing'>): boolean {
  return node.kind === 'end' || node.throwing === true;
}

/** Gateways are drawn in a 56 × 56 box: the diamond, and the mark that says which gateway it is. */
export const GATEWAY_BOX = 56;
export const DIAMOND = 'M28 2 54 28 28 54 2 28Z';
export type GatewayKind = 'decision' | 'parallel' | 'inclusive' | 'eventBased' | 'complex';
export const GATEWAY_GLYPHS: Readonly<Record<GatewayKind, Glyph>> = {
  decision: [{ d: 'm21 21 14 14m0-14-14 14' }],
  parallel: [{ d: 'M28 18v20M18 28h20' }],
  inclusive: [{ d: circle(28, 28, 10) }],
  eventBased: [
    { d: circle(28, 28, 12), thin: true },
    { d: circle(28, 28, 9.5), thin: true },
    { d: 'M28 21.5 34 26 32 33H24L22 26Z', thin: true },
  ],
  complex: [{ d: 'M28 17v22M17 28h22M20 20l16 16M36 20 20 36' }],
};

/** Task-type icons, drawn in an 18 × 21 box in an activity's top-left corner. */
export const TASK_ICON_BOX = { width: 18, height: 21 } as const;
export const TASK_GLYPHS: Readonly<Partial<Record<ActivityType, Glyph>>> = {
  user: [{ d: 'M9 8a4 4 0 1 1 0.01 0Z M2 20c0-5 3-7 7-7s7 2 7 7Z' }],
  service: [
    { d: circle(9, 11, 3) },
    { d: 'M9 3v3M9 16v3M1 11h3M14 11h3M3.5 5.5l2 2M12.5 14.5l2 2M3.5 16.5l2-2M12.5 7.5l2-2' },
  ],
  manual: [{ d: 'M2 12h5V5h2v7h2V4h2v8h2V6h2v9c0 3-2 5-5 5H6c-2 0-4-2-4-4Z' }],
  send: [{ d: 'M1 5h16v11H1Z M1 5l8 6 8-6', solid: true, inverse: true }],
  receive: [{ d: 'M1 5h16v11H1Z M1 5l8 6 8-6' }],
  script: [{ d: 'M5 2h11c-3 3-3 6 0 9s3 6 0 9H3c3-3 3-6 0-9s-3-6 2-9Z M6 7h6M6 11h6M6 15h6' }],
  businessRule: [{ d: 'M1 4h16v14H1Z M1 8h16M6 8v10M1 13h16' }],
};

/** Markers at the bottom centre of an activity, each in an 18 × 18 box, side by side. */
export const MARKER_BOX = 18;
export type ActivityMarker = 'loop' | 'parallel' | 'sequential' | 'compensation' | 'subProcess' | 'adHoc';
export const MARKER_GLYPHS: Readonly<Record<ActivityMarker, Glyph>> = {
  loop: [{ d: 'M4 10a5 5 0 1 1 4 4 M8 14l-1-3 3 0' }],
  parallel: [{ d: 'M5 3v12M9 3v12M13 3v12' }],
  sequential: [{ d: 'M3 5h12M3 9h12M3 13h12' }],
  compensation: [{ d: 'M8 5v8l-6-4Z M15 5v8l-6-4Z' }],
  subProcess: [{ d: 'M2 2h14v14H2Z M9 5v8M5 9h8' }],
  adHoc: [{ d: 'M2 10c2-4 5-4 7 0s5 4 7 0' }],
};

/** The markers an activity shows, left to right. A collapsed sub-process shows its "+". */
export function activityMarkers(node: ProcessNode): ActivityMarker[] {
  const markers: ActivityMarker[] = [];
  if (node.marker) markers.push(node.marker);
  if (node.compensation === true) markers.push('compensation');
  if (isSubProcess(node) && node.expanded !== true) markers.push('subProcess');
  if (node.activityType === 'adHoc') markers.push('adHoc');
  return markers;
}

/** How an activity's border differs from a task's: thick, double, or dotted. */
export type ActivityBorder = 'call' | 'transaction' | 'eventSubProcess';
export function activityBorder(node: Pick<ProcessNode, 'activityType'>): ActivityBorder | undefined {
  if (node.activityType === 'callActivity') return 'call';
  if (node.activityType === 'transaction') return 'transaction';
  if (node.activityType === 'eventSubProcess') return 'eventSubProcess';
  return undefined;
}

/** Data objects (documents, inputs, outputs) in a 150 × 72 box: a sheet with a wavy lower edge. */
export const DOCUMENT_BOX = { width: 150, height: 72 } as const;
export const DOCUMENT_PATH = 'M1 1h148v60c-25-14-50 14-74 2S26 49 1 61Z';
/** The arrow of a data input (outlined) or output (filled), and the three bars of a collection. */
export const DATA_ARROW: Glyph = [{ d: 'M6 8h8v-4l7 7-7 7v-4H6Z' }];
export const COLLECTION_GLYPH: Glyph = [{ d: 'M68 58v10M75 58v10M82 58v10' }];

/** Data stores in a 64 × 60 box: a cylinder. */
export const DATA_STORE_BOX = { width: 64, height: 60 } as const;
export const DATA_STORE_PATH =
  'M2 10c0-11 60-11 60 0v40c0 11-60 11-60 0Z M2 10c0 11 60 11 60 0 M2 16c0 11 60 11 60 0';
