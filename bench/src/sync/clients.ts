// The client implementations a sync run can use, selectable by BENCH_CLIENT.
import type { ConnectEditor } from './editor.ts';
import { connectLeanEditor } from './lean-editor.ts';
import { connectProviderEditor } from './provider-editor.ts';

export const CLIENT_KINDS = {
  lean: {
    connect: connectLeanEditor,
    description:
      'lean clients: y-protocols/sync over ws with one Y.Doc each, no awareness (same wire protocol as ' +
      'WebsocketProvider, less CPU per delivery)',
  },
  provider: {
    connect: connectProviderEditor,
    description: 'stock y-websocket@3 WebsocketProvider clients (ws polyfill, disableBc, default awareness)',
  },
} as const satisfies Record<string, { connect: ConnectEditor; description: string }>;

export type ClientKind = keyof typeof CLIENT_KINDS;

export function isClientKind(value: string): value is ClientKind {
  return Object.hasOwn(CLIENT_KINDS, value);
}
