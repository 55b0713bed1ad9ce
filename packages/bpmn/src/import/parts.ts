// A BPMN file may hold several diagrams or processes: each is one part, imported on its own (never merged).
import type { Collaboration, Definitions, FlowElementsContainer } from '../moddle-types.ts';
import type { BaseElement, Diagram } from '../moddle-types.ts';

export interface Part {
  /** The diagram's id, else the collaboration's or process's. */
  id: string;
  name: string;
  /** Whether the modeller named it (else `name` is an id): only then does the name title a process. */
  named: boolean;
  diagram?: Diagram;
  collaborations: Collaboration[];
  processes: FlowElementsContainer[];
}

/** What the caller may choose from: one entry per part, in file order. */
export interface PartInfo {
  id: string;
  name: string;
}

const isProcess = (element: BaseElement | undefined): element is FlowElementsContainer =>
  element?.$type === 'bpmn:Process';
const isCollaboration = (element: BaseElement | undefined): element is Collaboration =>
  element?.$type === 'bpmn:Collaboration';

/*
 * Every diagram that shows a collaboration or a process is a part: the collaboration's pools with
 * their processes, plus any other process drawn on the same plane. A collaboration or process that
 * no such diagram shows (a file without diagrams, or a process left beside them) is a part of its
 * own. Diagrams of a collapsed sub-process belong to the part that holds the sub-process.
 */
export function findParts(definitions: Definitions): Part[] {
  const roots = definitions.rootElements ?? [];
  const processes = roots.filter(isProcess);
  const collaborations = roots.filter(isCollaboration);
  const parts: Part[] = [];
  const covered = new Set<BaseElement>();
  for (const diagram of definitions.diagrams ?? []) {
    const shown = diagram.plane?.bpmnElement;
    if (!isProcess(shown) && !isCollaboration(shown)) continue;
    const part = partOf(shown, processes, diagram);
    const drawn = drawnElements(diagram);
    for (const process of processes) {
      if (!part.processes.includes(process) && (process.flowElements ?? []).some((e) => drawn.has(e)))
        part.processes.push(process);
    }
    for (const element of [...part.collaborations, ...part.processes]) covered.add(element);
    parts.push(part);
  }
  for (const collaboration of collaborations) {
    if (covered.has(collaboration)) continue;
    const part = partOf(collaboration, processes);
    if (part.processes.every((process) => covered.has(process)) && parts.length > 0) continue;
    for (const element of [collaboration, ...part.processes]) covered.add(element);
    parts.push(part);
  }
  for (const process of processes) {
    if (covered.has(process) || !hasContent(process)) continue;
    covered.add(process);
    parts.push(partOf(process, processes));
  }
  return parts;
}

function partOf(
  shown: FlowElementsContainer | Collaboration,
  processes: readonly FlowElementsContainer[],
  diagram?: Diagram,
): Part {
  const collaborations = isCollaboration(shown) ? [shown] : [];
  const pooled = collaborations
    .flatMap((collaboration) => collaboration.participants ?? [])
    .map((participant) => participant.processRef)
    .filter((process): process is FlowElementsContainer => process !== undefined);
  const own = isProcess(shown) ? [shown] : pooled.filter((process) => processes.includes(process));
  const name = [diagram?.get('name'), shown.name, ...poolNames(collaborations)]
    .map((candidate) => (typeof candidate === 'string' ? candidate.replace(/\s+/g, ' ').trim() : ''))
    .find((candidate) => candidate !== '');
  const part: Part = {
    id: diagram?.id ?? shown.id ?? '',
    name: name ?? shown.id ?? '',
    named: name !== undefined,
    collaborations,
    processes: [...new Set(own)],
  };
  if (diagram !== undefined) part.diagram = diagram;
  return part;
}

function poolNames(collaborations: readonly Collaboration[]): string[] {
  const names = collaborations.flatMap((c) => (c.participants ?? []).map((p) => p.name ?? ''));
  return [names.filter((name) => name.trim() !== '').join(', ')];
}

function drawnElements(diagram: Diagram): Set<BaseElement> {
  const drawn = new Set<BaseElement>();
  for (const shape of diagram.plane?.planeElement ?? []) if (shape.bpmnElement) drawn.add(shape.bpmnElement);
  return drawn;
}

function hasContent(process: FlowElementsContainer): boolean {
  return (process.flowElements ?? []).length > 0 || (process.artifacts ?? []).length > 0;
}
