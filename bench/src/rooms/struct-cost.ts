// What Yjs structs cost on the server's document (gc on): heap bytes per live item, deleted item and GC struct.
// Run alone, with the collector exposed: node --expose-gc --import tsx bench/src/rooms/struct-cost.ts [loaded|live]
import * as Y from 'yjs';
import {
  addLane,
  addNode,
  connect,
  createProcessDoc,
  moveNode,
  type NodeId,
} from '@prozesswerk/process-model';

type Census = { structs: number; live: number; types: number; deleted: number; gc: number; writers: number };
type Built = { updates: Uint8Array[]; state: Uint8Array };
type Measured = { bytes: number; census: Census };

const collect = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  if (!collect) throw new Error('run with node --expose-gc');
  for (let n = 0; n < 4; n++) collect();
  return process.memoryUsage().heapUsed;
}

function census(doc: Y.Doc): Census {
  const counts: Census = {
    structs: 0,
    live: 0,
    types: 0,
    deleted: 0,
    gc: 0,
    writers: doc.store.clients.size,
  };
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      counts.structs += 1;
      if (struct instanceof Y.GC) counts.gc += 1;
      else if (struct.deleted) counts.deleted += 1;
      else {
        counts.live += 1;
        if (struct.content instanceof Y.ContentType) counts.types += 1;
      }
    }
  }
  return counts;
}

/** The heap a server's document takes: loaded from one stored state, or live (the same updates one by one). */
function serverHeap({ updates, state }: Built, loaded: boolean): Measured {
  const before = heapUsed();
  const doc = new Y.Doc({ gc: true });
  for (const update of loaded ? [state] : updates) Y.applyUpdate(doc, update);
  const measured = { bytes: heapUsed() - before, census: census(doc) };
  doc.destroy();
  return measured;
}

function recorded(doc: Y.Doc, updates: Uint8Array[]): Y.Doc {
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return doc;
}

/** Activities with their fields in five lanes, a flow between them; then `moves` moves, a new session every 200. */
function realisticMap(nodes: number, moves: number): Built {
  const updates: Uint8Array[] = [];
  let doc = recorded(createProcessDoc(), updates);
  const lanes = ['Bürgerbüro', 'Sachbearbeitung', 'Kasse', 'Amtsleitung', 'Extern'].map((label) =>
    addLane(doc, { label, kind: 'role' }),
  );
  const ids: NodeId[] = [];
  for (let n = 0; n < nodes; n++) {
    const id = addNode(doc, {
      kind: 'activity',
      label: `Antrag prüfen, Schritt ${n}`,
      x: (n % 10) * 200,
      y: Math.floor(n / 10) * 120,
      w: 160,
      h: 80,
      laneId: lanes[n % lanes.length]!,
      attrs: {
        role: 'Sachbearbeitung',
        durationMin: 15,
        waitMin: 60,
        casesPerYear: 1200,
        medium: 'digital',
        itSystem: 'OK.VORGANG',
        description: 'Prüft die Vollständigkeit des Antrags und fordert fehlende Unterlagen nach.',
      },
    });
    ids.push(id);
  }
  for (let n = 1; n < nodes; n++) connect(doc, { source: ids[n - 1]!, target: ids[n]! });
  for (let n = 0; n + 10 < nodes; n += 10)
    connect(doc, { source: ids[n]!, target: ids[n + 10]!, label: 'nachfordern' });
  for (let move = 0; move < moves; move++) {
    if (move > 0 && move % 200 === 0) {
      const next = new Y.Doc();
      Y.applyUpdate(next, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      doc = recorded(next, updates);
    }
    moveNode(doc, ids[(move * 7) % nodes]!, ((move * 13) % 2000) + 0.5, ((move * 17) % 1200) + 0.25);
  }
  return { updates, state: Y.encodeStateAsUpdate(doc) };
}

const FLOODS = {
  'new map keys with a number': (map: Y.Map<unknown>, n: number) => map.set(`n${n}`, n),
  'overwrites of two keys in turn': (map: Y.Map<unknown>, n: number) => map.set(n % 2 ? 'x' : 'y', n),
  'new Y.Maps': (map: Y.Map<unknown>, n: number) => map.set(`n${n}`, new Y.Map()),
  'deleted keys (empty Y.Maps)': (map: Y.Map<unknown>, n: number) => {
    map.set(`n${n}`, new Y.Map());
    map.delete(`n${n}`);
  },
  'deleted keys (Y.Maps with x, y)': (map: Y.Map<unknown>, n: number) => {
    const node = new Y.Map<number>();
    map.set(`n${n}`, node);
    node.set('x', n);
    node.set('y', n);
    map.delete(`n${n}`);
  },
};

function flood(edit: (map: Y.Map<unknown>, n: number) => void, count: number): Built {
  const updates: Uint8Array[] = [];
  const doc = recorded(new Y.Doc(), updates);
  const map = doc.getMap('nodes');
  for (let n = 0; n < count; n++) edit(map, n);
  return { updates, state: Y.encodeStateAsUpdate(doc) };
}

function report(name: string, base: Measured, measured: Measured): void {
  const { census: c, bytes } = measured;
  const added = c.structs - base.census.structs;
  console.log(
    `${name.padEnd(40)} ${String(c.structs).padStart(7)} structs (live ${c.live}, of them Y.Maps ${c.types}; ` +
      `deleted ${c.deleted}; GC ${c.gc}; writers ${c.writers})  ${(bytes / 1e6).toFixed(2)} MB  ` +
      `${((bytes - base.bytes) / added).toFixed(0)} B per added struct`,
  );
}

const loaded = process.argv[2] !== 'live';
const none: Measured = { bytes: 0, census: census(new Y.Doc()) };
console.log(loaded ? 'rooms loaded from one stored state' : 'live rooms: the same updates one by one');
// The first document built in a process also pays for what V8 sets up once: build one to throw away.
serverHeap(realisticMap(100, 0), loaded);
const map = serverHeap(realisticMap(1000, 0), loaded);
report('map: 1,000 activities, 1,099 edges', none, map);
for (const moves of [20_000, 100_000])
  report(`  + ${moves} moves`, map, serverHeap(realisticMap(1000, moves), loaded));
for (const [name, edit] of Object.entries(FLOODS))
  report(`100,000 × ${name}`, none, serverHeap(flood(edit, 100_000), loaded));
