// Which layer a step is drawn on: frames (groups, open sub-processes) lie under the connections and steps they
// enclose, as lanes do, so that those stay visible and clickable inside them.
import { isExpandedSubProcess, type ProcessNode } from '@prozesswerk/process-model';

export function nodeLayer(node: ProcessNode): { zIndex?: number } {
  return node.kind === 'group' || isExpandedSubProcess(node) ? { zIndex: -1 } : {};
}
