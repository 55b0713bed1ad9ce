import { describe, expect, it } from 'vitest';
import { cleanAwarenessState, type AwarenessIdentity } from './awareness.ts';

const viewer: AwarenessIdentity = {
  personId: 'u-1',
  name: 'Vera Viewer',
  municipality: 'Offenburg',
  role: 'viewer',
};
const guest: AwarenessIdentity = { personId: 'g-1', name: 'Gast', municipality: null, role: 'editor' };

describe('cleaning an awareness state', () => {
  it('sets name, municipality and role from the credential, whatever the client claims', () => {
    const forged = {
      user: { name: 'Bürgermeister Müller', municipality: 'Stadt Kehl', colour: '#1f6feb' },
      workshopRole: 'facilitator',
      discussionPerson: { id: 'anna', name: 'Anna Albrecht' },
    };
    expect(cleanAwarenessState(forged, viewer)).toEqual({
      user: {
        name: 'Vera Viewer',
        municipality: 'Offenburg',
        municipalityDeclared: false,
        colour: '#1f6feb',
      },
      workshopRole: 'viewer',
      discussionPerson: { id: 'u-1', name: 'Vera Viewer' },
    });
  });

  it("keeps a guest's own municipality, marked as self-declared", () => {
    const state = cleanAwarenessState({ user: { name: 'x', municipality: ' Offenburg ' } }, guest);
    expect(state?.user).toEqual({ name: 'Gast', municipality: 'Offenburg', municipalityDeclared: true });
  });

  it('drops a colour that is not #rrggbb, so no browser fetches what a peer names', () => {
    for (const colour of ['url(http://evil.example/x)', 'red; background: url(x)', '#12345', 42]) {
      const state = cleanAwarenessState({ user: { name: 'x', colour } }, viewer);
      expect((state?.user as Record<string, unknown>).colour, String(colour)).toBeUndefined();
    }
  });

  it('passes cursor, selection, drag, follow and view in their shapes, and nothing else', () => {
    const state = cleanAwarenessState(
      {
        cursor: { x: 1, y: 2, extra: 'x' },
        selection: ['n1', 7, 'x'.repeat(65), 'n2'],
        drag: { n1: { x: 3, y: 4 }, n2: { x: 'a' } },
        following: 12,
        view: { x: 0, y: 0, zoom: 1, width: 800, height: 600, evil: true },
        script: '<img src=x onerror=alert(1)>',
      },
      viewer,
    );
    expect(state).toEqual({
      cursor: { x: 1, y: 2 },
      selection: ['n1', 'n2'],
      drag: { n1: { x: 3, y: 4 } },
      following: 12,
      view: { x: 0, y: 0, zoom: 1, width: 800, height: 600 },
    });
  });

  it('refuses a state that stays too large once cleaned', () => {
    const selection = Array.from({ length: 500 }, (_, i) => `${i}`.padStart(60, 'n'));
    expect(cleanAwarenessState({ selection }, viewer)).toBeUndefined();
    expect(cleanAwarenessState({ selection: selection.slice(0, 100) }, viewer)).toBeDefined();
  });
});
