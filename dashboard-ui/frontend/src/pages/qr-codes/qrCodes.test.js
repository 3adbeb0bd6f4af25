import { afterEach, describe, expect, it } from 'vitest';
import { forgetCsrf } from '../../api/csrf.js';
import {
  downloadName, filterStations, imageUrl, noAccessText, reasonProblem, reissuable, reissue, reissuedText, sheetUrl,
  stationsWithDeputies, viewFor,
} from './qrCodes.js';

afterEach(forgetCsrf);

describe('viewFor', () => {
  it('lets clerks and administrators print every code', () => {
    expect(viewFor({ role: 'CLERK' })).toBe('print');
    expect(viewFor({ role: 'ADMIN' })).toBe('print');
  });

  it('shows a linked deputy their own code only', () => {
    expect(viewFor({ role: 'DEPUTY', deputyId: 'd-1' })).toBe('own');
    expect(viewFor({ role: 'DEPUTY', deputyId: null })).toBe('unlinked');
  });

  it('shows other roles no code', () => {
    for (const role of ['LEADER', 'SUPERVISOR', 'AUDITOR', 'UNIT', 'CITIZEN']) {
      expect(viewFor({ role })).toBe('none');
    }
    expect(viewFor(null)).toBe('none');
  });

  it('says in Chinese why there is nothing to show', () => {
    expect(noAccessText({ role: 'LEADER', roleLabel: '领导' })).toMatch(/^当前账号（领导）无权查看或打印二维码。/);
  });
});

describe('addresses', () => {
  it('asks for a code as PNG or SVG, with a size and a version only when given', () => {
    expect(imageUrl('station', 's-1', 'png')).toBe('/api/stations/s-1/qr.png');
    expect(imageUrl('deputy', 'd-1', 'svg')).toBe('/api/deputies/d-1/qr.svg');
    expect(imageUrl('deputy', 'd-1', 'png', { size: 4, version: 0 })).toBe('/api/deputies/d-1/qr.png?size=4');
    expect(imageUrl('deputy', 'd-1', 'png', { size: 4, version: 2 })).toBe('/api/deputies/d-1/qr.png?size=4&v=2');
  });

  it('escapes ids in the path', () => {
    expect(imageUrl('station', 's/1?x', 'png')).toBe('/api/stations/s%2F1%3Fx/qr.png');
    expect(sheetUrl('s 1')).toBe('/api/stations/s%201/qr-sheet');
  });

  it('names a download after the code and its owner, without characters a file system refuses', () => {
    expect(downloadName('deputy', '乌云', 'png')).toBe('代表码-乌云.png');
    expect(downloadName('station', '<a href="x">/站</a>', 'svg')).toBe('家站码-_a href=_x___站__a_.svg');
    expect(downloadName('station', '  ', 'png')).toBe('家站码-未命名.png');
  });
});

describe('stationsWithDeputies', () => {
  const stations = [
    { stationId: 's-2', name: '城关镇人大代表之家', regionName: '城关镇', address: '人民路1号' },
    { stationId: 's-1', name: '东河镇联络站', regionName: '东河镇', address: '河东街2号' },
  ];
  const deputies = [
    { deputyId: 'd-1', name: '王建国', stationId: 's-1' },
    { deputyId: 'd-2', name: '乌云', stationId: 's-2' },
    { deputyId: 'd-3', name: '赵敏', stationId: 's-9' },
    { deputyId: 'd-4', name: '李强', stationId: 's-2' },
  ];

  it('keeps the stations in order, each with its deputies, and the rest apart', () => {
    const grouped = stationsWithDeputies(stations, deputies);
    expect(grouped.stations.map((station) => [station.stationId, station.deputies.map((d) => d.deputyId)]))
      .toEqual([['s-2', ['d-2', 'd-4']], ['s-1', ['d-1']]]);
    expect(grouped.unplaced.map((deputy) => deputy.deputyId)).toEqual(['d-3']);
  });

  it('filters by station, region, address or deputy name', () => {
    const grouped = stationsWithDeputies(stations, deputies).stations;
    expect(filterStations(grouped, '').length).toBe(2);
    expect(filterStations(grouped, ' 东河 ').map((s) => s.stationId)).toEqual(['s-1']);
    expect(filterStations(grouped, '人民路').map((s) => s.stationId)).toEqual(['s-2']);
    expect(filterStations(grouped, '王建国').map((s) => s.stationId)).toEqual(['s-1']);
    expect(filterStations(grouped, '不存在')).toEqual([]);
  });

  it('makes nothing of nothing', () => {
    expect(stationsWithDeputies(undefined, undefined)).toEqual({ stations: [], unplaced: [] });
  });
});

describe('reissuing', () => {
  it('offers it only where the aggregate takes a new code', () => {
    expect(reissuable('station', { status: 'OPEN' })).toBe(true);
    expect(reissuable('station', { status: 'CLOSED' })).toBe(false);
    expect(reissuable('deputy', { status: 'SERVING' })).toBe(true);
    expect(reissuable('deputy', { status: 'TERM_ENDED' })).toBe(false);
  });

  it('asks for a reason of at most 2000 characters', () => {
    expect(reasonProblem('  ')).toMatch(/^请填写重新生成的原因/);
    expect(reasonProblem('x'.repeat(2001))).toBe('原因不能超过2000字');
    expect(reasonProblem('原码被涂改')).toBe('');
  });

  it('posts the reason with the CSRF token', async () => {
    const sent = [];
    const fetchImpl = async (url, init) => {
      sent.push({ url, method: init.method, headers: init.headers, body: init.body });
      const body = url === '/api/csrf' ? { headerName: 'X-CSRF-TOKEN', token: 't-1' }
        : { aggregateId: 'd-1', version: 3 };
      return new Response(JSON.stringify(body), { status: 200 });
    };
    await expect(reissue('deputy', 'd-1', ' 名片被冒用 ', { fetchImpl })).resolves.toEqual({ aggregateId: 'd-1', version: 3 });
    expect(sent[1]).toMatchObject({ url: '/api/deputies/d-1/reissue-qr-code', method: 'POST',
      body: JSON.stringify({ reason: '名片被冒用' }) });
    expect(sent[1].headers['X-CSRF-TOKEN']).toBe('t-1');
  });

  it('hands on the problem detail the server wrote in Chinese', async () => {
    const fetchImpl = async (url) => (url === '/api/csrf'
      ? new Response(JSON.stringify({ headerName: 'H', token: 't' }), { status: 200 })
      : new Response(JSON.stringify({ status: 409, detail: '站点已关闭，不能重新生成家站码' }), { status: 409 }));
    await expect(reissue('station', 's-1', '原码被涂改', { fetchImpl })).rejects.toThrow('站点已关闭，不能重新生成家站码');
  });

  it('says what to do after a reissue', () => {
    expect(reissuedText('station', '城关镇人大代表之家'))
      .toBe('已重新生成「城关镇人大代表之家」的家站码，旧码已失效，请重新打印并更换已张贴的旧码。');
  });
});
