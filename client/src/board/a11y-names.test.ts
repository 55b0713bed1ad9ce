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
    await i18n.init({ resources: { de: { translation: de }, en: { translation: en } }, lng: 'de' });
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

  it('speaks English to an English reader', () => {
    const names = accessibleNames(i18n.getFixedT('en'), { nodes, edges, lanes });
    expect(names.get('a')).toBe('Activity “Antrag prüfen”, lane Bürgerbüro, 1 connection');
    expect(names.get('e1')).toBe('Connection from “Antrag prüfen” to “Vollständig?”');
  });
});
