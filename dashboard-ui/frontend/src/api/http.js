/**
 * The work pages' one way to call the API: same-origin session cookie, JSON, and every failure turned into an
 * ApiError whose message a user can read (the RFC 9457 problem body's `detail`, which the server writes in Chinese).
 */

export class ApiError extends Error {
  constructor(message, status, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    /** The problem body as the server sent it, or null. */
    this.problem = problem;
  }
}

const MESSAGES_BY_STATUS = {
  401: '登录已失效，请重新登录',
  403: '当前账号无权执行此操作',
  404: '未找到所查找的记录',
};

/** `?a=1&b=2` from an object, leaving out empty values; '' when nothing is left. */
export function queryString(params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Sends a request and returns the response, or throws an ApiError. `fetchImpl` is for tests. */
export async function request(path, { method = 'GET', body, signal, headers = {}, fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    response = await fetchImpl(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') {
      throw error;
    }
    throw new ApiError('无法连接服务器，请检查网络', 0);
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    const detail = typeof problem?.detail === 'string' && problem.detail ? problem.detail : null;
    throw new ApiError(detail ?? MESSAGES_BY_STATUS[response.status] ?? `服务器暂时无法处理（${response.status}）`,
      response.status, problem);
  }
  return response;
}

/** GET a JSON document. */
export async function getJson(path, params, options = {}) {
  const response = await request(`${path}${queryString(params)}`, options);
  return response.json();
}

/** POST a JSON body and return the JSON answer (null when the answer has no body). */
export async function postJson(path, body, options = {}) {
  const response = await request(path, { ...options, method: 'POST', body });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
