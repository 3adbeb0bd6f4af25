import { describe, expect, it } from 'vitest';
import {
  dueText, fetchCase, fetchDueSoon, formatDateTime, formatDays, formatDuration, formatShare, groupRows,
  insufficientUnits, traceLink, unitNames,
} from './supervision.js';

const rows = [
  { caseId: 'p-1', unitId: 'u-b', unitName: '区城管局', deputyId: 'd-1', deputyName: '王磊', daysOverdue: 2 },
  { caseId: 'p-2', unitId: 'u-c', unitName: '区教育局', deputyId: 'd-2', deputyName: '赵敏', daysOverdue: 1 },
  { caseId: 'm-1', unitId: 'u-b', unitName: '区城管局', deputyId: null, deputyName: null, daysOverdue: 0 },
];

describe('groupRows', () => {
  it('groups by unit, biggest group first, keeping the order of the list', () => {
    const groups = groupRows(rows, 'unit');
    expect(groups.map((group) => [group.name, group.rows.map((row) => row.caseId)])).toEqual([
      ['区城管局', ['p-1', 'm-1']],
      ['区教育局', ['p-2']],
    ]);
  });

  it('groups by deputy in pinyin order and names the rows without one', () => {
    const groups = groupRows(rows, 'deputy');
    expect(groups.map((group) => group.name)).toEqual(['王磊', '未指定代表', '赵敏']);
  });

  it('makes no groups of no rows', () => {
    expect(groupRows(undefined, 'unit')).toEqual([]);
  });
});

describe('formatDuration', () => {
  it('prints days and hours of a long step', () => {
    expect(formatDuration(27360)).toBe('19天');
    expect(formatDuration(1500)).toBe('1天1小时');
  });

  it('prints minutes of a short one only', () => {
    expect(formatDuration(45)).toBe('45分钟');
    expect(formatDuration(125)).toBe('2小时5分钟');
    expect(formatDuration(0)).toBe('不足1分钟');
  });

  it('marks a missing duration', () => {
    expect(formatDuration(null)).toBe('—');
  });
});

describe('dueText', () => {
  it('says how long a row is overdue or how long is left', () => {
    expect(dueText({ daysOverdue: 2, daysLeft: null })).toBe('逾期2天');
    expect(dueText({ daysOverdue: 0, daysLeft: null })).toBe('今日逾期');
    expect(dueText({ daysOverdue: null, daysLeft: 3 })).toBe('剩余3天');
    expect(dueText({ daysOverdue: null, daysLeft: 0 })).toBe('今日到期');
  });
});

describe('formats', () => {
  it('prints times in Beijing time', () => {
    expect(formatDateTime('2026-11-20T02:00:00Z')).toBe('2026-11-20 10:00');
    expect(formatDateTime('2026-11-20T17:30:00Z')).toBe('2026-11-21 01:30');
    expect(formatDateTime(null)).toBe('—');
  });

  it('prints shares and medians with one decimal', () => {
    expect(formatShare(25)).toBe('25.0%');
    expect(formatShare(null)).toBe('—');
    expect(formatDays(3.5)).toBe('3.5天');
  });

  it('names the units of a deadline change', () => {
    expect(unitNames([{ unitId: 'u-a', unitName: '区住建局' }, { unitId: 'u-x', unitName: null }]))
      .toBe('区住建局、u-x');
    expect(unitNames([])).toBe('—');
  });

  it('links a case to its trace page', () => {
    expect(traceLink('p 1')).toBe('trace.html?case=p%201');
  });
});

describe('insufficientUnits', () => {
  it('lists each unit below the minimum once with both samples', () => {
    const ranking = {
      byMedianReplyTime: { ranked: [], insufficient: [{ unitId: 'u-b', unitName: '区城管局', sample: 4 }] },
      byOverdueShare: {
        ranked: [],
        insufficient: [
          { unitId: 'u-c', unitName: '区教育局', sample: 2 },
          { unitId: 'u-b', unitName: '区城管局', sample: 3 },
        ],
      },
    };
    expect(insufficientUnits(ranking)).toEqual([
      { unitId: 'u-b', unitName: '区城管局', replies: 4, cases: 3 },
      { unitId: 'u-c', unitName: '区教育局', replies: null, cases: 2 },
    ]);
  });
});

describe('API calls', () => {
  it('asks for seven days ahead with the filters given', async () => {
    const asked = [];
    const fetchImpl = async (url) => {
      asked.push(url);
      return new Response('{"rows":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    await fetchDueSoon({ regionId: ' 150102 ', caseType: '' }, { fetchImpl });
    await fetchCase('p/1', { fetchImpl });
    expect(asked).toEqual(['/api/supervision/due-soon?regionId=150102&days=7', '/api/supervision/cases/p%2F1']);
  });
});
