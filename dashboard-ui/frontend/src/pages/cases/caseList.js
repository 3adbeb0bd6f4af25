/**
 * The state of one case list page, for any case type: the filter, page, size and order, kept in the address
 * (`inAddress`, from listStateInAddress) so a reload or a shared link shows the same list, and the answer of the
 * type's list API (`fetchPage(listState)`). Only the latest request's answer is shown, and none after a failure. The
 * table shows the order the address asks for, or else the list API's own (`inAddress.defaultSort`).
 */
import { reactive } from 'vue';
import { useLoad } from '../../shell/useLoad.js';
import { exportUrl, sortParam, tableSort } from './cases.js';

export function caseList(inAddress, fetchPage) {
  const initial = inAddress.fromSearch(window.location.search);
  const filter = reactive({ ...initial.filter });
  const state = reactive({ page: initial.page, size: initial.size, sort: initial.sort });
  const defaultSort = tableSort(initial.sort || inAddress.defaultSort);
  const { data: result, loading, error, load: read } = useLoad(fetchPage);

  function load() {
    const listState = { filter: { ...filter }, page: state.page, size: state.size, sort: state.sort };
    window.history.replaceState(null, '', `${window.location.pathname}${inAddress.toSearch(listState)}`);
    return read(listState);
  }

  function search() {
    state.page = 1;
    load();
  }

  function reset() {
    for (const key of Object.keys(filter)) filter[key] = '';
    search();
  }

  function onSort(event) {
    state.sort = sortParam(event);
    state.page = 1;
    load();
  }

  function onPage(page) {
    state.page = page;
    load();
  }

  function onSize(size) {
    state.size = size;
    state.page = 1;
    load();
  }

  /** The list's export at `path` for the filter as the form shows it and the order as the table shows it. */
  function exportAddress(path) {
    return exportUrl(path, { filter: { ...filter }, sort: state.sort });
  }

  return {
    filter, state, defaultSort, result, loading, error, load, search, reset, onSort, onPage, onSize, exportAddress,
  };
}
