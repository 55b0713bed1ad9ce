import { describe, expect, it } from 'vitest';
import {
  asCommentId,
  asThreadId,
  type DiscussionComment,
  type ThreadAnchor,
  type ThreadView,
} from '@prozesswerk/process-model';
import { isUnreadThread, pinsOf, type ReadState } from './pins.ts';

const anna = { id: 'anna', name: 'Anna' };
const jonas = { id: 'jonas', name: 'Jonas' };

function comment(author: typeof anna, createdAt: string): DiscussionComment {
  return {
    id: asCommentId(`c-${createdAt}`),
    author,
    text: 'Text',
    createdAt,
    deleted: false,
    mentions: [],
    reactions: [],
  };
}

function thread(
  id: string,
  anchor: ThreadAnchor,
  options: { resolved?: boolean; orphaned?: boolean; comments?: DiscussionComment[] } = {},
): ThreadView {
  return {
    id: asThreadId(id),
    anchor,
    createdBy: anna,
    createdAt: '2026-01-01T10:00:00.000Z',
    status: options.resolved ? 'resolved' : 'open',
    comments: options.comments ?? [comment(anna, '2026-01-01T10:00:00.000Z')],
    orphaned: options.orphaned ?? false,
  };
}

const node = (id: string): ThreadAnchor => ({ type: 'node', id });
const read = (since: string | null, opened: Record<string, string> = {}): ReadState => ({
  personId: 'jonas',
  since,
  opened,
});

describe('pinsOf', () => {
  it('gives an element with several threads one pin that counts only the open ones', () => {
    const pins = pinsOf(
      [thread('t1', node('n1')), thread('t2', node('n1'), { resolved: true }), thread('t3', node('n1'))],
      null,
    );
    expect(pins).toHaveLength(1);
    expect(pins[0]).toMatchObject({ key: 'node:n1', open: 2, threadIds: ['t1', 't2', 't3'] });
  });

  it('keeps nodes, edges and points apart and leaves threads on deleted elements out', () => {
    const pins = pinsOf(
      [
        thread('t1', node('x')),
        thread('t2', { type: 'edge', id: 'x' }),
        thread('t3', { type: 'point', x: 10, y: 20 }),
        thread('t4', node('gone'), { orphaned: true }),
      ],
      null,
    );
    expect(pins.map((pin) => pin.key)).toEqual(['node:x', 'edge:x', 'point:10:20']);
  });

  it('marks a pin unread when someone else wrote after the last visit', () => {
    const newer = thread('t1', node('n1'), { comments: [comment(anna, '2026-01-02T10:00:00.000Z')] });
    expect(pinsOf([newer], read('2026-01-01T12:00:00.000Z'))[0]?.unread).toBe(true);
    expect(pinsOf([newer], read('2026-01-03T12:00:00.000Z'))[0]?.unread).toBe(false);
  });
});

describe('isUnreadThread', () => {
  it('never counts one’s own comments as unread, even on a first visit', () => {
    const mine = thread('t1', node('n1'), { comments: [comment(jonas, '2026-01-02T10:00:00.000Z')] });
    expect(isUnreadThread(mine, read(null))).toBe(false);
  });

  it('treats a thread opened on this page as read up to that moment, but not what came after', () => {
    const theirs = thread('t1', node('n1'), {
      comments: [comment(anna, '2026-01-02T10:00:00.000Z')],
    });
    expect(isUnreadThread(theirs, read(null))).toBe(true);
    expect(isUnreadThread(theirs, read(null, { t1: '2026-01-02T11:00:00.000Z' }))).toBe(false);
    const later = { ...theirs, comments: [...theirs.comments, comment(anna, '2026-01-02T12:00:00.000Z')] };
    expect(isUnreadThread(later, read(null, { t1: '2026-01-02T11:00:00.000Z' }))).toBe(true);
  });
});
