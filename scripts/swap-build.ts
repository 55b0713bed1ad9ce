// Writes a build into a fresh folder and swaps it in at the end, so readers never see a half-written build.
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Builds into a folder beside `target` and renames it over `target` once complete: a server (or test) reading the
 * previous build meanwhile never sees a half-written one, and a failed build leaves the previous one in place.
 */
export async function buildInto<T>(target: string, write: (folder: string) => Promise<T>): Promise<T> {
  const next = `${target}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  try {
    const result = await write(next);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    renameSync(next, target);
    return result;
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
}
