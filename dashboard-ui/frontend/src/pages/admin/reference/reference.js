/**
 * 基础数据 (administrators): regions, stations, deputies and handling units, each a table with a search and its
 * commands as forms (the action dialog of the case pages, described here field by field as each command's record
 * has them), and the import of a whole list from Excel. Every form asks for a reason where the command keeps one:
 * nothing changes without a reason and a name on it.
 */
import { getJson } from '../../../api/http.js';
import { csrfHeaders } from '../../../api/csrf.js';
import { ApiError } from '../../../api/http.js';

const options = (pairs) => pairs.map(([value, label]) => ({ value, label }));

export const REGION_LEVELS = options([['DISTRICT', '区'], ['BANNER', '旗'], ['COUNTY', '县'], ['TOWN', '镇'],
  ['TOWNSHIP', '乡'], ['SUMU', '苏木'], ['SUBDISTRICT', '街道'], ['VILLAGE', '村'], ['GACHA', '嘎查'],
  ['COMMUNITY', '社区']]);
export const STATION_KINDS = options([['HOME', '代表之家'], ['LIAISON_STATION', '代表联络站'],
  ['WORK_STATION', '代表工作站']]);
export const STATION_SETTINGS = options([['DISTRICT', '区（旗、县）'], ['TOWN', '镇（乡、苏木、街道）'],
  ['VILLAGE', '村（嘎查、社区）'], ['ENTERPRISE', '企业'], ['INDUSTRY_CHAIN', '产业链']]);
export const REGION_TIERS = options([['COUNTY', '县级'], ['TOWNSHIP', '乡级'], ['VILLAGE', '村级']]);
export const GENDERS = options([['MALE', '男'], ['FEMALE', '女']]);
export const DEPUTY_LEVELS = options([['NATIONAL', '全国人大代表'], ['PROVINCIAL', '省人大代表'],
  ['MUNICIPAL', '市人大代表'], ['COUNTY', '县（区）人大代表'], ['TOWNSHIP', '乡镇人大代表']]);
export const PROFESSIONAL_GROUPS = options([['FINANCE_AND_ECONOMY', '财政经济'],
  ['LAW_SUPERVISION_AND_JUSTICE', '法制和监察司法'], ['SOCIAL_AFFAIRS', '社会建设'],
  ['AGRICULTURE_AND_ECOLOGY', '农业农村与生态'], ['URBAN_CONSTRUCTION_AND_ENVIRONMENT', '城建环保'],
  ['SCIENCE_EDUCATION_CULTURE_AND_HEALTH', '科教文卫']]);
export const TERMINATION_CAUSES = options([['RESIGNATION', '辞职'], ['RECALL', '罢免'], ['DEATH', '去世'],
  ['MOVED_AWAY', '迁出'], ['OTHER', '其他']]);
export const UNIT_KINDS = options([['GOVERNMENT_DEPARTMENT', '政府部门'], ['SUPERVISORY_COMMISSION', '监察委员会'],
  ['COURT', '人民法院'], ['PROCURATORATE', '人民检察院']]);

const reason = { name: 'reason', label: '理由（记入审计日志）', kind: 'textarea', required: true };
const text = (name, label, required = true) => ({ name, label, kind: 'text', required });
const choice = (name, label, choices) => ({ name, label, kind: 'choice', options: choices, required: true });

/**
 * The four kinds of record: the API path of their commands and list, the id field, the actions (in the order the
 * row shows them; `when(row)` says in which state the action applies) and each command's fields.
 */
