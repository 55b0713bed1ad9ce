import { describe, expect, it } from 'vitest';
import { itemsThatFit } from './items-that-fit.ts';

describe('header actions that fit', () => {
  it('keeps all when they fit, gaps included', () => {
    expect(itemsThatFit([100, 100], 208)).toBe(2);
    expect(itemsThatFit([100, 100], 207)).toBe(1);
  });

  it('keeps the first ones in order and none when even the first is too wide', () => {
    expect(itemsThatFit([100, 50, 50], 160)).toBe(2);
    expect(itemsThatFit([100, 50, 50], 150)).toBe(1);
    expect(itemsThatFit([300], 200)).toBe(0);
    expect(itemsThatFit([], 0)).toBe(0);
  });

  it('treats an item never measured as too wide, so it goes into the menu', () => {
    expect(itemsThatFit([100, Infinity, 10], 1000)).toBe(1);
  });
});
