// The parts every drawn process node shares, in the editor and on read-only maps: shape, label place, facts, handles.
import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { ProcessNode } from '@prozesswerk/process-model';
import { KindIcon } from '../icons.tsx';
import { ActivityNotation, DataShape, EventShape, GatewayShape } from './bpmn-notation.tsx';
import type { NodeLabels } from '../node-labels.tsx';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

// Circles and diamonds are small, so their label sits below the shape instead of inside.
const LABEL_OUTSIDE = new Set([
  'start',
  'end',
  'intermediate',
  'decision',
  'parallel',
  'inclusive',
  'eventBased',
  'complex',
  'dataStore',
]);

/** `unknownKind` names a kind this version does not know (the editor shows it; read-only maps leave it out). */
export function NodeShape({ node, unknownKind }: { node: ProcessNode; unknownKind?: string }) {
  switch (node.kind) {
    case 'intermediate':
      return <EventShape node={node} />;
    case 'start':
    case 'end':
      return node.trigger !== undefined || node.interrupting === false ? (
        <EventShape node={node} />
      ) : (
        <KindIcon kind={node.kind} />
      );
    case 'decision':
    case 'parallel':
    case 'inclusive':
    case 'eventBased':
    case 'complex':
      return <GatewayShape kind={node.kind} />;
    case 'dataStore':
    case 'dataInput':
    case 'dataOutput':
    case 'document':
      return <DataShape node={node} />;
    case 'group':
      return null;
    case 'unknown':
      return unknownKind ? <span className="pnode-unknown-kind">{unknownKind}</span> : null;
    case 'activity':
      return <ActivityNotation node={node} />;
    case 'note':
      return null;
    default:
      return <KindIcon kind={node.kind} />;
  }
}

/** The label inside the node, or below it for circles and diamonds. */
export function NodeLabelSlot({ kind, children }: { kind: string; children: ReactNode }) {
  return <div className={LABEL_OUTSIDE.has(kind) ? 'pnode-outside-label' : 'pnode-body'}>{children}</div>;
}

// A node this small has room for processing time and medium only; the role is shown by the lane and the inspector.
export function ActivityMeta({ node, labels }: { node: ProcessNode; labels: NodeLabels }) {
  const { durationMin, medium } = node.attrs;
  if (durationMin === undefined && !medium) return null;
  return (
    <div className="pnode-meta">
      {durationMin !== undefined ? <span>{labels.minutes(durationMin)}</span> : null}
      {medium ? <span>{labels.medium[medium]}</span> : null}
    </div>
  );
}

export function NodeHandles() {
  return SIDES.map(([handleId, position]) => (
    <Handle key={handleId} id={handleId} type="source" position={position} className="pnode-handle" />
  ));
}
