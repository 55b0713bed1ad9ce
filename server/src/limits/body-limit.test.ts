import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitRequestBodies } from './body-limit.ts';

function appWithLimit() {
  let bodiesRead = 0;
  const app = new Hono()
    .use(
      '*',
      limitRequestBodies({
        maxBytes: 100,
        larger: [{ path: /^\/upload$/, maxBytes: 1000, code: 'file-too-large' }],
      }),
    )
    .post('/echo', async (c) => {
      bodiesRead += 1;
      return c.text(String((await c.req.text()).length));
    })
    .post('/upload', async (c) => c.text(String((await c.req.text()).length)));
  return { app, bodiesRead: () => bodiesRead };
}

/** A body without Content-Length, sent in chunks, as a client streaming an unknown amount would. */
function streamed(bytes: number, chunk = 10): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(chunk, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
}

const post = (app: Hono, path: string, body: RequestInit['body'], headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('request body limit', () => {
  it('refuses a body whose Content-Length is past the limit with a 413 problem, before the route reads it', async () => {
    const { app, bodiesRead } = appWithLimit();
    const response = await post(app, '/echo', 'x'.repeat(101), { 'content-length': '101' });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toMatchObject({ status: 413, code: 'body-too-large' });
    expect(bodiesRead()).toBe(0);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const { app, bodiesRead } = appWithLimit();
    let pulled = 0;
    const source = streamed(10_000);
    const reader = source.getReader();
    const counting = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        pulled += value.length;
        controller.enqueue(value);
      },
    });
    const response = await post(app, '/echo', counting, { 'transfer-encoding': 'chunked' });
    expect(response.status).toBe(413);
    expect(bodiesRead()).toBe(0);
    expect(pulled).toBeLessThan(200);
  });

  it('lets bodies within the limit through unchanged', async () => {
    const { app } = appWithLimit();
    expect(await (await post(app, '/echo', 'x'.repeat(100))).text()).toBe('100');
    expect(await (await post(app, '/echo', streamed(100), { 'transfer-encoding': 'chunked' })).text()).toBe(
      '100',
    );
  });

  it('gives a route its own larger limit and code', async () => {
    const { app } = appWithLimit();
    expect(await (await post(app, '/upload', 'x'.repeat(900))).text()).toBe('900');
    const refused = await post(app, '/upload', 'x'.repeat(1001));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ code: 'file-too-large' });
  });
});
