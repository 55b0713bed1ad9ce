// A component whose code is loaded the first time it is shown (a drawer, another view of the map, a dialog): what the
// map does not need to appear stays out of the editor's first load. Where it is shown, a Suspense boundary waits.
import { lazy, type ComponentType } from 'react';

export function lazySlot<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}
