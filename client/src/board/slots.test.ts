// Features fill the board's slots in the order the editor lists them; a clash is an error, not a silent override.
import { describe, expect, it } from 'vitest';
import { combineFeatures, type EditorFeature } from './slots.ts';

const Nothing = () => null;
const Other = () => null;
const useNoEntries = () => ({ items: [] });

describe('combining editor features into board slots', () => {
  it('keeps every contribution, slot by slot, in the order the features are listed', () => {
    const first: EditorFeature = {
      id: 'first',
      drawers: [{ id: 'a', Button: Nothing, Panel: Nothing }],
      fileMenu: useNoEntries,
      nodeBadges: [Nothing],
    };
    const second: EditorFeature = {
      id: 'second',
      drawers: [{ id: 'b', Button: Other, Panel: Other }],
      nodeBadges: [Other],
      topBar: [{ place: 'tools', Item: Other }],
    };
    const slots = combineFeatures([first, second]);
    expect(slots.drawers.map((drawer) => drawer.id)).toEqual(['a', 'b']);
    expect(slots.nodeBadges).toEqual([Nothing, Other]);
    expect(slots.fileMenu).toEqual([useNoEntries]);
    expect(slots.topBar).toEqual([{ place: 'tools', Item: Other }]);
    expect(slots.canvasOverlays).toEqual([]);
  });

  it('refuses a feature listed twice and two drawers with the same id', () => {
    const feature: EditorFeature = { id: 'twice' };
    expect(() => combineFeatures([feature, feature])).toThrow(/listed twice/);
    const drawer = { id: 'same', Button: Nothing, Panel: Nothing };
    expect(() =>
      combineFeatures([
        { id: 'one', drawers: [drawer] },
        { id: 'two', drawers: [drawer] },
      ]),
    ).toThrow(/drawer "same"/);
  });

  it('collects other views of the map and refuses two with the same id', () => {
    const view = { id: 'text', View: Nothing };
    expect(combineFeatures([{ id: 'one', mapViews: [view] }]).mapViews).toEqual([view]);
    expect(() =>
      combineFeatures([
        { id: 'one', mapViews: [view] },
        { id: 'two', mapViews: [view] },
      ]),
    ).toThrow(/map view "text"/);
  });
});
