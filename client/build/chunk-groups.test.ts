// The editor's small shared modules go into one chunk, but never with a big module or the early opener's code.
import { describe, expect, it } from 'vitest';
import { editorSharedModules, type ModuleInfo } from './chunk-groups.ts';

type Node = { size: number; imports?: string[]; lazy?: string[] };

/** A module graph from a plain description: sizes, static imports and dynamic imports. */
function graph(nodes: Record<string, Node>): (id: string) => ModuleInfo | null {
  const importers = (id: string, kind: 'imports' | 'lazy') =>
    Object.keys(nodes).filter((other) => nodes[other]![kind]?.includes(id));
  return (id) => {
    const node = nodes[id];
    if (!node) return null;
    return {
      code: 'x'.repeat(node.size),
      importedIds: node.imports ?? [],
      importers: importers(id, 'imports'),
      dynamicImporters: importers(id, 'lazy'),
    };
  };
}

const roots = { app: 'main', early: 'opener', editor: 'editor' };

describe('the editor-shared chunk', () => {
  const info = graph({
    main: { size: 100, imports: ['i18n', 'http'], lazy: ['editor', 'library'] },
    opener: { size: 100, imports: ['session'] },
    session: { size: 90_000 },
    i18n: { size: 50_000 },
    http: { size: 900 },
    editor: { size: 40_000, imports: ['modal', 'geometry', 'flow', 'pins', 'editorOnly', 'http'] },
    library: { size: 9_000, imports: ['modal', 'geometry', 'http'] },
    versions: { size: 9_000, imports: ['flow', 'pins'] },
    modal: { size: 700, imports: ['focus', 'i18n'] },
    focus: { size: 2_000 },
    geometry: { size: 1_500 },
    flow: { size: 3_000, imports: ['reactFlow'] },
    reactFlow: { size: 150_000 },
    pins: { size: 2_000, imports: ['session'] },
    editorOnly: { size: 800 },
  });
  const shared = editorSharedModules(roots, info);

  it('holds the small modules the editor shares with other pages, and what only they import', () => {
    expect([...shared].sort()).toEqual(['focus', 'geometry', 'modal']);
  });

  it('leaves out what the app already loads, what only the editor uses, and what needs a big or early module', () => {
    for (const id of ['http', 'i18n', 'editorOnly', 'flow', 'reactFlow', 'pins', 'session'])
      expect(shared.has(id), id).toBe(false);
  });
});
