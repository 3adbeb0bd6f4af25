import { describe, expect, it } from 'vitest';
import {
  archiveTarget, attendanceText, fetchAnnualReport, fetchArchive, offersQrCode, placeText, reportYears,
} from './archive.js';

/** A fetch that answers `{}` and keeps the addresses asked for. */
function recordingFetch() {
  const asked = [];
  const fetchImpl = async (url) => {
    asked.push(url);
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { asked, fetchImpl };
}

describe('履职档案', () => {
  it('shows the asked deputy, else the account\'s own', () => {
    expect(archiveTarget('?deputyId=d-2', { deputyId: 'd-1' })).toBe('d-2');
    expect(archiveTarget('', { deputyId: 'd-1' })).toBe('d-1');
    expect(archiveTarget('', { role: 'CLERK' })).toBe('');
  });

  it('says the rank among the deputies of the level', () => {
    expect(placeText({ levelLabel: '县（区）人大代表', levelRank: 2, levelSize: 5 }))
      .toBe('在县（区）人大代表中排第 2 名（共 5 名）');
    expect(placeText(null)).toBe('');
  });

  it('offers the QR code to its deputy, clerks and administrators only', () => {
    expect(offersQrCode({ role: 'DEPUTY', deputyId: 'd-1' }, 'd-1')).toBe(true);
    expect(offersQrCode({ role: 'DEPUTY', deputyId: 'd-1' }, 'd-2')).toBe(false);
    expect(offersQrCode({ role: 'CLERK' }, 'd-2')).toBe(true);
    expect(offersQrCode({ role: 'LEADER' }, 'd-2')).toBe(false);
  });

  it('asks for one year or, without one, the whole record', async () => {
    const { asked, fetchImpl } = recordingFetch();
    await fetchArchive('d 1', 2026, { fetchImpl });
    await fetchArchive('d 1', '', { fetchImpl });
    expect(asked).toEqual(['/api/deputies/d%201/archive?year=2026', '/api/deputies/d%201/archive']);
  });

  it('asks for the annual report of a year', async () => {
    const { asked, fetchImpl } = recordingFetch();
    await fetchAnnualReport('d 1', 2025, { fetchImpl });
    expect(asked).toEqual(['/api/deputies/d%201/annual-report?year=2025']);
  });

  it('offers the years with acts and the current one, latest first', () => {
    expect(reportYears([2025, 2026], 2026)).toEqual([2026, 2025]);
    expect(reportYears([], 2026)).toEqual([2026]);
  });

  it('says the attendance with the rate as the server rounded it', () => {
    expect(attendanceText({ expected: 3, present: 2, onLeave: 1, absent: 0, rate: 66.7 }))
      .toBe('应参加 3 人次，出席 2 次，请假 1 次，缺席 0 次，出勤率 66.7%');
    expect(attendanceText({ expected: 0, present: 0, onLeave: 0, absent: 0, rate: null }))
      .toBe('本年度没有应参加的已结束活动');
  });
});
