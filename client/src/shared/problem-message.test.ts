// Failed requests become plain-language text chosen by the server's problem code, never raw server detail.
import { createInstance } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { requestJson, ProblemError } from './http.ts';
import { de } from './i18n/problems.de.ts';
import { en } from './i18n/problems.en.ts';
import { problemMessage } from './problem-message.ts';

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'de',
    resources: { de: { translation: de }, en: { translation: en } },
  });
});
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown): void {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status }));
}

describe('problem messages', () => {
  it('explains a tampered version in plain German', async () => {
    answer(409, { code: 'snapshot-tampered', detail: 'Version 1 of process x does not match its SHA-256' });
    const failure = await requestJson('/api/processes/x/versions/1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProblemError);
    expect(problemMessage(i18n.t, failure)).toMatch(/^Diese Version wurde nachträglich verändert/);
  });

  it('falls back to a general message for a code it does not know, and to "network" when offline', async () => {
    answer(418, { code: 'teapot' });
    const unknown = await requestJson('/api/x').catch((error: unknown) => error);
    expect(problemMessage(i18n.t, unknown)).toBe(de.problems.unknown);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const offline = await requestJson('/api/x').catch((error: unknown) => error);
    expect(problemMessage(i18n.t, offline)).toBe(de.problems.network);
  });
});
