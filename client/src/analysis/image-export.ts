// Saves a process map as an SVG or PNG file named after the process; PNG draws the SVG onto a canvas.
import type { ProcessMap } from '@prozesswerk/process-model';
import { downloadBlob, exportFileName } from '../shared/download.ts';
import { renderMapSvg } from './map-svg.ts';

/** Browsers refuse canvases much beyond this many pixels per side (and about 16k × 16k in area). */
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 16_384 * 16_384;

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Sharp on high-density screens and prints, but never past what a canvas can hold. */
export function pngScale(width: number, height: number, wanted = 2): number {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

export async function pngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be drawn as an image'));
  });
  image.src = svgDataUrl(svg);
  await loaded;
  const scale = pngScale(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas available');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))),
      'image/png',
    ),
  );
}

export async function exportMapImage(map: ProcessMap, title: string, format: 'svg' | 'png'): Promise<void> {
  const { svg, width, height } = renderMapSvg(map, { title });
  const name = exportFileName(title, format);
  if (format === 'svg') return downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  downloadBlob(await pngBlob(svg, width, height), name);
}
