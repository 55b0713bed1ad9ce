// Signs the bench in to our server through its first-run setup and obtains an access token for REST and sync.

export type OursCredentials = {
  /** Headers for REST calls (empty when the server runs without accounts). */
  headers: Record<string, string>;
  /** Query parameters for sync sockets (empty when the server runs without accounts). */
  params: Record<string, string>;
};

const SETUP_LINK = /\/setup\?token=([A-Za-z0-9_-]+)/;
const ADMIN = { email: 'bench@example.org', password: 'bench-password-not-secret' };

/**
 * The server prints a one-time setup link on first start; the bench uses it like an operator would:
 * create the municipality and admin, then a personal access token (sent as `?token=` on sockets).
 */
export async function signInToOurs(
  httpUrl: string,
  output: () => string,
  timeoutMs = 10_000,
): Promise<OursCredentials> {
  const origin = { origin: httpUrl };
  const status = await fetch(`${httpUrl}/api/setup`);
  if (status.status === 404) return { headers: {}, params: {} };
  const { needed } = (await expectJson(status, 200, 'GET /api/setup')) as { needed: boolean };
  if (!needed) throw new Error('our server says setup is done already, but its data directory is fresh');

  const token = await waitForSetupToken(output, timeoutMs);
  const setup = await fetch(`${httpUrl}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...origin },
    body: JSON.stringify({
      token,
      orgName: 'Bench',
      email: ADMIN.email,
      name: 'Bench',
      password: ADMIN.password,
    }),
  });
  await expectJson(setup, 201, 'POST /api/setup');
  const cookie = setup.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .join('; ');

  const issued = await fetch(`${httpUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...origin },
    body: JSON.stringify({ label: 'bench' }),
  });
  const { token: accessToken } = (await expectJson(issued, 201, 'POST /api/tokens')) as { token: string };
  return { headers: { authorization: `Bearer ${accessToken}` }, params: { token: accessToken } };
}

/** Signs in with the password that signInToOurs set up, as a person in a browser would (a session cookie). */
export async function signInWithPassword(httpUrl: string): Promise<void> {
  const response = await fetch(`${httpUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: httpUrl },
    body: JSON.stringify(ADMIN),
  });
  await expectJson(response, 200, 'POST /api/auth/login');
}

async function waitForSetupToken(output: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const token = SETUP_LINK.exec(output())?.[1];
    if (token) return token;
    if (Date.now() > deadline) throw new Error('our server printed no setup link');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function expectJson(response: Response, status: number, what: string): Promise<unknown> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response.json();
}
