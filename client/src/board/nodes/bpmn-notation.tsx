// BPMN's standard notation for the kinds and fields of schema v2: event circles with trigger icons, task-type icons,
// activity markers, the extra gateways, data stores, process data and groups. Shared by the editor and read-only maps.
import type { ReactNode } from 'react';
import type { EventTrigger, ProcessNode } from '@prozesswerk/process-model';
import { isSubProcess } from '@prozesswerk/process-model';
import './bpmn-notation.css';

// Trigger icons drawn in a 36 × 36 box around (18, 18); `filled` for throwing and end events.
function TriggerIcon({ trigger, filled }: { trigger: EventTrigger; filled: boolean }) {
  const cls = filled ? 'bpmn-glyph is-filled' : 'bpmn-glyph';
  const paths: Partial<Record<EventTrigger, ReactNode>> = {
    message: <path d="M10 12h16v12H10Z M10 12l8 6 8-6" />,
    timer: (
      <>
        <circle cx="18" cy="18" r="8" />
        <path d="M18 12v6l4 3" />
      </>
    ),
    signal: <path d="M18 9 27 25H9Z" />,
    conditional: <path d="M11 10h14v16H11Z M13 14h10M13 18h10M13 22h10" />,
    error: <path d="M10 26 14 12l5 8 4-8 3 14-4-8-4 8Z" />,
    escalation: <path d="M18 9 25 26 18 20 11 26Z" />,
    compensation: <path d="M17 12v12l-8-6Z M26 12v12l-8-6Z" />,
    link: <path d="M9 15h10v-4l8 7-8 7v-4H9Z" />,
    terminate: <circle cx="18" cy="18" r="8" className="is-solid" />,
    cancel: <path d="M11 13l2-2 5 5 5-5 2 2-5 5 5 5-2 2-5-5-5 5-2-2 5-5Z" />,
    multiple: <path d="M18 9 26 15 23 25H13L10 15Z" />,
    parallelMultiple: <path d="M16 9h4v7h7v4h-7v7h-4v-7H9v-4h7Z" />,
  };
  return (
    <g className={cls} data-bpmn={`trigger-${trigger}`}>
      {paths[trigger]}
    </g>
  );
}

/** Start (thin ring), intermediate (double ring), end (thick ring); dashed when the event does not interrupt. */
export function EventShape({ node }: { node: ProcessNode }) {
  const ring = `bpmn-ring bpmn-ring-${node.kind}${node.interrupting === false ? ' is-dashed' : ''}`;
  const filled = node.kind === 'end' || node.throwing === true;
  return (
    <svg className="pnode-shape" viewBox="0 0 36 36" aria-hidden="true" data-bpmn={`event-${node.kind}`}>
      <circle cx="18" cy="18" r="16.5" className={ring} />
      {node.kind === 'intermediate' ? <circle cx="18" cy="18" r="13.5" className={ring} /> : null}
      {node.trigger ? <TriggerIcon trigger={node.trigger} filled={filled} /> : null}
    </svg>
  );
}

export function GatewayShape({ kind }: { kind: 'inclusive' | 'eventBased' | 'complex' }) {
  return (
    <svg className="pnode-shape" viewBox="0 0 56 56" aria-hidden="true" data-bpmn={`gateway-${kind}`}>
      <path d="M28 2 54 28 28 54 2 28Z" className="pnode-diamond" />
      {kind === 'inclusive' ? <circle cx="28" cy="28" r="10" className="pnode-mark" /> : null}
      {kind === 'eventBased' ? (
        <>
          <circle cx="28" cy="28" r="12" className="pnode-mark thin" />
          <circle cx="28" cy="28" r="9.5" className="pnode-mark thin" />
          <path d="M28 21.5 34 26 32 33H24L22 26Z" className="pnode-mark thin" />
        </>
      ) : null}
      {kind === 'complex' ? (
        <path d="M28 17v22M17 28h22M20 20l16 16M36 20 20 36" className="pnode-mark" />
      ) : null}
    </svg>
  );
}

