import { describe, expect, it } from 'vitest';
import {
  backTo,
  canDrillDown,
  childLevelName,
  currentRegion,
  currentRegionId,
  drillDown,
  rootPath,
  withSummaryName,
} from './regionDrill.js';

const town = { regionId: '150102001', regionName: '某某镇', petitionsReceived: 80 };
const village = { regionId: '150102001001', regionName: '某某村', petitionsReceived: 7 };
const districtSummary = { regionId: '150102', regionName: '示范区' };

describe('region drill-down', () => {
  it('starts at the whole district and leaves its id to the server', () => {
    const path = rootPath();
    expect(path).toHaveLength(1);
    expect(currentRegionId(path)).toBeNull();
    expect(childLevelName(path)).toBe('镇街');
  });

  it('takes the district name from its summary', () => {
    const path = withSummaryName(rootPath(), districtSummary);
    expect(currentRegion(path)).toEqual({ regionId: null, regionName: '示范区' });
  });

  it('drills from the district into a town and from the town into a village', () => {
    const inTown = drillDown(rootPath(), town);
    expect(currentRegionId(inTown)).toBe('150102001');
    expect(childLevelName(inTown)).toBe('村社区');

    const inVillage = drillDown(inTown, village);
    expect(inVillage.map((entry) => entry.regionName)).toEqual([null, '某某镇', '某某村']);
    expect(currentRegionId(inVillage)).toBe('150102001001');
  });

  it('goes no deeper than the village level', () => {
    const inVillage = drillDown(drillDown(rootPath(), town), village);
    expect(canDrillDown(inVillage)).toBe(false);
    expect(childLevelName(inVillage)).toBeNull();
    expect(drillDown(inVillage, { regionId: '150102001001001', regionName: '某某组' })).toBe(inVillage);
  });

  it('does not drill into a region without an id or into the region already shown', () => {
    const inTown = drillDown(rootPath(), town);
    expect(drillDown(inTown, { regionName: '无编码' })).toBe(inTown);
    expect(drillDown(inTown, town)).toBe(inTown);
  });

  it('goes back up through the breadcrumb and keeps the names it learnt', () => {
    const named = withSummaryName(rootPath(), districtSummary);
    const inVillage = drillDown(drillDown(named, town), village);

    const backInTown = backTo(inVillage, 1);
    expect(currentRegionId(backInTown)).toBe('150102001');
    expect(backInTown).toHaveLength(2);

    const backHome = backTo(inVillage, 0);
    expect(backHome).toEqual([{ regionId: null, regionName: '示范区' }]);
  });

  it('ignores a breadcrumb index that is the current region or out of range', () => {
    const inTown = drillDown(rootPath(), town);
    expect(backTo(inTown, 1)).toBe(inTown);
    expect(backTo(inTown, 5)).toBe(inTown);
    expect(backTo(inTown, -1)).toBe(inTown);
  });

  it('renames only the region the summary is about', () => {
    const inTown = drillDown(rootPath(), { regionId: '150102001' });
    expect(currentRegion(withSummaryName(inTown, districtSummary)).regionName).toBeNull();

    const named = withSummaryName(inTown, { regionId: '150102001', regionName: '某某镇' });
    expect(currentRegion(named).regionName).toBe('某某镇');
    expect(withSummaryName(named, { regionId: '150102001', regionName: '某某镇' })).toBe(named);
  });

  it('never changes the path it was given', () => {
    const path = rootPath();
    const copy = structuredClone(path);
    drillDown(path, town);
    withSummaryName(path, districtSummary);
    expect(path).toEqual(copy);
  });
});
