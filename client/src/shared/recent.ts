// Processes opened in this browser, so the start page can list them and the editor can open offline.
import { isRole, type Role } from '@prozesswerk/protocol';

export type RecentProcess = { id: string; title: string; role: Role; openedAt: number };

const KEY = 'prozesswerk.recent';
const MAX = 12;

export function listRecent(): RecentProcess[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is RecentProcess =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as RecentProcess).id === 'string' &&
        typeof (entry as RecentProcess).title === 'string' &&
        isRole(String((entry as RecentProcess).role)),
    );
  } catch (error) {
    console.warn('Ignoring an unreadable list of recent processes', error);
    return [];
  }
}

export function rememberRecent(entry: Omit<RecentProcess, 'openedAt'>): void {
  const rest = listRecent().filter((item) => item.id !== entry.id);
  localStorage.setItem(KEY, JSON.stringify([{ ...entry, openedAt: Date.now() }, ...rest].slice(0, MAX)));
}
