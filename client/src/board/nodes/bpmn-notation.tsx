// BPMN's standard notation for the kinds and fields of schema v2: event circles with trigger icons, task-type icons,
// activity markers, the extra gateways, data stores, process data and groups. Shared by the editor and read-only maps;
// the geometry lives in bpmn-glyphs.ts, which the image export draws too.
import type { EventTrigger, ProcessNode } from '@prozesswerk/process-model';
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
  type Glyph,
  type GatewayKind,
} from './bpmn-glyphs.ts';
import './bpmn-notation.css';

/** The parts of a glyph as paths; `partClass` is the class every part gets (e.g. a gateway's mark). */
export function GlyphPaths({ glyph, partClass }: { glyph: Glyph; partClass?: string }) {
  return glyph.map((part, i) => {
    const classes = [partClass, part.solid && 'is-solid', part.inverse && 'is-inverse', part.thin && 'thin']
      .filter(Boolean)
      .join(' ');
    return <path key={i} d={part.d} className={classes || undefined} />;
  });
}

function TriggerIcon({ trigger, filled }: { trigger: EventTrigger; filled: boolean }) {
  return (
    <g className={filled ? 'bpmn-glyph is-filled' : 'bpmn-glyph'} data-bpmn={`trigger-${trigger}`}>
      <GlyphPaths glyph={TRIGGER_GLYPHS[trigger]} />
    </g>
  );
}

/** Start (thin ring), intermediate (double ring), end (thick ring); dashed when the event does not interrupt. */
export function EventShape({ node }: { node: ProcessNode }) {
  const ring = `bpmn-ring bpmn-ring-${node.kind}${node.interrupting === false ? ' is-dashed' : ''}`;
  const c = EVENT_BOX / 2;
  return (
    <svg
      className="pnode-shape"
      viewBox={`0 0 ${EVENT_BOX} ${EVENT_BOX}`}
      aria-hidden="true"
      data-bpmn={`event-${node.kind}`}
    >
      <circle cx={c} cy={c} r={EVENT_RINGS.outer} className={ring} />
      {node.kind === 'intermediate' ? <circle cx={c} cy={c} r={EVENT_RINGS.inner} className={ring} /> : null}
      {node.trigger ? <TriggerIcon trigger={node.trigger} filled={triggerFilled(node)} /> : null}
    </svg>
  );
}

/** A diamond with the mark of its kind: X, +, O, the event-based pentagon in a double ring, or the complex star. */
export function GatewayShape({ kind }: { kind: GatewayKind }) {
  return (
    <svg
      className="pnode-shape"
      viewBox={`0 0 ${GATEWAY_BOX} ${GATEWAY_BOX}`}
      width="100%"
      height="100%"
      aria-hidden="true"
      data-bpmn={`gateway-${kind}`}
    >
      <path d={DIAMOND} className="pnode-diamond" />
      <GlyphPaths glyph={GATEWAY_GLYPHS[kind]} partClass="pnode-mark" />
    </svg>
  );
}

export function DataShape({ node }: { node: ProcessNode }) {
  if (node.kind === 'dataStore') {
    return (
      <svg
        className="pnode-shape"
        viewBox={`0 0 ${DATA_STORE_BOX.width} ${DATA_STORE_BOX.height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        data-bpmn="data-store"
      >
        <path d={DATA_STORE_PATH} className="pnode-doc" />
      </svg>
    );
  }
  const arrow = node.kind === 'dataInput' || node.kind === 'dataOutput';
  return (
    <svg
      className="pnode-shape"
      viewBox={`0 0 ${DOCUMENT_BOX.width} ${DOCUMENT_BOX.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-bpmn={`data-${node.kind}`}
    >
      <path d={DOCUMENT_PATH} className="pnode-doc" />
      {arrow ? (
        <g className={node.kind === 'dataOutput' ? 'bpmn-glyph is-filled' : 'bpmn-glyph'}>
          <GlyphPaths glyph={DATA_ARROW} />
        </g>
      ) : null}
      {node.collection ? (
        <g className="bpmn-glyph">
          <GlyphPaths glyph={COLLECTION_GLYPH} />
        </g>
      ) : null}
    </svg>
  );
}

/** The task type in the top-left corner and the markers at the bottom centre of an activity. */
export function ActivityNotation({ node }: { node: ProcessNode }) {
  const type = node.activityType;
  const icon = type === undefined ? undefined : TASK_GLYPHS[type];
  const markers = activityMarkers(node);
  return (
    <>
      {icon ? (
        <svg
          className="bpmn-task-icon"
          viewBox={`0 0 ${TASK_ICON_BOX.width} ${TASK_ICON_BOX.height}`}
          aria-hidden="true"
          data-bpmn={`task-${type}`}
        >
          <g className="bpmn-glyph">
            <GlyphPaths glyph={icon} />
          </g>
        </svg>
      ) : null}
      {markers.length > 0 ? (
        <svg
          className="bpmn-markers"
          viewBox={`0 0 ${markers.length * MARKER_BOX} ${MARKER_BOX}`}
          aria-hidden="true"
          data-bpmn="markers"
        >
          {markers.map((marker, i) => (
            <g
              key={marker}
              transform={`translate(${i * MARKER_BOX} 0)`}
              className="bpmn-glyph"
              data-bpmn={`marker-${marker}`}
            >
              <GlyphPaths glyph={MARKER_GLYPHS[marker]} />
            </g>
          ))}
        </svg>
      ) : null}
    </>
  );
}

const BORDER_CLASSES = {
  call: ' is-call',
  transaction: ' is-transaction',
  eventSubProcess: ' is-event-subprocess',
};

/** CSS classes for an activity's border: thick for a call activity, double for a transaction, dotted for an event sub-process. */
export function activityBorderClass(node: ProcessNode): string {
  const border = activityBorder(node);
  return border ? BORDER_CLASSES[border] : '';
}
