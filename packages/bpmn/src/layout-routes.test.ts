// Tests for carrying ELK's routes over to where each lane put its nodes, and tidying their ends.
import { describe, expect, it } from 'vitest';
import { moveRuns, simplify, snapEnds, straightenStep } from './layout-routes.ts';

const isOrthogonal = (points: readonly { x: number; y: number }[]) =>
  points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);

describe('moveRuns', () => {
  it('moves the first run with the source and the last with the target; the step between stretches', () => {
    const route = [
      { x: 100, y: 20 },
      { x: 130, y: 20 },
      { x: 130, y: 80 },
      { x: 160, y: 80 },
    ];
    const moved = moveRuns(route, { dx: 10, dy: 5 }, { dx: 10, dy: 200 });
    expect(moved).toEqual([
      { x: 110, y: 25 },
      { x: 140, y: 25 },
      { x: 140, y: 280 },
      { x: 170, y: 280 },
    ]);
  });

  it('gives a straight line whose ends move apart a step in its middle', () => {
    const moved = moveRuns(
      [
        { x: 0, y: 10 },
        { x: 100, y: 10 },
      ],
      { dx: 0, dy: 0 },
      { dx: 0, dy: 60 },
    );
    expect(moved).toEqual([
      { x: 0, y: 10 },
      { x: 50, y: 10 },
      { x: 50, y: 70 },
      { x: 100, y: 70 },
    ]);
    expect(isOrthogonal(moved)).toBe(true);
  });
});

describe('snapEnds', () => {
  const diamond = { x: 0, y: 0, width: 56, height: 56 };
  const box = { x: 200, y: 100, width: 176, height: 68 };

  it('moves a line that leaves a round node off the middle to the middle of that side', () => {
    const route = [
      { x: 56, y: 40 },
      { x: 120, y: 40 },
      { x: 120, y: 134 },
      { x: 200, y: 134 },
    ];
    expect(snapEnds(route, diamond, box, true, false)).toEqual([
      { x: 56, y: 28 },
      { x: 120, y: 28 },
      { x: 120, y: 134 },
      { x: 200, y: 134 },
    ]);
  });

  it('leaves ends at boxes alone', () => {
    const route = [
      { x: 56, y: 40 },
      { x: 200, y: 40 },
    ];
    expect(snapEnds(route, diamond, box, false, false)).toEqual(route);
  });
});

describe('straightenStep', () => {
  const from = { x: 0, y: 0, width: 176, height: 68 };
  it('straightens a step of a few pixels by sliding the end at a box', () => {
    const route = [
      { x: 176, y: 44 },
      { x: 186, y: 44 },
      { x: 186, y: 36 },
      { x: 246, y: 36 },
    ];
    expect(straightenStep(route, from)).toEqual([
      { x: 176, y: 36 },
      { x: 246, y: 36 },
    ]);
    expect(straightenStep(route)).toEqual(route);
  });
});

describe('simplify', () => {
  it('drops repeated points and points in the middle of a straight run', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 50, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ]);
  });
});
