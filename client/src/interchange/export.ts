// "Als BPMN exportieren": the map as a BPMN 2.0 file named after the process, downloaded by the browser.
import type { ProcessMap } from '@prozesswerk/process-model';
import { loadBpmn } from './bpmn.ts';

/** A file name every operating system accepts: the title without path and control characters. */
export function bpmnFileName(title: string): string {
  const printable = [...title].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'Prozess'}.bpmn`;
}

export async function downloadBpmn(map: ProcessMap, title: string): Promise<void> {
  const { exportBpmn } = await loadBpmn();
  const xml = await exportBpmn(map, { processName: title.trim() || 'Prozess' });
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = bpmnFileName(title);
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
