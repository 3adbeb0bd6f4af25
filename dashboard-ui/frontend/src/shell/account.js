/**
 * The logged-in account (GET /api/account: name, role, the deputy or unit it is linked to), fetched once per page,
 * so that the navigation shows each role only the pages it may use. The server still decides every request.
 */
import { getJson } from '../api/http.js';

let cached = null;

/** The account; `fetchImpl` is for tests. */
export function loadAccount({ fetchImpl } = {}) {
  if (!cached) {
    cached = getJson('/api/account', {}, fetchImpl ? { fetchImpl } : {}).catch((error) => {
      cached = null;
      throw error;
    });
  }
  return cached;
}

/** Forgets the kept account (tests). */
export function forgetAccount() {
  cached = null;
}
