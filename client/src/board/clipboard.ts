// Copy and paste of nodes and the edges between them, across processes, through localStorage and the system clipboard.
import type { ProcessEdge, ProcessNode } from '@prozesswerk/process-model';

const KEY = 'prozesswerk.clipboard';
const FORMAT = 'prozesswerk/nodes@1';

export type ClipboardContent = { format: typeof FORMAT; nodes: ProcessNode[]; edges: ProcessEdge[] };

export function writeClipboard(nodes: ProcessNode[], edges: ProcessEdge[]): void {
  const ids = new Set<string>(nodes.map((node) => node.id));
  const inner = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const text = JSON.stringify({ format: FORMAT, nodes, edges: inner } satisfies ClipboardContent);
  localStorage.setItem(KEY, text);
  // The system clipboard also lets a copy travel to another browser; it may be refused, localStorage suffices.
  navigator.clipboard
    ?.writeText(text)
    .catch((error: unknown) => console.debug('System clipboard unavailable', error));
}

export function readClipboard(): ClipboardContent | undefined {
  const text = localStorage.getItem(KEY);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<ClipboardContent>;
    if (parsed.format !== FORMAT || !Array.isArray(parsed.nodes) || !Array.isArray(parsed.edges))
      return undefined;
    return parsed as ClipboardContent;
  } catch (error) {
    console.warn('Ignoring unreadable clipboard content', error);
    return undefined;
  }
}
