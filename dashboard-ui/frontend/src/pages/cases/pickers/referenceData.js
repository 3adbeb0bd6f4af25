/**
 * The reference data the pickers choose from (deputies, units, the region tree, stations), fetched at most once per
 * page however many pickers and forms ask: every picker of a page shares the same answer. A failed fetch is
 * forgotten, so the next form asks again.
 */
import { getJson } from '../../../api/http.js';

const kept = new Map();

function once(path) {
  if (!kept.has(path)) {
    kept.set(path, getJson(path).catch((error) => {
      kept.delete(path);
      throw error;
    }));
  }
  return kept.get(path);
}

export const loadDeputies = () => once('/api/deputies');
export const loadUnits = () => once('/api/units');
export const loadRegions = () => once('/api/regions');
export const loadStations = () => once('/api/stations');

/** Forgets what was fetched (tests). */
export function forgetReferenceData() {
  kept.clear();
}
