// What others changed, told to a screen reader in one sentence, gathered so that a busy workshop is not a flood.
import type { TFunction } from 'i18next';
import type { ProcessEdge, ProcessNode } from '@prozesswerk/process-model';

export type MapRecords = {
  nodes: Readonly<Record<string, ProcessNode>>;
  edges: Readonly<Record<string, ProcessEdge>>;
};

export type ChangeTally = { added: string[]; changed: string[]; removed: string[]; connections: number };

const NAMES_SHOWN = 3;

/** The steps added, changed and removed between two states (by label), and how many connections changed. */
export function tallyChanges(before: MapRecords, after: MapRecords): ChangeTally {
  const tally: ChangeTally = { added: [], changed: [], removed: [], connections: 0 };
  for (const [id, node] of Object.entries(after.nodes)) {
    const old = before.nodes[id];
    if (!old) tally.added.push(node.label);
    else if (old !== node) tally.changed.push(node.label);
  }
  for (const [id, node] of Object.entries(before.nodes)) if (!after.nodes[id]) tally.removed.push(node.label);
  for (const [id, edge] of Object.entries(after.edges)) if (before.edges[id] !== edge) tally.connections++;
  for (const id of Object.keys(before.edges)) if (!after.edges[id]) tally.connections++;
  return tally;
}

export function mergeTallies(a: ChangeTally | null, b: ChangeTally): ChangeTally {
  if (!a) return b;
  const unique = (list: string[]) => [...new Set(list)];
  return {
    added: unique([...a.added, ...b.added]),
    changed: unique([...a.changed, ...b.changed]),
    removed: unique([...a.removed, ...b.removed]),
    connections: a.connections + b.connections,
  };
}

/** "Änderung von anderen: hinzugefügt „A“; geändert „B“; 2 Verbindungen geändert", or null for nothing. */
export function announcement(t: TFunction, tally: ChangeTally): string | null {
  const names = (labels: string[]) => {
    const quoted = labels.slice(0, NAMES_SHOWN).map((label) => `„${label.trim() || '…'}“`);
    const rest = labels.length - NAMES_SHOWN;
    return rest > 0
      ? `${quoted.join(', ')} ${t('textView.announce.more', { count: rest })}`
      : quoted.join(', ');
  };
  const parts: string[] = [];
  if (tally.added.length > 0) parts.push(t('textView.announce.added', { names: names(tally.added) }));
  // A step both added and changed in one gathering counts as added.
  const changed = tally.changed.filter((label) => !tally.added.includes(label));
  if (changed.length > 0) parts.push(t('textView.announce.changed', { names: names(changed) }));
  if (tally.removed.length > 0) parts.push(t('textView.announce.removed', { names: names(tally.removed) }));
  if (tally.connections > 0) parts.push(t('textView.announce.connections', { count: tally.connections }));
  return parts.length > 0 ? `${t('textView.announce.prefix')} ${parts.join('; ')}.` : null;
}
