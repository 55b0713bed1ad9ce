// Text helpers for the SVG export: XML escaping and word wrapping by an estimated glyph width.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Average glyph width of a sans-serif font as a share of its size; close enough to fill boxes. */
const GLYPH_WIDTH = 0.56;

/*
 * Splits text into lines that fit `width` at `fontSize`, breaking at spaces and hyphens (a word longer
 * than a line is cut), and keeps at most `maxLines`, ending the last with "…" when text was left out.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    for (let rest = word; rest.length > 0;) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= perLine) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, perLine));
        rest = rest.slice(perLine);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
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
  const lineHeight = fontSize * 1.25;
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
