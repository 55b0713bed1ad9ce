// "Als BPMN exportieren": the map as a BPMN 2.0 file named after the process, downloaded by the browser.
import type { ProcessMap } from '@prozesswerk/process-model';
import { loadBpmn } from './bpmn.ts';
import { downloadBlob, exportFileName } from '../shared/download.ts';

export async function downloadBpmn(map: ProcessMap, title: string): Promise<void> {
  const { exportBpmn } = await loadBpmn();
  const xml = await exportBpmn(map, { processName: title.trim() || 'Prozess' });
  downloadBlob(new Blob([xml], { type: 'application/xml' }), exportFileName(title, 'bpmn'));
}
