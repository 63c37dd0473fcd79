// Signs in to a running Teduh over HTTP (setup link or username/password) and returns the cookies to send.
const CSRF = "ops-csrf-token-0123456789abcdef";

/** POST with the double-submit CSRF pair (cookie teduh_csrf and header x-csrf-token). */
export async function postJson(url: string, path: string, body: unknown, cookie = ""): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: [`teduh_csrf=${CSRF}`, cookie].filter(Boolean).join("; "),
      "x-csrf-token": CSRF,
    },
    body: JSON.stringify(body),
  });
}

/** The `teduh_session=…` pair from a response's Set-Cookie headers. */
export function sessionCookie(res: Response): string {
  const found = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("teduh_session="));
  if (!found) throw new Error(`no session cookie in the answer (${res.status})`);
  return found;
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await postJson(url, "/api/v1/auth/sign-in", { username, password });
  const body = (await res.json()) as { status?: string };
  if (res.status !== 200 || body.status !== "signed_in")
    throw new Error(`sign-in answered ${res.status} ${JSON.stringify(body)}`);
  return sessionCookie(res);
}

/** Creates the first administrator with the token of the setup link `…/console/setup#token=…`. */
export async function completeSetup(url: string, setupLink: string, username = "admin.ops"): Promise<string> {
  const token = new URL(setupLink).hash.replace(/^#token=/, "");
  const res = await postJson(url, "/api/v1/setup", {
    token,
    username,
    displayName: "Admin Operasional",
    password: "kata-sandi-panjang-123",
  });
  if (res.status !== 200 && res.status !== 201) throw new Error(`setup answered ${res.status} ${await res.text()}`);
  await res.arrayBuffer().catch(() => undefined);
  return sessionCookie(res);
}

export async function getJson(url: string, path: string, cookie = ""): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body };
}
