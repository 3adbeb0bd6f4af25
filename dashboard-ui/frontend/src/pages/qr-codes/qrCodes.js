/**
 * The 二维码 page's logic, apart from the components so it can be tested: who sees what, the addresses of the
 * images, downloads and print sheets, the stations with their deputies, and reissuing a code.
 */
import { getJson, postJson, queryString } from '../../api/http.js';
import { csrfHeaders } from '../../api/csrf.js';

/** Roles that print every code and reissue them (docs/roles.md). */
export const PRINT_ROLES = ['CLERK', 'ADMIN'];

/** The two kinds of code, as the API's collections name them and as the page names them. */
export const KINDS = {
  station: { collection: 'stations', label: '家站码' },
  deputy: { collection: 'deputies', label: '代表码' },
};

/** Pixels per module of the previews: small enough for a list, large enough to scan from the screen. */
export const PREVIEW_SIZE = 4;
/** Pixels per module of the deputy's own code, shown large to be scanned from their screen. */
export const OWN_PREVIEW_SIZE = 8;

/** The command's limit on a reason (ReissueStationQrCode, ReissueDeputyQrCode). */
export const REASON_MAX = 2000;

export const REISSUE_WARNING = '重新生成后，旧二维码立即失效，已张贴或印制的旧码须全部更换。';

/**
 * What the page shows the logged-in account: every station's and deputy's code ('print'), the deputy's own code
 * ('own'), a deputy account linked to no deputy ('unlinked'), or only why there is nothing to show ('none').
 */
export function viewFor(account) {
  if (PRINT_ROLES.includes(account?.role)) {
    return 'print';
  }
  if (account?.role === 'DEPUTY') {
    return account.deputyId ? 'own' : 'unlinked';
  }
  return 'none';
}

/** Why an account that may not print codes sees none, in the words of its role. */
export function noAccessText(account) {
  const role = account?.roleLabel ? `当前账号（${account.roleLabel}）` : '当前账号';
  return `${role}无权查看或打印二维码。家站码和代表码由工作人员、管理员打印；人大代表可在此查看本人的代表码。`;
}

export function fetchAccount(options) {
  return getJson('/api/account', {}, options);
}

export function fetchStations(options) {
  return getJson('/api/stations', {}, options);
}

export function fetchDeputies(options) {
  return getJson('/api/deputies', {}, options);
}

function codePath(kind, id) {
  return `/api/${KINDS[kind].collection}/${encodeURIComponent(id)}`;
}

/**
 * The image of a code, PNG or SVG. `version` changes after a reissue so that the browser fetches the new code
 * instead of showing the image it already has; the server ignores it.
 */
export function imageUrl(kind, id, format, { size, version } = {}) {
  return `${codePath(kind, id)}/qr.${format}${queryString({ size, v: version || undefined })}`;
}

/** The printable A4 sheet of a station: its own code and each serving deputy's. */
export function sheetUrl(stationId) {
  return `${codePath('station', stationId)}/qr-sheet`;
}

/** A file name for a downloaded code, e.g. '代表码-乌云.png', without characters file systems refuse. */
export function downloadName(kind, name, format) {
  const safe = String(name ?? '').replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim().slice(0, 80);
  return `${KINDS[kind].label}-${safe || '未命名'}.${format}`;
}

/**
 * The stations in the server's order (by region), each with its deputies (by name); deputies whose station is not
 * in the list (not yet projected, or none) come apart, so that no deputy's code is missing from the page.
 */
export function stationsWithDeputies(stations, deputies) {
  const byStation = new Map((stations ?? []).map((station) => [station.stationId, []]));
  const unplaced = [];
  for (const deputy of deputies ?? []) {
    (byStation.get(deputy.stationId) ?? unplaced).push(deputy);
  }
  return {
    stations: (stations ?? []).map((station) => ({ ...station, deputies: byStation.get(station.stationId) })),
    unplaced,
  };
}

/** The stations whose name, region or address contains the text, or whose deputies' names do. */
export function filterStations(stations, text) {
  const wanted = String(text ?? '').trim();
  if (!wanted) {
    return stations;
  }
  const has = (value) => typeof value === 'string' && value.includes(wanted);
  return stations.filter((station) => has(station.name) || has(station.regionName) || has(station.address)
    || station.deputies.some((deputy) => has(deputy.name)));
}

/** Whether the record still takes a new code: the aggregate refuses a closed station or a deputy not serving. */
export function reissuable(kind, record) {
  return kind === 'station' ? record.status === 'OPEN' : record.status === 'SERVING';
}

/** What is wrong with a reason for reissuing, or ''. The audit trail keeps it, so the page asks for one. */
export function reasonProblem(reason) {
  const text = String(reason ?? '').trim();
  if (!text) {
    return '请填写重新生成的原因，例如“原码被涂改”';
  }
  if (text.length > REASON_MAX) {
    return `原因不能超过${REASON_MAX}字`;
  }
  return '';
}

/** Replaces the code of a station or deputy; the old one stops working at once. */
export async function reissue(kind, id, reason, options = {}) {
  return postJson(`${codePath(kind, id)}/reissue-qr-code`, { reason: String(reason).trim() },
    { ...options, headers: await csrfHeaders(options) });
}

/** What the page says once a code was reissued. */
export function reissuedText(kind, name) {
  return `已重新生成「${name}」的${KINDS[kind].label}，旧码已失效，请重新打印并更换已张贴的旧码。`;
}
