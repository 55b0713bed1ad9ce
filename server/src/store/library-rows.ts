// How a library search row becomes what its reader sees: another municipality's process as it was published.
import type { FimTier, ProcessRecord, Publication } from './store.ts';

/** The columns a library search adds to a process row: which entry matched, and the publication's metadata. */
export type LibraryRow<Tags> = {
  scope: 'live' | 'published';
  pub_title: string | null;
  pub_description: string | null;
  pub_leika_key: string | null;
  pub_tier: FimTier | null;
  pub_tags: Tags | null;
  pub_published_at: string | null;
};

/** The process with the metadata it was published with, as every other municipality sees it. */
export function withPublishedMeta(
  process: ProcessRecord,
  publication: Pick<Publication, 'title' | 'description' | 'leikaKey' | 'tier' | 'tags' | 'publishedAt'>,
): ProcessRecord {
  return {
    ...process,
    title: publication.title,
    description: publication.description,
    leikaKey: publication.leikaKey,
    tier: publication.tier,
    tags: publication.tags,
    status: 'published',
    updatedAt: publication.publishedAt,
  };
}

/**
 * A process found through its published entry shows the published title, description, LeiKa key, tier and tags, and
 * when it was published; never the live draft's. Its own municipality finds it through the live entry, as it is now.
 */
export function asSeenInLibrary<Tags>(
  process: ProcessRecord,
  row: LibraryRow<Tags>,
  readTags: (tags: Tags) => string[],
): ProcessRecord {
  if (row.scope !== 'published' || row.pub_title === null) return process;
  return withPublishedMeta(process, {
    title: row.pub_title,
    description: row.pub_description ?? '',
    leikaKey: row.pub_leika_key,
    tier: row.pub_tier,
    tags: row.pub_tags === null ? [] : readTags(row.pub_tags),
    publishedAt: row.pub_published_at ?? process.updatedAt,
  });
}
