// What a screen reader hears for each element: German words for kind, label, lane and connections, never ids.
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lane, ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import de from '../shared/i18n/de.json';
import en from '../shared/i18n/en.json';
import { accessibleNames } from './a11y-names.ts';

const nodes = [
  { id: 'a', kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0, laneId: 'desk', attrs: {} },
  { id: 'b', kind: 'decision', label: 'Vollständig?', x: 200, y: 0, laneId: 'desk', attrs: {} },
  { id: 'c', kind: 'end', label: '', x: 400, y: 0, attrs: {} },
] as unknown as ProcessNode[];
const edges = [
  { id: 'e1', kind: 'sequence', source: 'a', target: 'b' },
  { id: 'e2', kind: 'sequence', source: 'b', target: 'c', label: 'ja' },
] as unknown as ProcessEdge[];
const lanes = [{ id: 'desk', label: 'Bürgerbüro', order: 0, size: 200, kind: 'role' }] as Lane[];

describe('accessible names of map elements', () => {
  beforeAll(async () => {
    // As the app sets it up (app/i18n): names go to aria-label, never into HTML, so nothing is escaped.
    await i18n.init({
      resources: { de: { translation: de }, en: { translation: en } },
      lng: 'de',
      interpolation: { escapeValue: false },
    });
  });

  it('names a step by kind, label, lane and number of connections', () => {
    const names = accessibleNames(i18n.getFixedT('de'), { nodes, edges, lanes });
    expect(names.get('a')).toBe('Tätigkeit „Antrag prüfen“, Bahn Bürgerbüro, 1 Verbindung');
    expect(names.get('b')).toBe('Entscheidung „Vollständig?“, Bahn Bürgerbüro, 2 Verbindungen');
    expect(names.get('c')).toBe('Ende „ohne Namen“, 1 Verbindung');
  });

  it('names a connection by the steps it joins and its label, and a lane by its steps', () => {
    const names = accessibleNames(i18n.getFixedT('de'), { nodes, edges, lanes });
    expect(names.get('e1')).toBe('Verbindung von „Antrag prüfen“ nach „Vollständig?“');
    expect(names.get('e2')).toBe('Verbindung „ja“ von „Vollständig?“ nach „ohne Namen“');
    expect(names.get('desk')).toBe('Bahn Bürgerbüro (Rolle), 2 Schritte');
  });

  it('says when a connection is the default flow or carries a condition', () => {
    const marked = [
      { id: 'd', kind: 'sequence', source: 'b', target: 'c', label: 'nein', isDefault: true },
      { id: 'k', kind: 'sequence', source: 'a', target: 'b', condition: 'betrag\n > 1000' },
    ] as unknown as ProcessEdge[];
    const de = accessibleNames(i18n.getFixedT('de'), { nodes, edges: marked, lanes });
    expect(de.get('d')).toBe('Verbindung „nein“ von „Vollständig?“ nach „ohne Namen“, Standardfluss');
    expect(de.get('k')).toBe(
      'Verbindung von „Antrag prüfen“ nach „Vollständig?“, mit Bedingung „betrag > 1000“',
    );
    const en = accessibleNames(i18n.getFixedT('en'), { nodes, edges: marked, lanes });
    expect(en.get('d')).toBe('Connection “nein” from “Vollständig?” to “unnamed”, default flow');
    expect(en.get('k')).toBe(
      'Connection from “Antrag prüfen” to “Vollständig?”, with condition “betrag > 1000”',
    );
  });

  it('speaks English to an English reader', () => {
    const names = accessibleNames(i18n.getFixedT('en'), { nodes, edges, lanes });
    expect(names.get('a')).toBe('Activity “Antrag prüfen”, lane Bürgerbüro, 1 connection');
    expect(names.get('e1')).toBe('Connection from “Antrag prüfen” to “Vollständig?”');
  });
});
