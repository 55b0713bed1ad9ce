// What an import took over and what it could not: the same report for the library and the canvas.
import type { ImportNote, ImportResult, Unsupported } from '@prozesswerk/bpmn';

export type ImportReport = {
  nodes: number;
  edges: number;
  lanes: number;
  unsupported: Unsupported[];
  warnings: string[];
  /** The warnings as codes, worded by the catalogue; absent from servers older than this field. */
  notes?: ImportNote[];
  /** Every diagram or process of a file with several, in file order; `part` is the one imported. */
  parts?: { id: string; name: string }[];
  part?: string;
};

export function reportOf(result: ImportResult): ImportReport {
  return {
    nodes: result.map.nodes.length,
    edges: result.map.edges.length,
    lanes: result.map.lanes.length,
    unsupported: result.unsupported,
    warnings: result.warnings,
    notes: result.notes,
  };
}

/** The catalogue key of an unsupported element's plain name: "bpmn:BoundaryEvent" → "BoundaryEvent". */
export function elementKey(element: string): string {
  if (element.includes('triggeredByEvent')) return 'EventSubProcess';
  return element.replace(/^bpmn:/, '').replace(/\W.*$/, '');
}

/** Files a user may mean as BPMN: by extension, since browsers give .bpmn files no reliable type. */
export function isBpmnFileName(name: string): boolean {
  return /\.(bpmn2?|xml)$/i.test(name);
}

export const MAX_BPMN_BYTES = 5 * 1024 * 1024;
