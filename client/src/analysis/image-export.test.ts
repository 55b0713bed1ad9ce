// Exported images are sized so a browser canvas can hold them (names: interchange/download.test.ts).
import { describe, expect, it } from 'vitest';
import { pngScale } from './image-export.ts';

describe('image export', () => {
  it('renders PNGs at twice the size unless the canvas would grow too large', () => {
    expect(pngScale(1000, 500)).toBe(2);
    expect(pngScale(20_000, 1000)).toBeCloseTo(16_384 / 20_000, 6);
    expect(pngScale(12_000, 12_000)).toBeCloseTo(16_384 / 12_000, 6);
  });
});
