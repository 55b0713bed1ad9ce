// Loads @prozesswerk/bpmn (bpmn-moddle, elkjs) on first use, so the editor's main bundle stays without them.
export type BpmnModule = typeof import('@prozesswerk/bpmn');

let loading: Promise<BpmnModule> | undefined;

export function loadBpmn(): Promise<BpmnModule> {
  // A failed load (e.g. offline after a deploy) is not cached, so the next click tries again.
  loading ??= import('@prozesswerk/bpmn').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
