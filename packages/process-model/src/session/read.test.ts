// Tests for reading the session doc, including values a buggy or foreign client can leave.
import { describe, expect, it } from 'vitest';
import { SESSION_LOCKED } from '@prozesswerk/protocol';
import { anna } from '../discussion/test-support.ts';
import { createSessionDoc, getWorkshop } from './doc.ts';
import { readSession } from './read.ts';

describe('readSession', () => {
  it('reads an empty doc as an unlocked workshop with nothing going on', () => {
    expect(readSession(createSessionDoc())).toEqual({ locked: false });
  });

  it('counts as locked only what the server counts as locked', () => {
    const doc = createSessionDoc();
    getWorkshop(doc).set(SESSION_LOCKED, 'true');
    getWorkshop(doc).set('lockedBy', anna);
    expect(readSession(doc)).toEqual({ locked: false });
  });

  it('leaves out values that do not parse instead of showing them wrong', () => {
    const doc = createSessionDoc();
    const workshop = getWorkshop(doc);
    workshop.set(SESSION_LOCKED, true);
    workshop.set('lockedBy', { id: 'x' });
    workshop.set('summon', { by: anna, viewport: { x: 0, y: 0 }, at: 'now' });
    workshop.set('timer', { state: 'running', durationMs: 1000, remainingMs: 1000 });
    workshop.set('votingRound', { id: 'r', open: 'yes' });
    expect(readSession(doc)).toEqual({ locked: true });
  });
});
