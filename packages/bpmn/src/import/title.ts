// The title a BPMN file gives its process: the collaboration's name, else its one process's or pool's name.
import type { Scan } from './scan.ts';

/*
 * Modellers name a diagram in different places: some name the collaboration, most the process,
 * and a pool is often named for the office that runs it ("Bürgerbüro Kehl"), so the process name
 * comes before the pool's. With several pools or processes their names describe the parties,
 * not the whole, so only a single one counts.
 */
export function bpmnTitle(scan: Pick<Scan, 'collaborations' | 'processes'>): string | undefined {
  const participants = scan.collaborations.flatMap((collaboration) => collaboration.participants ?? []);
  const candidates = [
    ...scan.collaborations.map((collaboration) => collaboration.name),
    scan.processes.length === 1 ? scan.processes[0]?.name : undefined,
    participants.length === 1 ? participants[0]?.name : undefined,
  ];
  return candidates.map((name) => name?.replace(/\s+/g, ' ').trim()).find((name) => !!name);
}
