import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcessEdge, ProcessNode } from '@prozesswerk/process-model';
import { announcement, mergeTallies, tallyChanges } from './announce.ts';
import { de as textViewGerman } from './i18n.de.ts';

const node = (id: string, label: string) => ({ id, label, kind: 'activity' }) as unknown as ProcessNode;
const edge = (id: string) => ({ id, source: 'a', target: 'b' }) as unknown as ProcessEdge;

describe('announcing what others changed', () => {
  beforeAll(async () => {
    await i18n.init({ resources: { de: { translation: textViewGerman } }, lng: 'de' });
  });

  it('says which steps others added, changed and removed, and how many connections', () => {
    const a = node('a', 'Antrag prüfen');
    const before = { nodes: { a, b: node('b', 'Alt') }, edges: { e: edge('e') } };
    const after = { nodes: { a: node('a', 'Antrag genau prüfen'), c: node('c', 'Neu') }, edges: {} };
    const tally = tallyChanges(before, after);
    expect(announcement(i18n.getFixedT('de'), tally)).toBe(
      'Änderung von anderen: hinzugefügt „Neu“; geändert „Antrag genau prüfen“; entfernt „Alt“; 1 Verbindung geändert.',
    );
  });

  it('gathers several changes into one sentence and names only the first few', () => {
    let tally = null;
    for (const label of ['A', 'B', 'C', 'D', 'E']) {
      tally = mergeTallies(tally, { added: [label], changed: [], removed: [], connections: 1 });
    }
    expect(announcement(i18n.getFixedT('de'), tally!)).toBe(
      'Änderung von anderen: hinzugefügt „A“, „B“, „C“ und 2 weitere; 5 Verbindungen geändert.',
    );
  });

  it('says nothing when nothing changed', () => {
    const same = { nodes: { a: node('a', 'A') }, edges: {} };
    expect(announcement(i18n.getFixedT('de'), tallyChanges(same, same))).toBeNull();
  });
});
