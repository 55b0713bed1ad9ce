// Dragging files from the desktop: is a file being dragged over the target, and which file was dropped.
import { useEffect, useRef, useState, type DragEvent as ReactDragEvent } from 'react';

const carriesFiles = (transfer: DataTransfer | null) => !!transfer && [...transfer.types].includes('Files');

/*
 * dragenter/dragleave fire for every child the pointer crosses, so a counter (not a flag) says
 * whether the pointer is still somewhere inside. Only file drags count: dragging a palette item
 * or text must not show the drop zone.
 */
function createDragTracker(setActive: (active: boolean) => void, onFile: (file: File) => void) {
  let depth = 0;
  const reset = () => {
    depth = 0;
    setActive(false);
  };
  return {
    enter(event: { dataTransfer: DataTransfer | null; preventDefault(): void }) {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setActive(true);
    },
    over(event: { dataTransfer: DataTransfer | null; preventDefault(): void }) {
      if (!carriesFiles(event.dataTransfer) || !event.dataTransfer) return;
      // Without this the browser would open the file instead of giving it to us.
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    leave(event: { dataTransfer: DataTransfer | null }) {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    },
    drop(event: { dataTransfer: DataTransfer | null; preventDefault(): void; stopPropagation(): void }) {
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event.dataTransfer) || !file) return;
      event.preventDefault();
      event.stopPropagation();
      reset();
      onFile(file);
    },
    reset,
  };
}

/** Files dropped anywhere on the page go to `onFile` while `enabled`; `active` shows the drop zone. */
export function useWindowFileDrop(enabled: boolean, onFile: (file: File) => void): boolean {
  const [active, setActive] = useState(false);
  const latest = useRef(onFile);
  latest.current = onFile;
  useEffect(() => {
    if (!enabled) return undefined;
    const tracker = createDragTracker(setActive, (file) => latest.current(file));
    type DragType = 'dragenter' | 'dragover' | 'dragleave' | 'drop' | 'dragend';
    const listeners: [DragType, (event: DragEvent) => void][] = [
      ['dragenter', tracker.enter],
      ['dragover', tracker.over],
      ['dragleave', tracker.leave],
      ['drop', tracker.drop],
      ['dragend', tracker.reset],
    ];
    for (const [type, listener] of listeners) window.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener);
      setActive(false);
    };
  }, [enabled]);
  return active;
}

/** The same for one element, as React props to spread on it. */
export function useElementFileDrop(enabled: boolean, onFile: (file: File) => void) {
  const [active, setActive] = useState(false);
  const latest = useRef(onFile);
  latest.current = onFile;
  const [tracker] = useState(() => createDragTracker(setActive, (file) => latest.current(file)));
  const guard =
    (handler: (event: ReactDragEvent) => void) =>
    (event: ReactDragEvent): void => {
      if (enabled) handler(event);
    };
  return {
    active: enabled && active,
    props: {
      onDragEnter: guard(tracker.enter),
      onDragOver: guard(tracker.over),
      onDragLeave: guard(tracker.leave),
      onDrop: guard(tracker.drop),
    },
  };
}
