/** Client for `GET /api/cockpit/summary` (see docs/cockpit-contract.md): one request, one parsed summary or a CockpitApiError. */

export const SUMMARY_PATH = '/api/cockpit/summary';

/** A failed request, with a message a leader can read. */
export class CockpitApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'CockpitApiError';
    this.status = status;
  }
}

const MESSAGES_BY_STATUS = {
  401: '登录已失效，请重新登录',
  403: '当前账号无权查看数据驾驶舱',
  404: '未找到所选区域的数据',
};

/**
 * The query string for a selection: regionId is left out for the whole district, year only with YEAR, asOf (a
 * past day, yyyy-mm-dd) only when the leader looks back at a day.
 */
export function summaryQuery({ regionId, period, year, asOf }) {
  const params = new URLSearchParams();
  if (regionId) {
    params.set('regionId', regionId);
  }
  params.set('period', period);
  if (period === 'YEAR' && year) {
    params.set('year', String(year));
  }
  if (asOf) {
    params.set('asOf', asOf);
  }
  return params.toString();
}

async function problemDetail(response) {
  try {
    const body = await response.json();
    return typeof body?.detail === 'string' && body.detail ? body.detail : null;
  } catch {
    return null;
  }
}

/**
 * Fetches the summary for a selection. `signal` aborts a request whose selection the user already left;
 * `fetchImpl` is the browser's fetch unless a test passes its own.
 */
export async function fetchSummary(selection, { signal, fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    response = await fetchImpl(`${SUMMARY_PATH}?${summaryQuery(selection)}`, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') {
      throw error;
    }
    throw new CockpitApiError('无法连接服务器，请检查网络', 0);
  }
  if (!response.ok) {
    const detail = (await problemDetail(response)) ?? MESSAGES_BY_STATUS[response.status];
    throw new CockpitApiError(detail ?? `服务器暂时无法提供数据（${response.status}）`, response.status);
  }
  return response.json();
}
