// Finds every layer's and feature folder's catalogue by its file name, so that no list of them is kept by hand:
// `<folder>/i18n.de.ts` exporting `de` and `<folder>/i18n.en.ts` exporting `en`, the bottom layer's under shared/i18n/.
// Each language's module globs its own files (German is bundled with the app, English is a chunk of its own).

/** Top-level keys of the UI catalogue; the app merges every folder's entries side by side. */
export type Entries = Record<string, unknown>;

/** One language's catalogue: every found file's entries merged (their top-level keys never overlap). */
export function mergeCatalogues(app: Entries, files: Record<string, Entries>): Entries {
  return Object.assign({}, app, ...Object.values(files)) as Entries;
}

/** The folder a catalogue file belongs to (`../../library/i18n.de.ts` → `library`), to pair the languages. */
export function catalogueFolder(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] === 'i18n' ? parts[parts.length - 3]! : parts[parts.length - 2]!;
}
