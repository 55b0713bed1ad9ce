// Plain-text tables for the terminal: a label column followed by right-aligned value columns.

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A number with a fixed count of decimals, or an en dash when there is no figure. */
export function fixed(value: number | null | undefined, decimals = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(decimals);
}
