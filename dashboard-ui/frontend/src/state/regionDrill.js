/**
 * Region drill-down (district > town > village) as an immutable path of {regionId, regionName}; the first entry is
 * the whole district, whose id is left to the server's default. Every function returns a new path.
 */

/** The three levels of 行政区划 the cockpit knows; the path never grows beyond them. */
export const LEVELS = Object.freeze([
  { name: '区（旗、县）', children: '镇街' },
  { name: '镇（苏木、街道）', children: '村社区' },
  { name: '村（嘎查、社区）', children: null },
]);

export function rootPath() {
  return [{ regionId: null, regionName: null }];
}

export function currentRegion(path) {
  return path[path.length - 1];
}

/** The id to query with: null for the whole district, so the server picks its configured one. */
export function currentRegionId(path) {
  return currentRegion(path).regionId;
}

export function canDrillDown(path) {
  return path.length < LEVELS.length;
}

/** What the children of the current region are called, for the breakdown's title, or null at village level. */
export function childLevelName(path) {
  return LEVELS[path.length - 1]?.children ?? null;
}

/** Enters one of the current region's children (an entry of the summary's `regions`). */
export function drillDown(path, region) {
  if (!canDrillDown(path) || !region?.regionId || region.regionId === currentRegionId(path)) {
    return path;
  }
  return [...path, { regionId: region.regionId, regionName: region.regionName ?? null }];
}

/** Goes back up to the breadcrumb entry at `index` (0 is the district). */
export function backTo(path, index) {
  if (!Number.isInteger(index) || index < 0 || index >= path.length - 1) {
    return path;
  }
  return path.slice(0, index + 1);
}

/**
 * Puts the server's name of the current region on the path (the district's name is only known from its summary).
 * A summary for another region, one that arrived after the user moved on, changes nothing.
 */
export function withSummaryName(path, summary) {
  const current = currentRegion(path);
  const matches = current.regionId === null ? path.length === 1 : current.regionId === summary?.regionId;
  if (!matches || !summary?.regionName || summary.regionName === current.regionName) {
    return path;
  }
  return [...path.slice(0, -1), { ...current, regionName: summary.regionName }];
}
