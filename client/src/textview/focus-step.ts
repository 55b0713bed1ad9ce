// Moving the keyboard focus to a step of the text view by id, once it is rendered.
const FRAMES = 20;

export function stepElementId(prefix: string, nodeId: string): string {
  return `${prefix}-step-${nodeId}`;
}

/** Focuses the step's title (its button) and scrolls it into view; waits a few frames for a new step. */
export function focusStep(prefix: string, nodeId: string): void {
  let frames = 0;
  const attempt = () => {
    const element = document.getElementById(stepElementId(prefix, nodeId));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'nearest' });
    } else if (++frames < FRAMES) requestAnimationFrame(attempt);
  };
  attempt();
}
