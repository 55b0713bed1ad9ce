// Marks, inside the page, the frame in which the map's third step became visible. Playwright's own wait polls every
// 500 ms once it has waited a while, so the moment it returns can be up to half a second after the map was painted;
// the bench uses this mark for its figures and Playwright's wait only to know when to read it.

/**
 * An init script (a string: the bench is not typed with the DOM) that sets `window.__mapPaintedAt` to the
 * milliseconds since the page's time origin (the navigation's start).
 */
export const PAINT_MARK_SCRIPT = `(() => {
  const shown = () => {
    const node = document.querySelectorAll('.react-flow__node')[2];
    if (!node || getComputedStyle(node).visibility === 'hidden') return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (window.__mapPaintedAt !== undefined || !shown()) return;
    observer.disconnect();
    // The frame that paints it: its animation-frame callbacks run just before it is drawn.
    requestAnimationFrame(() => { window.__mapPaintedAt = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Evaluated in the page: its time origin (wall clock, ms) and the mark. */
export const READ_PAINT_MARK = '[performance.timeOrigin, window.__mapPaintedAt]';
