// Tests for document projections: equal states give equal projections, however they were built or loaded.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';
import { createProcessDoc, initProcessDoc } from './doc.ts';
import { addLane } from './lane-mutations.ts';
import { addNode } from './node-mutations.ts';
import { projectDocument, projectProcessSnapshot } from './projection.ts';
import { readProcessMap } from './read.ts';
import { SCHEMA_VERSION } from './schema.ts';

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
    expect(snapshot).toEqual({
      schemaVersion: SCHEMA_VERSION,
      map: readProcessMap(map),
      discussion: expectedDiscussion,
    });
    const reloaded = projectProcessSnapshot({ map: reload(map), discussion: reload(discussion) });
    expect(canonicalJson(reloaded)).toBe(canonicalJson(snapshot));
  });
});

/*
 * The state and canonical JSON of a small map frozen by the schema v1 code (start, activity with
 * attributes, a document wired with a sequence flow, a lane): the very bytes a stored version holds.
 */
const V1_STATE = [
  '0125a4d78e9e0d002801046d6574610d736368656d6156657273696f6e017d012701056c616e6573056c616e65310128',
  '00a4d78e9e0d01056c6162656c01770c42c3bc7267657262c3bc726f2800a4d78e9e0d01056f72646572017d002800a4',
  'd78e9e0d010473697a65017d88032800a4d78e9e0d01046b696e640177076f7267556e69742701056e6f646573026e31',
  '012800a4d78e9e0d06046b696e6401770573746172742800a4d78e9e0d06056c6162656c017706416e747261672800a4',
  'd78e9e0d060178017d0a2800a4d78e9e0d060179017d142800a4d78e9e0d06066c616e6549640177056c616e65312700',
  'a4d78e9e0d06056174747273012701056e6f646573026e32012800a4d78e9e0d0d046b696e6401770861637469766974',
  '792800a4d78e9e0d0d056c6162656c0177075072c3bc66656e2800a4d78e9e0d0d0178017da4012800a4d78e9e0d0d01',
  '79017d142800a4d78e9e0d0d066c616e6549640177056c616e65312700a4d78e9e0d0d056174747273012800a4d78e9e',
  '0d130b6475726174696f6e4d696e017d052800a4d78e9e0d13066d656469756d01770570617065722701056e6f646573',
  '026e33012800a4d78e9e0d16046b696e64017708646f63756d656e742800a4d78e9e0d16056c6162656c017708466f72',
  '6d756c61722800a4d78e9e0d160178017da4012800a4d78e9e0d160179017db8012700a4d78e9e0d1605617474727301',
  '2701056564676573026531012800a4d78e9e0d1c046b696e6401770873657175656e63652800a4d78e9e0d1c06736f75',
  '7263650177026e312800a4d78e9e0d1c067461726765740177026e322800a4d78e9e0d1c056c6162656c0177026a6127',
  '01056564676573026532012800a4d78e9e0d21046b696e6401770873657175656e63652800a4d78e9e0d2106736f7572',
  '63650177026e322800a4d78e9e0d21067461726765740177026e3300',
].join('');
const V1_JSON =
  '{"discussion":{},"map":{"edges":[{"id":"e1","kind":"sequence","label":"ja","source":"n1","target":"n2"},{"id":"e2","kind":"sequence","source":"n2","target":"n3"}],"lanes":[{"id":"lane1","kind":"orgUnit","label":"Bürgerbüro","order":0,"size":200}],"nodes":[{"attrs":{},"id":"n1","kind":"start","label":"Antrag","laneId":"lane1","x":10,"y":20},{"attrs":{"durationMin":5,"medium":"paper"},"id":"n2","kind":"activity","label":"Prüfen","laneId":"lane1","x":100,"y":20},{"attrs":{},"id":"n3","kind":"document","label":"Formular","x":100,"y":120}],"schemaVersion":1},"schemaVersion":1}';

describe('projectProcessSnapshot of a version frozen under schema v1', () => {
  it('gives the very JSON it was frozen as, so its fingerprint still verifies', () => {
    const map = new Y.Doc();
    Y.applyUpdate(
      map,
      Uint8Array.from(V1_STATE.match(/../g) ?? [], (byte) => parseInt(byte, 16)),
    );
    const discussion = new Y.Doc();
    expect(canonicalJson(projectProcessSnapshot({ map, discussion }))).toBe(V1_JSON);
  });
});
