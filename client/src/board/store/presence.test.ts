import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createPresenceWriter } from './presence.ts';

const user = { name: 'Paul Becker', colour: '#123456', municipality: 'Kehl' };

describe('the presence writer', () => {
  it('leaves the fields of other features in place when a new board replaces it', () => {
    const awareness = new Awareness(new Y.Doc());
    const first = createPresenceWriter(awareness, user);
    awareness.setLocalStateField('workshopRole', 'editor');
    first.setSelection(['a']);
    first.destroy();
    expect(awareness.getLocalState()).toEqual({ workshopRole: 'editor' });

    createPresenceWriter(awareness, { ...user, name: 'Paul B.' });
    expect(awareness.getLocalState()).toMatchObject({
      workshopRole: 'editor',
      user: { name: 'Paul B.' },
      selection: [],
    });
  });

  it('removes the person from the room when nothing else was published', () => {
    const awareness = new Awareness(new Y.Doc());
    createPresenceWriter(awareness, user).destroy();
    expect(awareness.getLocalState()).toBeNull();
  });
});
