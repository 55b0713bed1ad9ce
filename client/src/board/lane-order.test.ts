import { describe, expect, it } from 'vitest';
import type { Lane, Pool } from '@prozesswerk/process-model';
import { lanePlace } from './lane-order.ts';

const lane = (id: string, order: number, poolId?: string) =>
  ({ id, label: id, kind: 'role', order, size: 200, ...(poolId ? { poolId } : {}) }) as unknown as Lane;
const pools = [
  { id: 'amt', label: 'Amt', orientation: 'horizontal' },
  { id: 'kehl', label: 'Kehl', orientation: 'vertical' },
] as unknown as Pool[];
const lanes = [lane('a', 0, 'amt'), lane('b', 1, 'amt'), lane('c', 2, 'kehl'), lane('d', 3, 'kehl')];

describe('where a lane stands among its neighbours', () => {
  it('counts bands among bands, top to bottom', () => {
    expect(lanePlace(lanes, pools, 'b')).toEqual({ vertical: false, index: 1, count: 2 });
  });

  it('counts columns of vertical pools among columns, left to right', () => {
    expect(lanePlace(lanes, pools, 'c')).toEqual({ vertical: true, index: 0, count: 2 });
    expect(lanePlace(lanes, pools, 'd')).toEqual({ vertical: true, index: 1, count: 2 });
  });
});
