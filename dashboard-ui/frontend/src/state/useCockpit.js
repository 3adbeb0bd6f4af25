/** The page's state: what is selected, the summary on screen, the ticker and the connection, kept live by the feed. */

import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue';
import { fetchSummary } from '../api/cockpitApi.js';
import { LiveFeed, STATUS, stompClientFactory, webSocketUrl } from '../live/liveFeed.js';
import { backTo, currentRegionId, drillDown, rootPath, withSummaryName } from './regionDrill.js';
import { chooseYear, choosePeriod, defaultPeriod } from './period.js';
import { SummaryLoader } from './summaryLoader.js';

// Enough to fill the ticker panel on a big screen; older items have scrolled away for good.
export const TICKER_LENGTH = 30;

/**
 * @param createClient the STOMP client factory (a test passes a fake one)
 * @param fetchImpl the fetch function for the summary
 */
export function useCockpit({ createClient = stompClientFactory(webSocketUrl()), fetchImpl = globalThis.fetch } = {}) {
  const path = ref(rootPath());
  const period = ref(defaultPeriod());
  // A past day (yyyy-mm-dd) whose end-of-day figures are shown instead of the live ones, or null.
  const asOf = ref(null);
  const summary = shallowRef(null);
  const loading = ref(false);
  const error = ref(null);
  const updatedAt = ref(null);
  const events = shallowRef([]);
  const connection = ref(STATUS.CONNECTING);
  const now = ref(new Date());

  const selection = computed(() => ({
    regionId: currentRegionId(path.value),
    period: period.value.kind,
    year: period.value.year,
    asOf: asOf.value,
  }));

  let eventKey = 0;
  const feed = new LiveFeed({
    createClient,
    // A past day does not change: the feed's news only moves the ticker then.
    onResync: () => {
      if (!asOf.value) {
        loader.refresh();
      }
    },
    onStatus: (status) => {
      connection.value = status;
    },
    onEvent: (event) => {
      eventKey += 1;
      events.value = [{ ...event, key: eventKey }, ...events.value].slice(0, TICKER_LENGTH);
    },
  });

  const loader = new SummaryLoader((chosen, signal) => fetchSummary(chosen, { signal, fetchImpl }), {
    loading: (value) => {
      loading.value = value;
    },
    loaded: (answer) => {
      summary.value = answer;
      error.value = null;
      updatedAt.value = new Date();
      path.value = withSummaryName(path.value, answer);
      // The ticker tells the news of the region on screen; lines of the previous one would mislead.
      if (feed.followRegion(answer?.regionId ?? null)) {
        events.value = [];
      }
      if (!asOf.value) {
        feed.summaryLoaded(answer?.asOfGlobalIndex);
      }
    },
    failed: (failure) => {
      error.value = failure?.message ?? '数据加载失败';
    },
  });

  // Watched by value: naming the district from its summary rewrites the path but selects nothing new.
  const selectionKey = computed(() => JSON.stringify(selection.value));
  // Figures of the previous region or period must not stand under the new heading while the new ones load.
  watch(
    selectionKey,
    () => {
      summary.value = null;
      error.value = null;
      loader.select(selection.value);
    },
    { immediate: true },
  );

  const reconnectNow = () => feed.reconnectNow();
  let clock = null;
  onMounted(() => {
    feed.start();
    globalThis.addEventListener('online', reconnectNow);
    clock = setInterval(() => {
      now.value = new Date();
    }, 1000);
  });
  onBeforeUnmount(() => {
    clearInterval(clock);
    globalThis.removeEventListener('online', reconnectNow);
    feed.stop();
    loader.stop();
  });

  return {
    path,
    period,
    asOf,
    summary,
    loading,
    error,
    updatedAt,
    events,
    connection,
    now,
    drill: (region) => {
      path.value = drillDown(path.value, region);
    },
    back: (index) => {
      path.value = backTo(path.value, index);
    },
    choosePeriod: (kind) => {
      period.value = choosePeriod(kind);
    },
    chooseYear: (year) => {
      period.value = chooseYear(year, now.value.getFullYear());
    },
    chooseAsOf: (day) => {
      asOf.value = day || null;
    },
    retry: () => loader.refresh(),
  };
}
