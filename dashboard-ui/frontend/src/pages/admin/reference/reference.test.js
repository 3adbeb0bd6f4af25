import { describe, expect, it } from 'vitest';
import {
  KINDS, actionsOf, errorPlace, flattenRegions, search, tabFromAddress, until, uploadImport,
} from './reference.js';

describe('reference data administration', () => {
  it('keeps the tab in the address and falls back to the first', () => {
    expect(tabFromAddress('?tab=deputies')).toBe('deputies');
    expect(tabFromAddress('?tab=import')).toBe('import');
    expect(tabFromAddress('?tab=nothing')).toBe('regions');
  });

  it('lists the region tree in order with depth and parent', () => {
    const tree = [{ regionId: '150102', name: '新城区', children: [{ regionId: '150102001', name: '海东路街道', children: [] }] }];
    expect(flattenRegions(tree).map((r) => [r.name, r.depth, r.parentName]))
      .toEqual([['新城区', 0, ''], ['海东路街道', 1, '新城区']]);
  });

  it('searches every text column', () => {
    const rows = [{ name: '王晓梅', stationName: '示范区代表之家' }, { name: '乌云', stationName: '海东路联络站' }];
    expect(search(rows, '联络站')).toEqual([rows[1]]);
    expect(search(rows, ' ')).toEqual(rows);
  });

  it('offers only the actions that fit the record state', () => {
    expect(actionsOf('stations', { status: 'CLOSED' }).map((a) => a.action)).toEqual(['reopen']);
    expect(actionsOf('stations', { status: 'OPEN' }).map((a) => a.action)).toContain('designate-liaison-point')
      .not.toContain('revoke-liaison-point');
    expect(actionsOf('stations', { status: 'CLOSED', liaisonPoint: true }).map((a) => a.action))
      .toEqual(['reopen', 'revoke-liaison-point']);
    expect(actionsOf('deputies', { status: 'SERVING', mediator: true }).map((a) => a.action))
      .toContain('leave-mediator-pool').not.toContain('join-mediator-pool');
    expect(actionsOf('deputies', { status: 'TERMINATED' })).toEqual([]);
  });

  it('asks a reason wherever a command keeps one, and shapes the term as one record', () => {
    for (const kind of Object.values(KINDS)) {
      for (const [action, fields] of Object.entries(kind.forms)) {
        const reason = fields.find((field) => field.name === 'reason');
        if (reason) expect(reason.required, `${kind.title} ${action}`).toBe(true);
      }
    }
    expect(KINDS.deputies.shape({ name: '王', termNumber: 18, termStartYear: 2021, termEndYear: 2026 }))
      .toEqual({ name: '王', term: { number: 18, startYear: 2021, endYear: 2026 } });
  });

  it('names where an error is', () => {
    expect(errorPlace({ row: 3, column: '性别' })).toBe('第3行 性别');
    expect(errorPlace({ row: 4, column: null })).toBe('第4行');
  });

  it('uploads with the CSRF header and throws the problem with its report', async () => {
    const calls = [];
    const fetchImpl = async (path, init) => {
      calls.push([path, init]);
      if (path === '/api/csrf') return new Response(JSON.stringify({ headerName: 'X-CSRF-TOKEN', token: 't' }));
      return new Response(JSON.stringify({ detail: '有错', report: { rows: [] } }), { status: 422 });
    };
    const { forgetCsrf, csrfToken } = await import('../../../api/csrf.js');
    forgetCsrf();
    await csrfToken({ fetchImpl });
    const file = new File(['x'], 'a.xlsx');
    await expect(uploadImport('units', file, false, { fetchImpl })).rejects.toMatchObject({
      status: 422, message: '有错', problem: { report: { rows: [] } },
    });
    expect(calls[1][0]).toBe('/api/admin/imports/units?dryRun=false');
    expect(calls[1][1].headers['X-CSRF-TOKEN']).toBe('t');
  });

  it('reads again until the change shows, and gives up quietly', async () => {
    let reads = 0;
    expect(await until(async () => ++reads === 3, { sleep: async () => {} })).toBe(true);
    expect(await until(async () => false, { tries: 2, sleep: async () => {} })).toBe(false);
  });
});