export function DataShape({ node }: { node: ProcessNode }) {
  if (node.kind === 'dataStore') {
    return (
      <svg
        className="pnode-shape"
        viewBox="0 0 64 60"
        preserveAspectRatio="none"
        aria-hidden="true"
        data-bpmn="data-store"
      >
        <path
          d="M2 10c0-11 60-11 60 0v40c0 11-60 11-60 0Z M2 10c0 11 60 11 60 0 M2 16c0 11 60 11 60 0"
          className="pnode-doc"
        />
      </svg>
    );
  }
  const arrow = node.kind === 'dataInput' || node.kind === 'dataOutput';
  return (
    <svg
      className="pnode-shape"
      viewBox="0 0 150 72"
      preserveAspectRatio="none"
      aria-hidden="true"
      data-bpmn={`data-${node.kind}`}
    >
      <path d="M1 1h148v60c-25-14-50 14-74 2S26 49 1 61Z" className="pnode-doc" />
      {arrow ? (
        <path
          d="M6 8h8v-4l7 7-7 7v-4H6Z"
          className={node.kind === 'dataOutput' ? 'bpmn-glyph is-filled' : 'bpmn-glyph'}
        />
      ) : null}
      {node.collection ? <path d="M68 58v10M75 58v10M82 58v10" className="bpmn-glyph" /> : null}
    </svg>
  );
}

const TASK_ICONS: Record<string, ReactNode> = {
  user: <path d="M9 8a4 4 0 1 1 0.01 0Z M2 20c0-5 3-7 7-7s7 2 7 7Z" />,
  service: (
    <>
      <circle cx="9" cy="11" r="3" />
      <path d="M9 3v3M9 16v3M1 11h3M14 11h3M3.5 5.5l2 2M12.5 14.5l2 2M3.5 16.5l2-2M12.5 7.5l2-2" />
    </>
  ),
  manual: <path d="M2 12h5V5h2v7h2V4h2v8h2V6h2v9c0 3-2 5-5 5H6c-2 0-4-2-4-4Z" />,
  send: <path d="M1 5h16v11H1Z M1 5l8 6 8-6" className="is-solid" />,
  receive: <path d="M1 5h16v11H1Z M1 5l8 6 8-6" />,
  script: <path d="M5 2h11c-3 3-3 6 0 9s3 6 0 9H3c3-3 3-6 0-9s-3-6 2-9Z M6 7h6M6 11h6M6 15h6" />,
  businessRule: <path d="M1 4h16v14H1Z M1 8h16M6 8v10M1 13h16" />,
};

/** The task type in the top-left corner and the markers at the bottom centre of an activity. */
export function ActivityNotation({ node }: { node: ProcessNode }) {
  const type = node.activityType;
  const icon = type === undefined ? undefined : TASK_ICONS[type];
  const markers: ReactNode[] = [];
  if (node.marker === 'loop') markers.push(<path key="loop" d="M4 10a5 5 0 1 1 4 4 M8 14l-1-3 3 0" />);
  if (node.marker === 'parallel') markers.push(<path key="par" d="M5 3v12M9 3v12M13 3v12" />);
  if (node.marker === 'sequential') markers.push(<path key="seq" d="M3 5h12M3 9h12M3 13h12" />);
  if (node.compensation === true) markers.push(<path key="comp" d="M8 5v8l-6-4Z M15 5v8l-6-4Z" />);
  if (isSubProcess(node) && node.expanded !== true)
    markers.push(<path key="sub" d="M2 2h14v14H2Z M9 5v8M5 9h8" />);
  if (type === 'adHoc') markers.push(<path key="adhoc" d="M2 10c2-4 5-4 7 0s5 4 7 0" />);
  return (
    <>
      {icon ? (
        <svg className="bpmn-task-icon" viewBox="0 0 18 21" aria-hidden="true" data-bpmn={`task-${type}`}>
          <g className="bpmn-glyph">{icon}</g>
        </svg>
      ) : null}
      {markers.length > 0 ? (
        <svg
          className="bpmn-markers"
          viewBox={`0 0 ${markers.length * 18} 18`}
          aria-hidden="true"
          data-bpmn="markers"
        >
          {markers.map((marker, i) => (
            <g key={i} transform={`translate(${i * 18} 0)`} className="bpmn-glyph">
              {marker}
            </g>
          ))}
        </svg>
      ) : null}
    </>
  );
}

/** CSS classes for an activity's border: thick for a call activity, double for a transaction, dashed for an event sub-process. */
export function activityBorderClass(node: ProcessNode): string {
  if (node.activityType === 'callActivity') return ' is-call';
  if (node.activityType === 'transaction') return ' is-transaction';
  if (node.activityType === 'eventSubProcess') return ' is-event-subprocess';
  return '';
}
