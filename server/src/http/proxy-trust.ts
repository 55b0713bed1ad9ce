// Which reverse proxies are trusted to say who the client is (X-Forwarded-For) and whether it used TLS.
import { BlockList, isIP } from 'node:net';

/** Parsed TRUST_PROXY: `false` (default), `true` / a number of hops, or addresses and CIDR ranges of the proxies. */
export type ProxyTrust =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList; text: string };

export const NO_PROXY: ProxyTrust = { kind: 'none' };

const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', '127.0.0.0/8', '::1/128'],
};

/** Reads TRUST_PROXY; throws with a readable message for anything it does not understand. */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'false' || text === '0') return NO_PROXY;
  if (text === 'true') return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Math.min(Number(text), 10) };
  const list = new BlockList();
  for (const entry of text.split(',').flatMap((part) => NAMED_RANGES[part.trim()] ?? [part.trim()])) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0)
      throw new Error(`TRUST_PROXY: "${entry}" is not an address, CIDR range, loopback or private`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return { kind: 'addresses', list, text };
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function trusted(trust: ProxyTrust, address: string): boolean {
  if (trust.kind !== 'addresses') return false;
  const family = isIP(address);
  return family !== 0 && trust.list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const listHeader = (header: string | undefined) =>
  (header ?? '')
    .split(',')
    .map((part) => normalizeAddress(part.trim()))
    .filter((part) => part !== '');

/**
 * The client's address. Without trust it is the socket's peer. Otherwise X-Forwarded-For is read from the right
 * (the entries our own proxies appended) and the first address no trusted proxy stands behind is the client: a
 * client cannot choose its address by sending the header itself, because its entries sit further left.
 */
export function clientAddress(
  trust: ProxyTrust,
  peer: string | undefined,
  forwardedFor: string | undefined,
): string {
  const socket = normalizeAddress(peer ?? 'unknown');
  if (trust.kind === 'none') return socket;
  const chain = [...listHeader(forwardedFor), socket];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
  let index = chain.length - 1;
  while (index > 0 && trusted(trust, chain[index] ?? '')) index -= 1;
  return chain[index] ?? socket;
}

/** Whether the client reached us over TLS: the request's own scheme, or what a trusted proxy says it saw. */
export function cameOverTls(
  trust: ProxyTrust,
  ownScheme: string,
  peer: string | undefined,
  forwardedProto: string | undefined,
): boolean {
  if (ownScheme === 'https') return true;
  const peerTrusted =
    trust.kind === 'hops' || (trust.kind === 'addresses' && trusted(trust, normalizeAddress(peer ?? '')));
  if (!peerTrusted) return false;
  // Each proxy appends; the nearest one's view is the last entry.
  const proto = (forwardedProto ?? '').split(',').pop()?.trim().toLowerCase();
  return proto === 'https';
}
