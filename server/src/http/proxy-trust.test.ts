import { describe, expect, it } from 'vitest';
import { cameOverTls, clientAddress, parseProxyTrust } from './proxy-trust.ts';

describe('TRUST_PROXY', () => {
  it('ignores forwarding headers unless proxies are trusted', () => {
    const none = parseProxyTrust(undefined);
    expect(clientAddress(none, '203.0.113.9', '1.2.3.4')).toBe('203.0.113.9');
    expect(cameOverTls(none, 'http', '127.0.0.1', 'https')).toBe(false);
    expect(clientAddress(parseProxyTrust('false'), '::ffff:10.0.0.1', '1.2.3.4')).toBe('10.0.0.1');
  });

  it('takes the address the trusted proxies saw, not one the client wrote into the header', () => {
    const trust = parseProxyTrust('loopback, 10.0.0.0/8');
    // nginx on 127.0.0.1 appended the client it saw; the client had sent a fake entry of its own.
    expect(clientAddress(trust, '127.0.0.1', '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    // Two proxies of ours in a row.
    expect(clientAddress(trust, '::1', '6.6.6.6, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    // An untrusted peer's header is not believed.
    expect(clientAddress(trust, '198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    expect(cameOverTls(trust, 'http', '127.0.0.1', 'https')).toBe(true);
    expect(cameOverTls(trust, 'http', '198.51.100.7', 'https')).toBe(false);
  });

  it('counts hops when given a number', () => {
    expect(clientAddress(parseProxyTrust('1'), '172.17.0.1', '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress(parseProxyTrust('true'), '172.17.0.1', undefined)).toBe('172.17.0.1');
    expect(clientAddress(parseProxyTrust('2'), '172.17.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2')).toBe(
      '203.0.113.9',
    );
  });

  it('refuses a value it does not understand', () => {
    expect(() => parseProxyTrust('my-proxy.local')).toThrow(/TRUST_PROXY/);
  });
});
