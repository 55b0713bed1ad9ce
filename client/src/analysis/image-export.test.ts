// Exported images are named after the process and sized so a browser canvas can hold them.
import { describe, expect, it } from 'vitest';
import { fileBaseName, pngScale } from './image-export.ts';

describe('image export', () => {
  it('names files after the process title, keeping umlauts and dropping what file systems refuse', () => {
    expect(fileBaseName('Gewerbeanmeldung (Kehl) / Ummeldung')).toBe('Gewerbeanmeldung (Kehl) Ummeldung');
    expect(fileBaseName('Führungszeugnis:\tbeantragen')).toBe('Führungszeugnis beantragen');
    expect(fileBaseName('  ?*  ')).toBe('Prozess');
  });

  it('renders PNGs at twice the size unless the canvas would grow too large', () => {
    expect(pngScale(1000, 500)).toBe(2);
    expect(pngScale(20_000, 1000)).toBeCloseTo(16_384 / 20_000, 6);
    expect(pngScale(12_000, 12_000)).toBeCloseTo(16_384 / 12_000, 6);
  });
});
