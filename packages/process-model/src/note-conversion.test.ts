// Tests for turning workshop notes into the model: one note into an activity, several merged into one.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProcessDoc, getEdges, getNodes } from './doc.ts';
import { connect } from './edge-mutations.ts';
import { addLane } from './lane-mutations.ts';
import { addNode, setNodeAttrs } from './node-mutations.ts';
import { convertNoteToActivity, mergeNotesIntoActivity } from './note-conversion.ts';
import { LOCAL_ORIGIN } from './origin.ts';
import { readProcessMap } from './read.ts';

const note = (label: string, x: number, y: number) => ({ kind: 'note', label, x, y }) as const;

function undoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([getNodes(doc), getEdges(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
  });
}

describe('convertNoteToActivity', () => {
  it('turns a note into an activity with the same id, text, position, size, lane and edges', () => {
    const doc = createProcessDoc();
    const lane = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' });
    const id = addNode(doc, {
      ...note('Antrag auf Vollständigkeit prüfen', 120, 340),
      w: 160,
      h: 110,
      laneId: lane,
    });
    const start = addNode(doc, { kind: 'start', label: 'Antrag da', x: 0, y: 340 });
    connect(doc, { source: start, target: id });

    convertNoteToActivity(doc, id);

    const map = readProcessMap(doc);
    expect(map.nodes.find((node) => node.id === id)).toEqual({
      id,
      kind: 'activity',
      label: 'Antrag auf Vollständigkeit prüfen',
      x: 120,
      y: 340,
      w: 160,
      h: 110,
      laneId: lane,
      attrs: {},
    });
    expect(map.edges).toHaveLength(1);
  });

  it('is one change that one undo takes back', () => {
    const doc = createProcessDoc();
    const id = addNode(doc, note('Gebühr kassieren', 10, 20));
    const undo = undoManager(doc);
    convertNoteToActivity(doc, id);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readProcessMap(doc).nodes[0]?.kind).toBe('note');
  });

  it('refuses anything that is not a note, and a missing node', () => {
    const doc = createProcessDoc();
    const activity = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 0, y: 0 });
    expect(() => convertNoteToActivity(doc, activity)).toThrow(
      expect.objectContaining({ code: 'invalid-kind' }),
    );
    expect(() => convertNoteToActivity(doc, 'nope' as typeof activity)).toThrow(
      expect.objectContaining({ code: 'unknown-node' }),
    );
  });
});

describe('mergeNotesIntoActivity', () => {
  it('keeps the first note in reading order as the activity and lists every text in its description', () => {
    const doc = createProcessDoc();
    const lower = addNode(doc, note('Unterlagen nachfordern', 100, 300));
    const upper = addNode(doc, note('Vollständigkeit prüfen', 400, 100));
    const left = addNode(doc, note('Fristen beachten', 50, 300));
    setNodeAttrs(doc, left, { description: 'vier Wochen\nab Eingang' });

    const id = mergeNotesIntoActivity(doc, [lower, upper, left]);

    expect(id).toBe(upper);
    const map = readProcessMap(doc);
    expect(map.nodes).toEqual([
      {
        id: upper,
        kind: 'activity',
        label: 'Vollständigkeit prüfen',
        x: 400,
        y: 100,
        attrs: {
          description:
            '- Vollständigkeit prüfen\n- Fristen beachten\n  vier Wochen\n  ab Eingang\n- Unterlagen nachfordern',
        },
      },
    ]);
  });

  it('moves the merged notes’ edges to the activity, dropping loops and repeated connections', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, note('A', 0, 0));
    const b = addNode(doc, note('B', 0, 200));
    const before = addNode(doc, { kind: 'start', label: 'Start', x: -200, y: 0 });
    const after = addNode(doc, { kind: 'end', label: 'Ende', x: 400, y: 0 });
    connect(doc, { source: before, target: a });
    connect(doc, { source: before, target: b });
    connect(doc, { source: a, target: b });
    const out = connect(doc, { source: b, target: after });

    mergeNotesIntoActivity(doc, [a, b]);

    const edges = readProcessMap(doc).edges.map(({ id, source, target }) => ({ id, source, target }));
    expect(edges).toHaveLength(2);
    expect(edges).toContainEqual(expect.objectContaining({ source: before, target: a }));
    expect(edges).toContainEqual({ id: out, source: a, target: after });
  });

  it('is one change that one undo takes back', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, note('A', 0, 0));
    const b = addNode(doc, note('B', 0, 200));
    connect(doc, { source: a, target: b });
    const undo = undoManager(doc);
    const before = readProcessMap(doc);
    mergeNotesIntoActivity(doc, [a, b]);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readProcessMap(doc)).toEqual(before);
  });

  it('merges a single note like a conversion, without a description', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, note('Bescheid schreiben', 5, 6));
    mergeNotesIntoActivity(doc, [a]);
    expect(readProcessMap(doc).nodes[0]).toMatchObject({
      kind: 'activity',
      label: 'Bescheid schreiben',
      attrs: {},
    });
  });

  it('refuses an empty list or a non-note without changing anything', () => {
    const doc = createProcessDoc();
    const a = addNode(doc, note('A', 0, 0));
    const activity = addNode(doc, { kind: 'activity', label: 'Prüfen', x: 0, y: 100 });
    const before = readProcessMap(doc);
    expect(() => mergeNotesIntoActivity(doc, [])).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => mergeNotesIntoActivity(doc, [a, activity])).toThrow(
      expect.objectContaining({ code: 'invalid-kind' }),
    );
    expect(readProcessMap(doc)).toEqual(before);
  });
});
