// Choosing upstream changes: defaults, collisions kept by default, and connections together with their steps.
import { describe, expect, it } from 'vitest';
import type { UpstreamChange } from '@prozesswerk/contract';
import { choose, chosenIds, initialChoice } from './selection.ts';

const change = (id: string, fields: Partial<UpstreamChange> = {}): UpstreamChange => ({
  id,
  container: 'nodes',
  element: 'node',
  kind: 'changed',
  name: id,
  fields: [],
  collision: null,
  alreadyApplied: false,
  requires: [],
  ...fields,
});

const changes = [
  change('step', { kind: 'added' }),
  change('edge', { kind: 'added', element: 'edge', container: 'edges', requires: ['step'] }),
  change('clash', { collision: 'same-field' }),
  change('done', { alreadyApplied: true }),
];

describe('choosing upstream changes', () => {
  it('starts with every non-colliding change chosen and collisions kept as ours', () => {
    const choice = initialChoice(changes);
    expect(chosenIds(choice).sort()).toEqual(['edge', 'step']);
    expect(choice.get('clash')).toBe(false);
    expect(choice.has('done')).toBe(false);
  });

  it('takes the steps a chosen connection needs, and drops connections whose step is left out', () => {
    let choice = choose(changes, initialChoice(changes), 'step', false);
    expect(chosenIds(choice)).toEqual([]);
    choice = choose(changes, choice, 'edge', true);
    expect(chosenIds(choice).sort()).toEqual(['edge', 'step']);
  });

  it('sends a collision taken over as theirs', () => {
    expect(chosenIds(choose(changes, initialChoice(changes), 'clash', true)).sort()).toEqual([
      'clash',
      'edge',
      'step',
    ]);
  });
});
