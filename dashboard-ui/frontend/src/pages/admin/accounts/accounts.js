/**
 * The administration page's logic (账号管理): the roles an account can have and what each is linked to, the list
 * with its filter kept in the address, and the commands with a reason, the CSRF token, one Idempotency-Key per
 * form and the version the page read (If-Match). The server decides; the page only offers what fits the role.
 */
import { getJson, postJson } from '../../../api/http.js';
import { csrfHeaders } from '../../../api/csrf.js';

/** The roles an account can be opened with (citizens use QR links and receipt codes, not accounts). */
export const ROLES = [
  { value: 'CLERK', label: '工作人员' },
  { value: 'DEPUTY', label: '人大代表' },
  { value: 'UNIT', label: '承办单位' },
  { value: 'SUPERVISOR', label: '督办人员' },
  { value: 'LEADER', label: '领导' },
  { value: 'AUDITOR', label: '审计监督' },
  { value: 'ADMIN', label: '管理员' },
];

/** The command field holding the link each role needs (docs/roles.md), or null for a district-wide role. */
export function linkField(role) {
  switch (role) {
    case 'DEPUTY': return 'deputyId';
    case 'UNIT': return 'unitId';
    case 'SUPERVISOR':
    case 'LEADER': return 'regionId';
    default: return null;
  }
}

/** What the link picker of a role is called. */
export function linkLabel(role) {
  return { deputyId: '关联代表', unitId: '关联承办单位', regionId: '关联行政区划' }[linkField(role)] ?? '';
}

/** The options of the link picker for `role`, from the reference lists: `[{ value, label }]`. */
export function linkOptions(role, { deputies = [], units = [], regions = [] }) {
  switch (linkField(role)) {
    case 'deputyId': return deputies.map((d) => ({ value: d.deputyId, label: `${d.name}（${d.deputyId}）` }));
    case 'unitId': return units.map((u) => ({ value: u.unitId, label: u.name }));
    case 'regionId': return regions.map((r) => ({ value: r.regionId, label: `${r.name}（${r.levelLabel ?? r.regionId}）` }));
    default: return [];
  }
}

/** The id an account row is linked to, whichever kind. */
export function linkOf(account) {
  return account.deputyId ?? account.unitId ?? account.regionId ?? null;
}

/** The link's name when a reference list knows it, else its id; '' when there is none. */
export function linkName(account, { deputies = [], units = [], regions = [] }) {
  if (account.deputyId) return deputies.find((d) => d.deputyId === account.deputyId)?.name ?? account.deputyId;
  if (account.unitId) return units.find((u) => u.unitId === account.unitId)?.name ?? account.unitId;
  if (account.regionId) return regions.find((r) => r.regionId === account.regionId)?.name ?? account.regionId;
  return '';
}

/** The states a row shows, most urgent first: `[{ label, type }]` for Element Plus tags. */
export function statusTags(account, now = new Date()) {
  const tags = [];
  tags.push(account.enabled ? { label: '启用', type: 'success' } : { label: '已停用', type: 'info' });
  if (account.lockedUntil && new Date(account.lockedUntil) > now) tags.push({ label: '已锁定', type: 'danger' });
  if (account.mustChangePassword) tags.push({ label: '待设置密码', type: 'warning' });
  if (account.demo) tags.push({ label: '演示账号', type: 'info' });
  return tags;
}

/** The body of a create or change-role command: only the link the role uses. */
export function roleBody(values) {
  const body = { role: values.role, reason: values.reason };
  const field = linkField(values.role);
  if (field) body[field] = values.link;
  return body;
}

/** The filter as the address keeps it (`?q=..&role=..&linkId=..`). */
export function filterFromAddress(search = window.location.search) {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', role: params.get('role') ?? '', linkId: params.get('linkId') ?? '' };
}

export function addressOf(filter) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : window.location.pathname;
}

export const fetchAccounts = (filter, options = {}) => getJson('/api/admin/accounts', filter, options);

export function newIdempotencyKey() {
  return globalThis.crypto.randomUUID();
}

/** Opens an account; the answer's `result.oneTimePassword` is shown once. */
export async function createAccount(values, key, options = {}) {
  const headers = { ...(await csrfHeaders(options)), 'Idempotency-Key': key };
  return postJson('/api/accounts', { accountId: values.accountId, displayName: values.displayName,
    ...roleBody(values) }, { ...options, headers });
}

/** Sends `action` (disable, enable, reset-password, release-lockout, change-role) on the account. */
export async function accountAction(username, action, body, { version, key }, options = {}) {
  const headers = { ...(await csrfHeaders(options)), 'Idempotency-Key': key };
  if (version !== null && version !== undefined) headers['If-Match'] = `"${version}"`;
  return postJson(`/api/accounts/${encodeURIComponent(username)}/${action}`, body, { ...options, headers });
}

/** The actions of a row, with the word on its button; none for an account without a trail (a demo account). */
export function actionsOf(account) {
  if (account.version === null || account.version === undefined) return [];
  const actions = [{ action: 'change-role', label: '变更角色' }];
  actions.push(account.enabled ? { action: 'disable', label: '停用' } : { action: 'enable', label: '启用' });
  if (account.enabled) actions.push({ action: 'reset-password', label: '重置密码' });
  if (account.lockedUntil) actions.push({ action: 'release-lockout', label: '解除锁定' });
  return actions;
}

/** What a reason dialog asks for each action. */
export const ACTION_TITLES = {
  'change-role': '变更账号角色或关联',
  disable: '停用账号（立即结束其所有会话）',
  enable: '重新启用账号',
  'reset-password': '重置密码（生成一次性密码）',
  'release-lockout': '解除登录锁定',
};
