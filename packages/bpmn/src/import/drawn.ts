// What the part's diagram draws, and whether a sub-process is drawn open (its content beside it on the same plane).
import type { BaseElement, Definitions, Diagram, FlowElementsContainer } from '../moddle-types.ts';
import type { ScanContext } from './scan.ts';

/*
 * A sub-process is open when its shape says `isExpanded="true"`; a shape that does not say (some
 * tools leave it out) counts as open when the same plane also draws its content. A sub-process
 * without a shape is closed. Without a diagram for the part, shapes of all diagrams count.
 */
export function drawnContext(definitions: Definitions, diagram: Diagram | undefined): ScanContext {
  const diagrams = diagram !== undefined ? [diagram] : (definitions.diagrams ?? []);
  const planeOf = new Map<BaseElement, Diagram>();
  const expandedFlag = new Map<BaseElement, boolean | undefined>();
  for (const each of definitions.diagrams ?? []) {
    for (const shape of each.plane?.planeElement ?? []) {
      const element = shape.bpmnElement;
      if (element === undefined || planeOf.has(element)) continue;
      planeOf.set(element, each);
      expandedFlag.set(element, shape.isExpanded);
    }
  }
  const drawn = new Set<BaseElement>();
  for (const each of diagrams)
    for (const shape of each.plane?.planeElement ?? []) if (shape.bpmnElement) drawn.add(shape.bpmnElement);
  return {
    drawn,
    isExpanded(element) {
      const flag = expandedFlag.get(element);
      if (flag !== undefined) return flag;
      const plane = planeOf.get(element);
      if (plane === undefined) return false;
      const content = (element as FlowElementsContainer).flowElements ?? [];
      return content.some((child) => child.$type !== 'bpmn:SequenceFlow' && planeOf.get(child) === plane);
    },
  };
}
