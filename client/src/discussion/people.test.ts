import { describe, expect, it } from 'vitest';
import { asCommentId, asThreadId, type Discussion } from '@prozesswerk/process-model';
import { PERSON_FIELD, mentionablePeople, presentPeople } from './people.ts';

const discussion: Discussion = {
  votes: [],
  threads: [
    {
      id: asThreadId('t1'),
      anchor: { type: 'node', id: 'n1' },
      createdBy: { id: 'u1', name: 'Anna Schulz' },
      createdAt: '2026-01-01T10:00:00.000Z',
      status: 'open',
      comments: [
        {
          id: asCommentId('c1'),
          author: { id: 'u1', name: 'Anna Schulz' },
          text: 'Hallo',
          createdAt: '2026-01-01T10:00:00.000Z',
          deleted: false,
          mentions: [],
          reactions: [],
        },
      ],
    },
  ],
};

describe('presentPeople', () => {
  it('reads the announced identities and skips browsers without one', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Tab' }, [PERSON_FIELD]: { id: 'g7', name: 'Gast Meier' } }],
      [2, { user: { name: 'Ohne' } }],
      [3, { [PERSON_FIELD]: { id: '', name: 'Leer' } }],
    ]);
    expect(presentPeople(states)).toEqual([{ id: 'g7', name: 'Gast Meier' }]);
  });
});

describe('mentionablePeople', () => {
  it('offers present participants and earlier authors once each, never oneself', () => {
    const present = [
      { id: 'g7', name: 'Gast Meier' },
      { id: 'me', name: 'Ich Selbst' },
      { id: 'g7', name: 'Gast Meier' },
    ];
    expect(mentionablePeople(present, discussion, 'me')).toEqual([
      { id: 'u1', name: 'Anna Schulz' },
      { id: 'g7', name: 'Gast Meier' },
    ]);
  });

  it('prefers the name a present person shows now over the one on an old comment', () => {
    const people = mentionablePeople([{ id: 'u1', name: 'Anna Schulz-Berg' }], discussion, null);
    expect(people).toEqual([{ id: 'u1', name: 'Anna Schulz-Berg' }]);
  });

  it('offers members of the municipality who are not here, with the name they last used here', () => {
    const members = [
      { id: 'u1', name: 'Anna Schulz (alt)' },
      { id: 'u9', name: 'Bernd Vogt' },
    ];
    expect(mentionablePeople([], discussion, 'u9', members)).toEqual([{ id: 'u1', name: 'Anna Schulz' }]);
    expect(mentionablePeople([], discussion, null, members)).toEqual([
      { id: 'u1', name: 'Anna Schulz' },
      { id: 'u9', name: 'Bernd Vogt' },
    ]);
  });
});
