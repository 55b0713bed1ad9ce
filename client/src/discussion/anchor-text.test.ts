// Threads name what they are about; one on a deleted element still says which element it was.
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../shared/i18n/de.json';
import en from '../shared/i18n/en.json';
import { anchorText } from './anchor-text.ts';
import { de as discussionGerman } from './i18n.de.ts';
import { en as discussionEnglish } from './i18n.en.ts';

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'de',
    resources: {
      de: { translation: { ...de, ...discussionGerman } },
      en: { translation: { ...en, ...discussionEnglish } },
    },
  });
});

describe('anchorText', () => {
  it('names a live node by its kind and label, and an edge by the nodes it joins', () => {
    expect(anchorText(i18n.t, { type: 'node', kind: 'activity', label: 'Antrag prüfen' })).toBe(
      'Tätigkeit „Antrag prüfen“',
    );
    expect(anchorText(i18n.t, { type: 'edge', label: '', from: 'A', to: '' })).toBe(
      'Verbindung von „A“ nach „ohne Namen“',
    );
  });

  it('names a deleted element by what the thread remembers, in the gender of its kind', () => {
    const deleted = (kind: 'activity' | 'document' | 'start', label: string) =>
      anchorText(i18n.t, { type: 'missing', element: 'node', last: { type: 'node', kind, label } });
    expect(deleted('activity', 'Antrag prüfen')).toBe('Gelöschte Tätigkeit „Antrag prüfen“');
    expect(deleted('document', 'Formular')).toBe('Gelöschtes Dokument „Formular“');
    expect(deleted('start', '')).toBe('Gelöschter Start');
    expect(
      anchorText(i18n.t, {
        type: 'missing',
        element: 'edge',
        last: { type: 'edge', label: 'ja', from: 'Prüfen', to: 'Zahlen' },
      }),
    ).toBe('Gelöschte Verbindung „ja“ von „Prüfen“ nach „Zahlen“');
  });

  it('falls back to the kind of element alone for threads that remember nothing', () => {
    expect(anchorText(i18n.t, { type: 'missing', element: 'node' })).toBe('Gelöschtes Element');
    expect(anchorText(i18n.t, { type: 'missing', element: 'edge' })).toBe('Gelöschte Verbindung');
  });

  it('says the same in English', () => {
    const en = i18n.getFixedT('en');
    expect(
      anchorText(en, {
        type: 'missing',
        element: 'node',
        last: { type: 'node', kind: 'activity', label: 'Check application' },
      }),
    ).toBe('Deleted activity “Check application”');
  });
});
