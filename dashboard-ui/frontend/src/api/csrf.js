/**
 * The CSRF header a page sends with its POST requests: with a session cookie the server wants the token as well
 * (GET /api/csrf hands it to pages of this origin only). Fetched once per page and kept.
 */
import { getJson } from './http.js';

let cached = null;

/** The token as GET /api/csrf answers it: `{ headerName, parameterName, token }`. `fetchImpl` is for tests. */
export async function csrfToken({ fetchImpl } = {}) {
  if (!cached) {
    cached = getJson('/api/csrf', {}, fetchImpl ? { fetchImpl } : {}).catch((error) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

/** `{ [headerName]: token }` for `postJson(path, body, { headers })`. `fetchImpl` is for tests. */
export async function csrfHeaders(options = {}) {
  const csrf = await csrfToken(options);
  return { [csrf.headerName]: csrf.token };
}

/** Forgets the kept token (tests; a new login gets a new one). */
export function forgetCsrf() {
  cached = null;
}
