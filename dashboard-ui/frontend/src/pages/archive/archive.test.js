import { describe, expect, it } from 'vitest';
import { archiveTarget, fetchArchive, offersQrCode, placeText } from './archive.js';

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
    const asked = [];
    const fetchImpl = async (url) => {
      asked.push(url);
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    await fetchArchive('d 1', 2026, { fetchImpl });
    await fetchArchive('d 1', '', { fetchImpl });
    expect(asked).toEqual(['/api/deputies/d%201/archive?year=2026', '/api/deputies/d%201/archive']);
  });
});
