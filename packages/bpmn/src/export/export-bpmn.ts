// exportBpmn: process map → BPMN 2.0 XML with our attributes in the pw namespace and full diagram interchange.
import type { ProcessMap } from '@prozesswerk/process-model';
import { createModdle } from '../moddle.ts';
import { buildDiagram } from './diagram.ts';
import { buildSemantic } from './semantic.ts';

export interface ExportOptions {
  /** Name of the process and its pool; defaults to "Prozess". */
  processName?: string;
}

export async function exportBpmn(map: ProcessMap, options: ExportOptions = {}): Promise<string> {
  const moddle = createModdle();
  const model = buildSemantic(moddle, map, options.processName ?? 'Prozess');
  model.definitions.set('diagrams', [buildDiagram(moddle, map, model)]);
  const { xml } = await moddle.toXML(model.definitions, { format: true });
  return xml;
}
