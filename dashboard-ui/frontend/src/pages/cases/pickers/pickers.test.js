import { describe, expect, it } from 'vitest';
import {
  deputyChoices, deputyLabel, deputyMatches, regionOfDeputy, regionPath, regionTree, stationsIn, unitChoices,
} from './pickers.js';

const TREE = [{
  regionId: '150102', name: '新城区', status: 'ACTIVE', children: [
    { regionId: '150102001', name: '城关镇', status: 'ACTIVE', children: [
      { regionId: '150102001001', name: '东风社区', status: 'ACTIVE', children: [] },
    ] },
    { regionId: '150102002', name: '旧镇', status: 'RETIRED', children: [] },
  ],
}];

const DEPUTIES = [
  { deputyId: 'd-1', name: '王建国', levelLabel: '区级', stationName: '城关镇联络站', status: 'SERVING', mediator: true },
  { deputyId: 'd-2', name: '王建国', levelLabel: '市级', stationName: '东风代表之家', status: 'SERVING', mediator: false },
  { deputyId: 'd-3', name: '李明', levelLabel: '区级', stationName: null, status: 'TERMINATED', mediator: true },
];

describe('deputy picker', () => {
  it('tells namesakes apart by level and station', () => {
    expect(deputyLabel(DEPUTIES[0])).toBe('王建国（区级 · 城关镇联络站）');
    expect(deputyLabel(DEPUTIES[1])).toBe('王建国（市级 · 东风代表之家）');
    expect(deputyLabel({ name: '赵六' })).toBe('赵六');
  });

  it('offers serving deputies only, the mediator pool when asked, and keeps an earlier choice', () => {
    expect(deputyChoices(DEPUTIES).map((d) => d.deputyId)).toEqual(['d-1', 'd-2']);
    expect(deputyChoices(DEPUTIES, { mediators: true }).map((d) => d.deputyId)).toEqual(['d-1']);
    expect(deputyChoices(DEPUTIES, { keep: ['d-3'] }).map((d) => d.deputyId)).toEqual(['d-1', 'd-2', 'd-3']);
  });

  it('offers former deputies too to a filter that looks back', () => {
    expect(deputyChoices(DEPUTIES, { former: true }).map((d) => d.deputyId)).toEqual(['d-1', 'd-2', 'd-3']);
    expect(deputyChoices(DEPUTIES, { former: true, mediators: true }).map((d) => d.deputyId)).toEqual(['d-1', 'd-3']);
  });

  it('finds a deputy by part of the name or the station', () => {
    expect(DEPUTIES.filter((d) => deputyMatches(d, '建国')).map((d) => d.deputyId)).toEqual(['d-1', 'd-2']);
    expect(DEPUTIES.filter((d) => deputyMatches(d, '东风')).map((d) => d.deputyId)).toEqual(['d-2']);
    expect(DEPUTIES.filter((d) => deputyMatches(d, ' ')).length).toBe(3);
  });
});

describe('unit picker', () => {
  it('offers units in use, and one chosen before', () => {
    const units = [{ unitId: 'u-1', status: 'ACTIVE' }, { unitId: 'u-2', status: 'INACTIVE' }];
    expect(unitChoices(units).map((u) => u.unitId)).toEqual(['u-1']);
    expect(unitChoices(units, { keep: 'u-2' }).map((u) => u.unitId)).toEqual(['u-1', 'u-2']);
  });
});

describe('region and station pickers', () => {
  it('gives the tree select every level, a retired region disabled', () => {
    const tree = regionTree(TREE);
    expect(tree[0]).toMatchObject({ value: '150102', label: '新城区', disabled: false });
    expect(tree[0].children.map((r) => [r.label, r.disabled])).toEqual([['城关镇', false], ['旧镇', true]]);
    expect(tree[0].children[0].children[0].value).toBe('150102001001');
  });

  it('lets a filter choose a retired region', () => {
    expect(regionTree(TREE, { retired: true })[0].children.map((r) => [r.label, r.disabled]))
      .toEqual([['城关镇', false], ['旧镇', false]]);
  });

  it('finds the way down to a region', () => {
    expect(regionPath(TREE, '150102001001').map((r) => r.name)).toEqual(['新城区', '城关镇', '东风社区']);
    expect(regionPath(TREE, 'nowhere')).toEqual([]);
  });

  it('offers the open stations of a region and below it', () => {
    const stations = [
      { stationId: 's-1', regionId: '150102001', status: 'OPEN' },
      { stationId: 's-2', regionId: '150102001001', status: 'OPEN' },
      { stationId: 's-3', regionId: '150102002', status: 'OPEN' },
      { stationId: 's-4', regionId: '150102001', status: 'CLOSED' },
    ];
    expect(stationsIn(stations, TREE, '150102001').map((s) => s.stationId)).toEqual(['s-1', 's-2']);
    expect(stationsIn(stations, TREE, '150102001001').map((s) => s.stationId)).toEqual(['s-2']);
    expect(stationsIn(stations, TREE, '').map((s) => s.stationId)).toEqual(['s-1', 's-2', 's-3']);
    expect(regionOfDeputy({ stationId: 's-3' }, stations)).toBe('150102002');
    expect(regionOfDeputy({ stationId: null }, stations)).toBe('');
  });
});