export const KINDS = {
  regions: {
    title: '区域',
    path: '/api/regions',
    id: 'regionId',
    createLabel: '登记行政区划',
    actions: [
      { action: 'rename', summary: '行政区划更名', when: (row) => row.status !== 'RETIRED' },
      { action: 'retire', summary: '撤并行政区划', when: (row) => row.status !== 'RETIRED' },
    ],
    forms: {
      create: [text('regionId', '区划代码（6、9或12位统计用区划代码）'), text('name', '名称'),
        choice('level', '类别', REGION_LEVELS), { name: 'parentId', label: '上级区划（县级区划不填）', kind: 'region' }],
      rename: [text('name', '新名称')],
      retire: [{ name: 'mergedIntoId', label: '并入的区划（可不填）', kind: 'region' }, reason],
    },
  },
  stations: {
    title: '联络站',
    path: '/api/stations',
    id: 'stationId',
    createLabel: '开设站点',
    actions: [
      { action: 'rename', summary: '站点更名', when: (row) => row.status === 'OPEN' },
      { action: 'move', summary: '站点迁址', when: (row) => row.status === 'OPEN' },
      { action: 'reissue-qr-code', summary: '重新生成家站码', when: (row) => row.status === 'OPEN' },
      { action: 'close', summary: '关闭站点', when: (row) => row.status === 'OPEN' },
      { action: 'reopen', summary: '重新开放站点', when: (row) => row.status === 'CLOSED' },
      { action: 'designate-liaison-point', summary: '设为基层立法联系点',
        when: (row) => row.status === 'OPEN' && !row.liaisonPoint },
      { action: 'revoke-liaison-point', summary: '撤销基层立法联系点', when: (row) => Boolean(row.liaisonPoint) },
    ],
    forms: {
      create: [text('name', '名称'), choice('kind', '类型', STATION_KINDS), choice('setting', '设置地', STATION_SETTINGS),
        choice('level', '层级', REGION_TIERS), { name: 'regionId', label: '所属区划', kind: 'region', required: true },
        text('address', '地址'), { name: 'openedOn', label: '开设日期', kind: 'date', required: true }],
      rename: [text('name', '新名称')],
      move: [{ name: 'regionId', label: '所属区划', kind: 'region', required: true }, text('address', '新地址')],
      'reissue-qr-code': [reason],
      close: [reason],
      reopen: [reason],
      'designate-liaison-point': [reason],
      'revoke-liaison-point': [reason],
    },
  },
  deputies: {
    title: '代表',
    path: '/api/deputies',
    id: 'deputyId',
    createLabel: '登记代表',
    actions: [
      { action: 'transfer', summary: '代表转站', when: serving },
      { action: 'change-professional-group', summary: '调整专业小组', when: serving },
      { action: 'join-mediator-pool', summary: '加入调解员库', when: (row) => serving(row) && !row.mediator },
      { action: 'leave-mediator-pool', summary: '移出调解员库', when: (row) => serving(row) && row.mediator },
      { action: 'reissue-qr-code', summary: '重新生成代表码', when: serving },
      { action: 'end-term', summary: '任期届满', when: serving },
      { action: 'terminate', summary: '终止代表资格', when: serving },
    ],
    forms: {
      create: [text('name', '姓名'), choice('gender', '性别', GENDERS), text('ethnicity', '民族', false),
        choice('level', '代表层级', DEPUTY_LEVELS), text('constituency', '选区'),
        { name: 'stationId', label: '联络站', kind: 'station', required: true },
        choice('professionalGroup', '专业小组', PROFESSIONAL_GROUPS),
        { name: 'termNumber', label: '届次', kind: 'number', min: 1, required: true },
        { name: 'termStartYear', label: '任期起始年', kind: 'number', min: 1949, max: 2999, required: true },
        { name: 'termEndYear', label: '任期截止年', kind: 'number', min: 1949, max: 2999, required: true },
        { name: 'mobilePhone', label: '手机号码（存入个人信息库）', kind: 'text', personal: true }],
      transfer: [{ name: 'stationId', label: '转入的联络站', kind: 'station', required: true }, reason],
      'change-professional-group': [choice('professionalGroup', '专业小组', PROFESSIONAL_GROUPS)],
      'join-mediator-pool': [],
      'leave-mediator-pool': [reason],
      'reissue-qr-code': [reason],
      'end-term': [reason],
      terminate: [choice('cause', '终止原因', TERMINATION_CAUSES), reason],
    },
    /** The register command takes the term as one record. */
    shape: ({ termNumber, termStartYear, termEndYear, ...body }) => ({
      ...body, term: { number: termNumber, startYear: termStartYear, endYear: termEndYear },
    }),
  },
  units: {
    title: '承办单位',
    path: '/api/units',
    id: 'unitId',
    createLabel: '登记承办单位',
    actions: [
      { action: 'rename', summary: '承办单位更名', when: (row) => row.status === 'ACTIVE' },
      { action: 'deactivate', summary: '停用承办单位', when: (row) => row.status === 'ACTIVE' },
      { action: 'reactivate', summary: '重新启用承办单位', when: (row) => row.status === 'INACTIVE' },
    ],
    forms: {
      create: [text('name', '名称'), choice('kind', '类型', UNIT_KINDS),
        { name: 'regionId', label: '所属区划', kind: 'region', required: true }, text('contactOffice', '联系处室')],
      rename: [text('name', '新名称')],
      deactivate: [reason],
      reactivate: [reason],
    },
  },
};

