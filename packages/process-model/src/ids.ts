// Random url-safe ids for nodes, edges, lanes and pools, branded so they cannot be mixed up.

export type NodeId = string & { readonly __brand: 'NodeId' };
export type EdgeId = string & { readonly __brand: 'EdgeId' };
export type LaneId = string & { readonly __brand: 'LaneId' };
export type PoolId = string & { readonly __brand: 'PoolId' };

export const ID_LENGTH = 16;

// 64 symbols, so `byte & 63` picks each one with equal probability (no modulo bias).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Our lib setting has neither DOM nor Node types; this is the one method we need from Web Crypto.
interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}

export function newId(): string {
  const { crypto } = globalThis as unknown as { crypto: RandomSource };
  const bytes = crypto.getRandomValues(new Uint8Array(ID_LENGTH));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

/** Plain code-unit order, not localeCompare: an order that must not depend on the reader's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Brands a string that already came from a trusted place (the document, a validated map).
export const asNodeId = (id: string): NodeId => id as NodeId;
export const asEdgeId = (id: string): EdgeId => id as EdgeId;
export const asLaneId = (id: string): LaneId => id as LaneId;
export const asPoolId = (id: string): PoolId => id as PoolId;
