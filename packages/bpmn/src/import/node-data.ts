// Reads what a BPMN element carries for us: its id, our attributes from pw:attrs, and its documentation.
import { activityAttrsSchema, MAX_ID_LENGTH, newId } from '@prozesswerk/process-model';
import type { ActivityAttrs } from '@prozesswerk/process-model';
import { fromBpmnId } from '../ids.ts';
import type { BaseElement, ModdleElement, PwAttrs } from '../moddle-types.ts';
import { bpmnTypeKey, type ImportNote } from './notes.ts';

/*
 * Our id for an element: `pw:originalId` if set, else the BPMN id decoded (`pw_…` → what we
 * exported). A missing, over-long or already used id is replaced by a new random one (with a
 * warning), so every node, edge and lane id is valid and unique within its kind.
 */
export function createIdAllocator(warnings: ImportNote[]): (element: BaseElement, suffix?: string) => string {
  const used = new Set<string>();
  return (element, suffix = '') => {
    let id = (element.originalId ?? fromBpmnId(element.id ?? '')) + suffix;
    if (id === suffix || id.length > MAX_ID_LENGTH || used.has(id)) {
      const replacement = newId();
      warnings.push({
        code: 'new-id',
        params: { element: bpmnTypeKey(element.$type), id: element.id ?? '', replacement },
      });
      id = replacement;
    }
    used.add(id);
    return id;
  };
}

const ATTR_SHAPE = activityAttrsSchema.shape;

/*
 * Attributes from `<pw:attrs>`, each checked on its own so one bad value does not lose the rest.
 * Without a pw description, the BPMN documentation becomes the description.
 */
export function readAttrs(element: BaseElement): ActivityAttrs {
  const pw = extensionOf<PwAttrs>(element, 'pw:Attrs');
  const attrs: Record<string, unknown> = {};
  for (const key of Object.keys(ATTR_SHAPE) as (keyof typeof ATTR_SHAPE)[]) {
    const parsed = ATTR_SHAPE[key].safeParse(pw?.[key]);
    if (parsed.success && parsed.data !== undefined) attrs[key] = parsed.data;
  }
  const own = typeof attrs.description === 'string' ? attrs.description : undefined;
  delete attrs.description;
  const result = activityAttrsSchema.parse(attrs);
  const description = own ?? documentationOf(element);
  // An empty description of our own stays empty rather than disappearing.
  if (description !== undefined && ATTR_SHAPE.description.safeParse(description).success) {
    result.description = description;
  }
  return result;
}

function extensionOf<T extends ModdleElement>(element: BaseElement, type: string): T | undefined {
  return element.extensionElements?.values?.find((value) => value.$type === type) as T | undefined;
}

function documentationOf(element: BaseElement): string | undefined {
  const docs = element.documentation ?? [];
  const text = docs
    .map((doc) => doc.text?.trim() ?? '')
    .filter((part) => part !== '')
    .join('\n\n');
  return text === '' ? undefined : text;
}