function serving(row) {
  return row.status === 'SERVING';
}

/** The tabs of the page, in order; the import is the last. */
export const TABS = [...Object.keys(KINDS), 'import'];

/** The tab named in the address (`?tab=stations`), or the first. */
export function tabFromAddress(search = globalThis.location?.search ?? '') {
  const tab = new URLSearchParams(search).get('tab');
  return TABS.includes(tab) ? tab : TABS[0];
}

/** The regions of the tree as one list, each with its depth and its parent's name, in tree order. */
export function flattenRegions(tree, depth = 0, parent = null) {
  return tree.flatMap((region) => [
    { ...region, depth, parentName: parent?.name ?? '' },
    ...flattenRegions(region.children ?? [], depth + 1, region),
  ]);
}

/** The rows whose visible text contains the search (any column), the rest left out; all rows for no search. */
export function search(rows, text) {
  const needle = (text ?? '').trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => Object.values(row).some((value) =>
    (typeof value === 'string' || typeof value === 'number') && String(value).toLowerCase().includes(needle)));
}

/** The rows of one kind as the table shows them. */
export async function fetchRows(kind) {
  if (kind === 'regions') return flattenRegions(await getJson('/api/regions'));
  return getJson(KINDS[kind].path);
}

/** The actions a row offers in its state. */
export function actionsOf(kind, row) {
  return KINDS[kind].actions.filter((action) => action.when(row));
}

export const IMPORT_KINDS = [
  { value: 'deputies', label: '代表（可同时开设代表账号）' },
  { value: 'units', label: '承办单位' },
  { value: 'stations', label: '联络站' },
];

/** The tag type of a row's planned action. */
export function actionTagType(action) {
  return { 新建: 'success', 更新: 'warning', 无变化: 'info', 错误: 'danger' }[action] ?? 'info';
}

/** Where each error of a row is: 「第3行 性别」. */
export function errorPlace(error) {
  return `第${error.row}行${error.column ? ` ${error.column}` : ''}`;
}

/**
 * Sends a file to the import: a dry run answers the plan, an import the report; a refused file or a file with row
 * errors throws an ApiError whose `problem.report` (when there is one) holds the rows. `fetchImpl` is for tests.
 */
export async function uploadImport(kind, file, dryRun, { fetchImpl = globalThis.fetch } = {}) {
  const body = new FormData();
  body.append('file', file, file.name);
  let response;
  try {
    response = await fetchImpl(`/api/admin/imports/${kind}?dryRun=${dryRun}`, {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...(await csrfHeaders()) }, body,
    });
  } catch {
    throw new ApiError('无法连接服务器，请检查网络', 0);
  }
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = answer?.errors?.length ? answer.errors.map((e) => e.message).join('；') : answer?.detail;
    throw new ApiError(detail || `服务器暂时无法处理（${response.status}）`, response.status, answer);
  }
  return answer;
}

/**
 * Calls `check` until it says the change is visible, as the lists are read models that follow the commands a
 * moment later; gives up quietly after `tries`.
 */
export async function until(check, { tries = 20, pause = 250, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = {}) {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await sleep(pause);
  }
  return false;
}
