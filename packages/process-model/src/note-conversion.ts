// Workshop sticky notes become part of the model: one note turns into an activity, or several merge into one.
import * as Y from 'yjs';
import { getEdges, getNodes } from './doc.ts';
import { ProcessModelError } from './errors.ts';
import { requireEntry, setField } from './fields.ts';
import type { NodeId } from './ids.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { MAX_DESCRIPTION_LENGTH } from './schema.ts';

/*
 * The note keeps its id, so its position, lane, size, edges, comment threads and votes stay
 * with the new activity; only the kind changes. One transaction, so one undo brings the note back.
 */
export function convertNoteToActivity(doc: Y.Doc, id: NodeId, origin: unknown = LOCAL_ORIGIN): void {
  const node = requireNote(doc, id);
  doc.transact(() => setField(node, 'kind', 'activity'), origin);
}

/*
 * Merging is what a workshop does with a cluster of stickies that describe the same step: the
 * first note in reading order (top to bottom, then left to right) becomes the activity and keeps
 * its text as the label; every note's text goes into the description as a list, so nothing said
 * in the workshop is lost. Edges of the other notes move to the activity (one that would become a
 * loop or repeat an existing connection is dropped), then those notes are deleted. Returns the id of
 * the activity; one transaction, one undo.
 */
export function mergeNotesIntoActivity(
  doc: Y.Doc,
  ids: readonly NodeId[],
  origin: unknown = LOCAL_ORIGIN,
): NodeId {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ProcessModelError('invalid-input', 'no notes to merge');
  const notes = unique.map((id) => ({ id, node: requireNote(doc, id) }));
  notes.sort((a, b) => num(a.node, 'y') - num(b.node, 'y') || num(a.node, 'x') - num(b.node, 'x'));
  const [kept, ...merged] = notes as [(typeof notes)[number], ...typeof notes];
  const description = noteList(notes.map(({ node }) => node));
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    throw new ProcessModelError('invalid-attributes', 'the merged notes are too long for one description');
  }

  doc.transact(() => {
    setField(kept.node, 'kind', 'activity');
    if (merged.length > 0) setField(attrsOf(kept.node), 'description', description);
    const gone = new Set<string>(merged.map(({ id }) => id));
    redirectEdges(getEdges(doc), gone, kept.id);
    const nodes = getNodes(doc);
    for (const id of gone) nodes.delete(id);
  }, origin);
  return kept.id;
}

function requireNote(doc: Y.Doc, id: NodeId): Y.Map<unknown> {
  const node = requireEntry(getNodes(doc), id, 'unknown-node');
  if (node.get('kind') !== 'note') throw new ProcessModelError('invalid-kind', `node ${id} is not a note`);
  return node;
}

// Each note's text as one list item; a note's own description follows its text, indented.
function noteList(notes: Y.Map<unknown>[]): string {
  return notes
    .map((node) => {
      const label = String(node.get('label') ?? '').trim();
      const own = attrsOf(node, false)?.get('description');
      const extra = typeof own === 'string' && own.trim() ? `\n  ${own.trim().replace(/\n/g, '\n  ')}` : '';
      return `- ${label}${extra}`;
    })
    .join('\n');
}

function attrsOf(node: Y.Map<unknown>): Y.Map<unknown>;
function attrsOf(node: Y.Map<unknown>, create: false): Y.Map<unknown> | undefined;
function attrsOf(node: Y.Map<unknown>, create = true): Y.Map<unknown> | undefined {
  const attrs = node.get('attrs');
  if (attrs instanceof Y.Map) return attrs as Y.Map<unknown>;
  if (!create) return undefined;
  // Only for nodes written without attrs (foreign or damaged data); see addNode for why not earlier.
  const created = new Y.Map<unknown>();
  node.set('attrs', created);
  return created;
}

// Moves the ends at `gone` to `to`; a loop or a second edge of the same kind between two nodes goes.
function redirectEdges(edges: Y.Map<unknown>, gone: ReadonlySet<string>, to: NodeId): void {
  const moved: [string, Y.Map<unknown>, unknown, unknown][] = [];
  const existing = new Set<string>();
  for (const [edgeId, edge] of edges.entries()) {
    if (!(edge instanceof Y.Map)) continue;
    const entry = edge as Y.Map<unknown>;
    const source = redirect(entry.get('source'), gone, to);
    const target = redirect(entry.get('target'), gone, to);
    if (source === entry.get('source') && target === entry.get('target'))
      existing.add(connectionKey(entry, source, target));
    else moved.push([edgeId, entry, source, target]);
  }
  for (const [edgeId, edge, source, target] of moved) {
    const key = connectionKey(edge, source, target);
    if (source === target || existing.has(key)) {
      edges.delete(edgeId);
      continue;
    }
    existing.add(key);
    setField(edge, 'source', source);
    setField(edge, 'target', target);
  }
}

const connectionKey = (edge: Y.Map<unknown>, source: unknown, target: unknown) =>
  JSON.stringify([edge.get('kind'), source, target]);

function redirect(end: unknown, gone: ReadonlySet<string>, to: NodeId): unknown {
  return typeof end === 'string' && gone.has(end) ? to : end;
}

function num(node: Y.Map<unknown>, key: 'x' | 'y'): number {
  const value = node.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
