// Text helpers for the SVG export: XML escaping, and labels laid out in full (wrapped, hyphenated, smaller if need be).
import { syllableBreaks } from './syllables.ts';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Average glyph width of a sans-serif font as a share of its size; close enough to fill boxes. */
export const GLYPH_WIDTH = 0.56;
export const LINE_HEIGHT = 1.25;

/** How many characters fit on a line of `width` at `fontSize`. */
function charsPerLine(width: number, fontSize: number): number {
  return Math.max(4, Math.floor(width / (fontSize * GLYPH_WIDTH)));
}

/*
 * Splits a word too long for a line into pieces that fit: after its own hyphens first, else at
 * syllables (with a hyphen added), and only where neither fits, anywhere.
 */
function breakWord(word: string, perLine: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > perLine) {
    const hyphen = rest.lastIndexOf('-', perLine - 1);
    const syllable = syllableBreaks(rest)
      .filter((at) => at <= perLine - 1)
      .pop();
    if (hyphen >= 1) {
      pieces.push(rest.slice(0, hyphen + 1));
      rest = rest.slice(hyphen + 1);
    } else if (syllable !== undefined) {
      pieces.push(`${rest.slice(0, syllable)}-`);
      rest = rest.slice(syllable);
    } else {
      pieces.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/*
 * Splits text into lines that fit `width` at `fontSize`, breaking at spaces, then after hyphens and at
 * German syllables. Every character of the text is kept: there is no "…".
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = charsPerLine(width, fontSize);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = word.length <= perLine ? [word] : breakWord(word, perLine);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

export type FittedText = { lines: string[]; fontSize: number; height: number };

/*
 * The label in full inside `width` × `height`: at `fontSize` if it fits, else one point smaller at a
 * time down to `minFontSize`; if it is still too tall there, `height` says how much room it needs, so
 * the caller grows its box rather than drop words.
 */
export function fitText(
  text: string,
  width: number,
  height: number,
  fontSize: number,
  minFontSize = fontSize,
): FittedText {
  let size = fontSize;
  let lines = wrapText(text, width, size);
  while (lines.length * size * LINE_HEIGHT > height && size > minFontSize) {
    size -= 1;
    lines = wrapText(text, width, size);
  }
  return { lines, fontSize: size, height: lines.length * size * LINE_HEIGHT };
}

/** SVG <text> with one <tspan> per line, centred on (x, y) as a block. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  fontSize: number,
  attrs = '',
): string {
  if (lines.length === 0) return '';
  const lineHeight = fontSize * LINE_HEIGHT;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines
    .map((line, i) => `<tspan x="${num(x)}" y="${num(top + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${fontSize}" text-anchor="middle" dominant-baseline="central"${attrs ? ` ${attrs}` : ''}>${spans}</text>`;
}

/** Numbers in SVG attributes: at most two decimals, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
