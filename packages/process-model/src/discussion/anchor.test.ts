import { describe, expect, it } from 'vitest';
import { addNode, connect, createProcessDoc, deleteNode, readProcessMap } from '../index.ts';
import { describeAnchor } from './anchor.ts';

function map() {
  const doc = createProcessDoc();
  const check = addNode(doc, { kind: 'activity', label: ' Antrag prüfen ', x: 0, y: 0 });
  const pay = addNode(doc, { kind: 'activity', label: 'Gebühr erheben', x: 200, y: 0 });
  const gone = addNode(doc, { kind: 'document', label: 'Formular', x: 400, y: 0 });
  const flow = connect(doc, { source: check, target: pay });
  const toGone = connect(doc, { source: pay, target: gone });
  deleteNode(doc, gone);
  return { plain: readProcessMap(doc), check, flow, gone, toGone };
}

describe('describeAnchor', () => {
  it('names a node by its kind and trimmed label', () => {
    const { plain, check } = map();
    expect(describeAnchor({ type: 'node', id: check }, plain)).toEqual({
      type: 'node',
      kind: 'activity',
      label: 'Antrag prüfen',
    });
  });

  it('names an edge by the labels of the nodes it joins', () => {
    const { plain, flow } = map();
    expect(describeAnchor({ type: 'edge', id: flow }, plain)).toEqual({
      type: 'edge',
      label: '',
      from: 'Antrag prüfen',
      to: 'Gebühr erheben',
    });
  });

  it('says which kind of element is missing once a node or its edge was deleted', () => {
    const { plain, gone, toGone } = map();
    expect(describeAnchor({ type: 'node', id: gone }, plain)).toEqual({ type: 'missing', element: 'node' });
    expect(describeAnchor({ type: 'edge', id: toGone }, plain)).toEqual({ type: 'missing', element: 'edge' });
  });

  it('keeps the coordinates of a free point', () => {
    expect(describeAnchor({ type: 'point', x: 3, y: 4 }, map().plain)).toEqual({ type: 'point', x: 3, y: 4 });
  });
});
