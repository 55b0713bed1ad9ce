// Recording administrative actions in a municipality's audit log, and reading it with people's current names.
import type { AuditAction, AuditDetail, AuditEntry } from '../store/admin-store.ts';
import type { Store } from '../store/store.ts';
import { personNames } from './person-names.ts';

export type AuditInput = {
  orgId: string;
  actorId: string | null;
  action: AuditAction;
  targetId?: string | null;
  targetLabel?: string;
  detail?: AuditDetail;
};

export async function recordAudit(store: Store, input: AuditInput, at = new Date()): Promise<void> {
  await store.appendAudit({
    orgId: input.orgId,
    at: at.toISOString(),
    actorId: input.actorId,
    action: input.action,
    targetId: input.targetId ?? null,
    targetLabel: input.targetLabel ?? '',
    detail: input.detail ?? {},
  });
}

export type AuditView = AuditEntry & { actorName: string; targetName: string };

/** A page of the log with the names people have now (an erased person shows as their pseudonym). */
export async function readAudit(
  store: Store,
  orgId: string,
  page: { limit: number; before?: number | undefined },
): Promise<AuditView[]> {
  const entries = await store.listAudit(orgId, page);
  const ids = entries.flatMap((e) => [e.actorId, e.targetId]).filter((id): id is string => id !== null);
  const names = await personNames(store, ids);
  return entries.map((entry) => ({
    ...entry,
    actorName: entry.actorId === null ? '' : (names.get(entry.actorId) ?? ''),
    targetName:
      entry.targetId === null ? entry.targetLabel : (names.get(entry.targetId) ?? entry.targetLabel),
  }));
}
