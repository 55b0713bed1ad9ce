// How many header actions fit in a row of a given width; the rest go into a menu.

/** How many of the items (widths in order, separated by `gap`) fit into `available` pixels, from the first. */
export function itemsThatFit(widths: readonly number[], available: number, gap = 8): number {
  let used = 0;
  for (let index = 0; index < widths.length; index++) {
    used += (index > 0 ? gap : 0) + widths[index]!;
    if (used > available) return index;
  }
  return widths.length;
}
