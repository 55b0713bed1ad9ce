import { describe, expect, it } from 'vitest';
import type { ProcessNode } from '@prozesswerk/process-model';
import { nodeLayer } from './node-layer.ts';

const node = (fields: Partial<ProcessNode>) =>
  ({ id: 'n', kind: 'activity', label: '', x: 0, y: 0, ...fields }) as ProcessNode;

describe('the layer a step is drawn on', () => {
  it('puts groups and open sub-processes under the connections and steps they enclose', () => {
    expect(nodeLayer(node({ kind: 'group' }))).toEqual({ zIndex: -1 });
    expect(nodeLayer(node({ activityType: 'subProcess', expanded: true }))).toEqual({ zIndex: -1 });
  });

  it('leaves steps, closed sub-processes and notes on the normal layer', () => {
    expect(nodeLayer(node({}))).toEqual({});
    expect(nodeLayer(node({ activityType: 'subProcess' }))).toEqual({});
    expect(nodeLayer(node({ kind: 'note' }))).toEqual({});
  });
});
