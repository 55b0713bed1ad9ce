// How long each node holds a case up, for the lead time: activities, waiting events, boundary events, sub-processes.
import { isoDurationMinutes } from './duration.ts';
import type { NodeId } from './ids.ts';
import { isBoundaryEvent, isExpandedSubProcess } from './kinds.ts';
import { longestPath } from './metrics-graph.ts';
import type { SequenceGraph } from './metrics-graph.ts';
import type { ProcessNode } from './schema.ts';

/*
 * An activity takes its processing plus waiting time. An open sub-process with content takes the
 * longest path through that content (its own figures when it has no path). An intermediate event
 * takes its waiting time, else a timer's duration ("P14D"). A boundary event is reached through its
 * activity (see sequenceGraph), but a case leaves by it when the event occurs, not after the
 * activity: so its weight is its own time minus the activity's, and the path through it counts
 * the event's time once.
 */
export function nodeMinutes(graph: SequenceGraph): (node: ProcessNode) => number {
  const inner = new Map<NodeId, number>();
  const own = (node: ProcessNode): number => {
    if (node.kind === 'activity') {
      if (isExpandedSubProcess(node)) {
        if (!inner.has(node.id)) {
          inner.set(node.id, 0); // guards against a sub-process reached again through its own content
          inner.set(node.id, longestPath(graph, own, node.id)?.minutes ?? activityMinutes(node));
        }
        return inner.get(node.id) ?? 0;
      }
      return activityMinutes(node);
    }
    if (node.kind !== 'intermediate') return 0;
    const wait = eventMinutes(node);
    if (!isBoundaryEvent(node) || node.attachedTo === undefined) return wait;
    const host = graph.nodes.get(node.attachedTo);
    return wait - (host === undefined ? 0 : own(host));
  };
  return own;
}

function activityMinutes(node: ProcessNode): number {
  return (node.attrs.durationMin ?? 0) + (node.attrs.waitMin ?? 0);
}

function eventMinutes(node: ProcessNode): number {
  if (node.attrs.waitMin !== undefined) return node.attrs.waitMin;
  if (node.trigger !== 'timer' || node.throwing === true || node.expression === undefined) return 0;
  if (node.timerType !== undefined && node.timerType !== 'duration') return 0;
  return isoDurationMinutes(node.expression) ?? 0;
}
