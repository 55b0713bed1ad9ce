// Schema v1 → v2: what v1 could only approximate becomes what it is, the same on every client that migrates.
import * as Y from 'yjs';
import { getEdges, getNodes } from './doc.ts';
import { setField } from './fields.ts';
import { NODE_SIZES } from './geometry.ts';
import { EVENT_TRIGGERS } from './schema-bpmn.ts';
import type { EventTrigger } from './schema-bpmn.ts';

const DATA_KINDS: ReadonlySet<unknown> = new Set(['document']);

// The line v1's BPMN import left in an activity that stood for an intermediate event (see packages/bpmn).
const EVENT_NOTE = /(?:^|\n\n)BPMN: (eintretendes|auslösendes) Zwischenereignis(?: \(([\w, ]+)\))?$/;

/*
 * 1. A sequence flow to or from a document becomes an association: BPMN connects data by data
 *    associations, and v1 let people draw either.
 * 2. An activity that v1's import made from an intermediate event (its description ends in
 *    "BPMN: eintretendes Zwischenereignis (timer)") becomes that event again, with its trigger, at
 *    the event's size around the same centre, and the line leaves the description.
 * Every write depends only on the document's state, so two clients migrating the same state at once
 * write the same values and converge; running it again changes nothing.
 */
export function migrateV1ToV2(doc: Y.Doc): void {
  const nodes = getNodes(doc);
  const kindOf = (id: unknown) => {
    const node = typeof id === 'string' ? nodes.get(id) : undefined;
    return node instanceof Y.Map ? node.get('kind') : undefined;
  };
  for (const edge of getEdges(doc).values()) {
    if (!(edge instanceof Y.Map) || edge.get('kind') !== 'sequence') continue;
    if (DATA_KINDS.has(kindOf(edge.get('source'))) || DATA_KINDS.has(kindOf(edge.get('target'))))
      edge.set('kind', 'association');
  }
  for (const node of nodes.values()) {
    if (node instanceof Y.Map && node.get('kind') === 'activity') restoreEvent(node as Y.Map<unknown>);
  }
}

function restoreEvent(node: Y.Map<unknown>): void {
  const attrs = node.get('attrs');
  const description = attrs instanceof Y.Map ? attrs.get('description') : undefined;
  if (typeof description !== 'string') return;
  const match = EVENT_NOTE.exec(description);
  if (match === null) return;
  const triggers = (match[2] ?? '').split(', ').filter((word) => word !== '');
  node.set('kind', 'intermediate');
  const trigger = triggerOf(triggers);
  if (trigger !== undefined) node.set('trigger', trigger);
  if (match[1] === 'auslösendes') node.set('throwing', true);
  const rest = description.slice(0, match.index);
  setField(attrs as Y.Map<unknown>, 'description', rest === '' ? undefined : rest);
  recentre(node);
}

function triggerOf(words: readonly string[]): EventTrigger | undefined {
  if (words.length > 1) return 'multiple';
  const word = words[0];
  if (word === 'compensate') return 'compensation';
  return EVENT_TRIGGERS.find((trigger) => trigger.toLowerCase() === word);
}

// v1 grew the event's 36 px circle into a box for its label; the event gets its own size back.
function recentre(node: Y.Map<unknown>): void {
  const { width, height } = NODE_SIZES.intermediate;
  const x = node.get('x');
  const y = node.get('y');
  const w = node.get('w');
  const h = node.get('h');
  if (typeof x === 'number' && typeof w === 'number') node.set('x', x + (w - width) / 2);
  if (typeof y === 'number' && typeof h === 'number') node.set('y', y + (h - height) / 2);
  node.delete('w');
  node.delete('h');
}
