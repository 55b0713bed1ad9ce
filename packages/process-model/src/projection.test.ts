// Tests for document projections: equal states give equal projections, however they were built or loaded.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { createProcessDoc, initProcessDoc } from './doc.ts';
import { addLane } from './lane-mutations.ts';
import { addNode } from './node-mutations.ts';
import { projectDocument, projectProcessSnapshot } from './projection.ts';
import { readProcessMap } from './read.ts';

// What the server holds after a cold load: the state applied to a fresh doc, no type accessed by name.
function reload(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

// A discussion-like doc with nested types of every kind.
function buildDiscussion(): Y.Doc {
  const doc = new Y.Doc();
  const threads = doc.getMap('threads');
  const thread = new Y.Map<unknown>();
  threads.set('t1', thread);
  thread.set('nodeId', 'n1');
  const body = new Y.Text();
  thread.set('body', body);
  body.insert(0, 'Wer prüft den Antrag?');
  body.format(0, 3, { bold: true });
  const replies = new Y.Array<unknown>();
  thread.set('replies', replies);
  const reply = new Y.Map<unknown>();
  replies.push([reply]);
  reply.set('author', 'u2');
  reply.set('votes', { up: 2, down: 0 });
  doc.getArray('order').push(['t1', 42, null, { nested: [1, 2] }]);
  doc.getText('summary').insert(0, 'Kurzfassung');
  doc.getXmlFragment('notes').insert(0, [new Y.XmlElement('p')]);
  return doc;
}

const expectedDiscussion = {
  notes: '<p></p>',
  order: ['t1', 42, null, { nested: [1, 2] }],
  summary: 'Kurzfassung',
  threads: {
    t1: {
      body: 'Wer prüft den Antrag?',
      nodeId: 'n1',
      replies: [{ author: 'u2', votes: { down: 0, up: 2 } }],
    },
  },
};

describe('projectDocument', () => {
  it('projects maps, arrays, text and XML, nested types included', () => {
    expect(projectDocument(buildDiscussion())).toEqual(expectedDiscussion);
  });

  it('gives the same output when the same doc is read twice', () => {
    const doc = buildDiscussion();
    expect(canonicalJson(projectDocument(doc))).toBe(canonicalJson(projectDocument(doc)));
  });

  it('gives the same output for two docs with the same content built in different orders', () => {
    const first = new Y.Doc();
    first.getMap('votes').set('a', 1);
    first.getMap('votes').set('b', { y: 2, x: 1 });
    first.getArray('log').push(['one']);
    const second = new Y.Doc();
    second.getArray('log').push(['one']);
    second.getMap('votes').set('b', { x: 1, y: 2 });
    second.getMap('votes').set('a', 1);
    second.getMap('votes').set('gone', true);
    second.getMap('votes').delete('gone');
    expect(canonicalJson(projectDocument(second))).toBe(canonicalJson(projectDocument(first)));
    expect(JSON.stringify(projectDocument(second))).toBe(JSON.stringify(projectDocument(first)));
  });

  it('reads a doc loaded from an update whose types were never accessed by name', () => {
    const loaded = reload(buildDiscussion());
    // The limitation this guards against: such types sit in doc.share untyped, and their toJSON is empty.
    expect([...loaded.share.keys()].sort()).toEqual(['notes', 'order', 'summary', 'threads']);
    expect(loaded.share.get('threads')?.constructor).toBe(Y.AbstractType);
    expect(loaded.share.get('threads')?.toJSON()).toBeUndefined();
    expect(projectDocument(loaded)).toEqual(expectedDiscussion);
  });

  it('does not change doc.share, so later typed access still works', () => {
    const loaded = reload(buildDiscussion());
    projectDocument(loaded);
    expect(loaded.share.get('threads')?.constructor).toBe(Y.AbstractType);
    expect(loaded.getMap('threads').size).toBe(1);
  });

  it('leaves out empty top-level types, since being in doc.share depends on local access', () => {
    const doc = new Y.Doc();
    doc.getMap('accessedOnly');
    doc.getArray('cleared').push([1]);
    doc.getArray('cleared').delete(0);
    doc.getText('kept').insert(0, 'x');
    expect(projectDocument(doc)).toEqual({ kept: 'x' });
    expect(projectDocument(reload(doc))).toEqual({ kept: 'x' });
  });

  it('reads a name used as a map by one client and as a list by another the same on every peer', () => {
    const asMap = new Y.Doc();
    asMap.getMap('x').set('k', 1);
    const asList = new Y.Doc();
    asList.getArray('x').push([1]);
    Y.applyUpdate(asMap, Y.encodeStateAsUpdate(asList));
    Y.applyUpdate(asList, Y.encodeStateAsUpdate(asMap));
    expect(projectDocument(asMap)).toEqual({ x: [1] });
    expect(projectDocument(asList)).toEqual({ x: [1] });
    expect(projectDocument(reload(asMap))).toEqual({ x: [1] });
  });

  it('writes values JSON has no form for as plain data', () => {
    const doc = new Y.Doc();
    const raw = doc.getMap('raw');
    raw.set('bytes', new Uint8Array([1, 255]));
    raw.set('big', 9007199254740993n);
    raw.set('sub', new Y.Doc({ guid: 'sub-1' }));
    raw.set('weird', { nan: NaN, missing: undefined, list: [undefined] });
    const expected = {
      raw: {
        big: '9007199254740993',
        bytes: [1, 255],
        sub: { subdocGuid: 'sub-1' },
        weird: { list: [null], nan: null },
      },
    };
    expect(projectDocument(doc)).toEqual(expected);
    expect(projectDocument(reload(doc))).toEqual(expected);
  });

  it('is JSON-exact: parsing its canonical JSON gives it back', () => {
    const projection = projectDocument(buildDiscussion());
    expect(JSON.parse(canonicalJson(projection))).toEqual(projection);
  });
});

describe('projectProcessSnapshot', () => {
  it('combines the read map and the projected discussion under the schema version', () => {
    const map = createProcessDoc();
    initProcessDoc(map);
    const laneId = addLane(map, { label: 'Bürgeramt', kind: 'orgUnit' });
    addNode(map, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 10,
      y: 20,
      laneId,
      attrs: { durationMin: 15 },
    });
    const discussion = buildDiscussion();

    const snapshot = projectProcessSnapshot({ map, discussion });
    expect(snapshot).toEqual({ schemaVersion: 1, map: readProcessMap(map), discussion: expectedDiscussion });
    const reloaded = projectProcessSnapshot({ map: reload(map), discussion: reload(discussion) });
    expect(canonicalJson(reloaded)).toBe(canonicalJson(snapshot));
  });
});
