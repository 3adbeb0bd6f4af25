/**
 * What the pickers show and offer, apart from Element Plus: labels that tell namesakes apart, the choices a command
 * accepts (serving deputies, current regions, open stations), the region tree in the tree select's shape, and the
 * stations of a region and everything below it.
 */

/** 「王建国（区级 · 城关镇代表联络站）」: a name alone does not tell two deputies of the same name apart. */
export function deputyLabel(deputy) {
  const where = [deputy.levelLabel, deputy.stationName].filter(Boolean).join(' · ');
  return where ? `${deputy.name}（${where}）` : deputy.name;
}

/**
 * The deputies a command accepts: those still serving; with `mediators`, only those in the mediator pool. A deputy
 * already chosen stays on the list, so an old choice still shows its name. With `former`, deputies who no longer
 * serve are offered too: a list's filter looks back at cases of every term.
 */
export function deputyChoices(deputies, { mediators = false, keep = [], former = false } = {}) {
  const kept = new Set([keep].flat().filter(Boolean));
  return (deputies ?? []).filter((d) => kept.has(d.deputyId)
    || ((former || (d.status ?? 'SERVING') === 'SERVING') && (!mediators || d.mediator)));
}

/** Whether a deputy matches what was typed: part of the name, the station or the level. */
export function deputyMatches(deputy, query) {
  const typed = String(query ?? '').trim().toLowerCase();
  if (!typed) return true;
  return [deputy.name, deputy.stationName, deputy.levelLabel, deputy.deputyId]
    .some((text) => String(text ?? '').toLowerCase().includes(typed));
}

/** The units in use (a unit taken out of use takes no new case); one already chosen stays. */
export function unitChoices(units, { keep = [] } = {}) {
  const kept = new Set([keep].flat().filter(Boolean));
  return (units ?? []).filter((u) => kept.has(u.unitId) || !u.status || u.status === 'ACTIVE');
}

/**
 * The region tree (GET /api/regions) as el-tree-select's data: every level may be chosen, a retired region is shown
 * but cannot be, unless `retired` (a list's filter, which looks back at cases of regions since retired).
 */
export function regionTree(regions, { retired = false } = {}) {
  return (regions ?? []).map((region) => ({
    value: region.regionId,
    label: region.name,
    disabled: !retired && region.status === 'RETIRED',
    children: regionTree(region.children, { retired }),
  }));
}

/** The regions from the top down to `regionId` (its ancestors and itself), [] when it is not in the tree. */
export function regionPath(regions, regionId) {
  for (const region of regions ?? []) {
    if (region.regionId === regionId) return [region];
    const below = regionPath(region.children, regionId);
    if (below.length) return [region, ...below];
  }
  return [];
}

/** The ids of a region and of every region below it. */
export function regionAndBelow(regions, regionId) {
  const [found] = regionPath(regions, regionId).slice(-1);
  const ids = new Set();
  const walk = (region) => {
    ids.add(region.regionId);
    (region.children ?? []).forEach(walk);
  };
  if (found) walk(found);
  return ids;
}

/** The open stations in `regionId` or below it; every open station when no region is chosen. */
export function stationsIn(stations, regions, regionId) {
  const open = (stations ?? []).filter((s) => !s.status || s.status === 'OPEN');
  if (!regionId) return open;
  const ids = regionAndBelow(regions, regionId);
  return open.filter((s) => ids.has(s.regionId));
}

/** The region a deputy works in: the region of their station, '' without one. */
export function regionOfDeputy(deputy, stations) {
  return (stations ?? []).find((s) => s.stationId === deputy?.stationId)?.regionId ?? '';
}
