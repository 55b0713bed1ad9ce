// An independent count of what a BPMN file draws, with plain bpmn-moddle: every element a diagram shape or edge shows.
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

export interface Drawn {
  /** BPMN ids of every element with a shape or edge in any diagram. */
  ids: Set<string>;
  /** Names of the participants (pools) the diagrams draw, by id. */
  participants: Map<string, string>;
}

export async function drawnElements(xml: string): Promise<Drawn> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const drawn: Drawn = { ids: new Set(), participants: new Map() };
  const diagrams = (rootElement.get('diagrams') as ModdleElement[] | undefined) ?? [];
  for (const diagram of diagrams) {
    const plane = diagram.get('plane') as ModdleElement | undefined;
    for (const item of (plane?.get('planeElement') as ModdleElement[] | undefined) ?? []) {
      const element = item.get('bpmnElement') as ModdleElement | undefined;
      if (element?.id === undefined) continue;
      drawn.ids.add(element.id);
      if (element.$type === 'bpmn:Participant')
        drawn.participants.set(element.id, String(element.get('name') ?? ''));
    }
  }
  return drawn;
}
