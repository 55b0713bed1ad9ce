// Copying steps and pasting them: a boundary event pasted with its activity sits on the pasted activity.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readProcessMap } from '@prozesswerk/process-model';
import { useMemoryStorage } from '../shared/test-storage.ts';
import { boardWithTimer } from './test-board.ts';

/** Copies `ids`, pastes them and returns the pasted nodes. */
function copyAndPaste({ doc, actions }: ReturnType<typeof boardWithTimer>, ids: string[]) {
  actions.select(ids);
  actions.copySelection();
  const before = new Set(readProcessMap(doc).nodes.map((node) => node.id));
  actions.paste();
  return readProcessMap(doc).nodes.filter((node) => !before.has(node.id));
}

beforeEach(() => {
  useMemoryStorage();
  // No system clipboard in Node: the copy goes through localStorage only.
  vi.stubGlobal('navigator', {});
});
afterEach(() => vi.unstubAllGlobals());

describe('pasting a boundary event', () => {
  it('copied with its activity, sits on the pasted activity, a timer still', () => {
    const board = boardWithTimer();
    const pasted = copyAndPaste(board, [board.check, board.timer]);
    const activity = pasted.find((node) => node.kind === 'activity')!;
    const timer = pasted.find((node) => node.kind === 'intermediate')!;
    expect(timer).toMatchObject({
      attachedTo: activity.id,
      trigger: 'timer',
      expression: 'P14D',
      x: 340,
      y: 186,
    });
    // The original keeps its own event.
    const original = readProcessMap(board.doc).nodes.find((node) => node.id === board.timer);
    expect(original?.attachedTo).toBe(board.check);
    board.destroy();
  });

  it('goes along when only its activity is copied, as it does when the activity is moved or deleted', () => {
    const board = boardWithTimer();
    const pasted = copyAndPaste(board, [board.check]);
    const activity = pasted.find((node) => node.kind === 'activity')!;
    expect(pasted).toHaveLength(2);
    expect(pasted.find((node) => node.kind === 'intermediate')).toMatchObject({
      attachedTo: activity.id,
      trigger: 'timer',
    });
    board.destroy();
  });

  it('copied alone, is a free timer event beside the original (no activity of the paste to sit on)', () => {
    const board = boardWithTimer();
    const [timer] = copyAndPaste(board, [board.timer]);
    expect(timer).toMatchObject({
      kind: 'intermediate',
      trigger: 'timer',
      expression: 'P14D',
      x: 340,
      y: 186,
    });
    expect(timer?.attachedTo).toBeUndefined();
    board.destroy();
  });
});
