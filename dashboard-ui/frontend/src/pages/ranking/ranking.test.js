import { describe, expect, it } from 'vitest';
import { archiveHref, fetchRanking, freshFilter, recentYears } from './ranking.js';

describe('履职排名', () => {
  it('starts on this year with every level, station and group', () => {
    expect(freshFilter(new Date(2026, 5, 1))).toEqual({ year: 2026, level: '', stationId: '', professionalGroup: '' });
    expect(recentYears(new Date(2026, 5, 1), 3)).toEqual([2026, 2025, 2024]);
  });

  it('sends only the filters that are set, with the page', async () => {
    const asked = [];
    const fetchImpl = async (url) => {
      asked.push(url);
      return new Response('{"items":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    await fetchRanking({ year: 2026, level: 'COUNTY', stationId: '', professionalGroup: '' }, 1, 20, { fetchImpl });
    expect(asked).toEqual(['/api/deputy-ranking?year=2026&level=COUNTY&page=1&size=20']);
    expect(archiveHref('d 1')).toBe('archive.html?deputyId=d%201');
  });
});
