// Folds the editor's small shared modules into one chunk. Rolldown gives every set of pages that shares modules a
// chunk of its own, which put ~20 chunks under 1 KiB on the editor's first load (the modal, the language switch,
// geometry, problem texts, …, each shared with some other page), each a request: on weak Wi-Fi, over HTTP/1.1's six
// connections, each also waits a round trip. In one chunk the editor's first load was ~50 ms faster (bench/README.md,
// 3 Dec 2026); a page that uses one of them loads them all (the library and sign-in pages ~4–5 KiB more, styles
// included). Only small modules whose own dependencies are small or come with the app's entry go in, so no other page
// gets React Flow, Yjs or zod with them. Folding the app's entry's chunks or the early opener's too was slower.
import type { Rolldown } from 'vite';

type Options = Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>;
type Group = NonNullable<Options['groups']>[number];
type Context = Parameters<Extract<Group['name'], (...args: never[]) => unknown>>[1];
export type ModuleInfo = Pick<
  NonNullable<ReturnType<Context['getModuleInfo']>>,
  'code' | 'importedIds' | 'importers' | 'dynamicImporters'
>;

/** Modules up to this size (transformed source, before minifying) count as small. */
const SMALL_MODULE = 6_000;

/** The modules the build starts from: the app's entry, the editor page's early opener, the editor page. */
export type ChunkRoots = { app: string; early: string; editor: string };

export function chunkGroups(roots: ChunkRoots): Options {
  // The name function sees one module at a time; the group is worked out from the whole graph once.
  let shared: Set<string> | null = null;
  const name = (id: string, context: Context) => {
    shared ??= editorSharedModules(roots, (moduleId) => context.getModuleInfo(moduleId));
    return shared.has(id) ? 'editor-shared' : null;
  };
  // Not their dependencies: those are in the group already or loaded with the app's entry.
  return { groups: [{ name, includeDependenciesRecursively: false }] };
}

/**
 * The editor page's small modules that another page imports too, with their small dependencies. A module that needs
 * a big one, or one of the opener's (Yjs, the process model), stays where Rolldown puts it.
 */
export function editorSharedModules(roots: ChunkRoots, info: (id: string) => ModuleInfo | null): Set<string> {
  const app = staticClosure(roots.app, info);
  const early = staticClosure(roots.early, info);
  const editor = staticClosure(roots.editor, info);
  const small = (id: string) => !early.has(id) && (info(id)?.code?.length ?? Infinity) <= SMALL_MODULE;
  const own = [...editor].filter((id) => !app.has(id) && !early.has(id));
  const chosen = new Set(
    own.filter(
      (id) =>
        small(id) &&
        [...(info(id)?.importers ?? []), ...(info(id)?.dynamicImporters ?? [])].some(
          (importer) => !editor.has(importer),
        ),
    ),
  );
  const refused = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const id of [...chosen]) {
      const needed = (info(id)?.importedIds ?? []).filter((dep) => !app.has(dep) && !chosen.has(dep));
      if (needed.some((dep) => refused.has(dep) || !small(dep))) {
        chosen.delete(id);
        refused.add(id);
      } else needed.forEach((dep) => chosen.add(dep));
      changed ||= needed.length > 0;
    }
  }
  return chosen;
}

function staticClosure(root: string, info: (id: string) => ModuleInfo | null): Set<string> {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}
