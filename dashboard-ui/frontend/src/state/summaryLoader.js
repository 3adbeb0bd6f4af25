/**
 * Keeps at most one summary request in flight: a new selection aborts the request for the old one (its late answer
 * must not overwrite the screen), a refresh while a request runs is done once more when it ends (the running one
 * may predate the change), and a failed request is retried after a pause unless the server refused the user.
 */

// Long enough not to hammer a struggling server, short enough that a big screen recovers unattended.
export const RETRY_AFTER_MS = 15000;

export class SummaryLoader {
  /**
   * @param load (selection, signal) => Promise of the summary
   * @param listener {loading(boolean), loaded(summary, selection), failed(error, selection)}
   */
  constructor(load, listener, { retryAfterMs = RETRY_AFTER_MS } = {}) {
    this.load = load;
    this.listener = listener;
    this.retryAfterMs = retryAfterMs;
    this.selection = null;
    this.inFlight = null;
    this.again = false;
    this.retryTimer = null;
  }

  select(selection) {
    this.selection = selection;
    this.inFlight?.abort();
    this.inFlight = null;
    this.again = false;
    this.run();
  }

  refresh() {
    if (this.selection === null) {
      return;
    }
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.run();
  }

  stop() {
    this.inFlight?.abort();
    this.inFlight = null;
    this.selection = null;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  async run() {
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const controller = new AbortController();
    const selection = this.selection;
    this.inFlight = controller;
    this.again = false;
    this.listener.loading(true);
    try {
      const summary = await this.load(selection, controller.signal);
      if (this.inFlight === controller) {
        this.listener.loaded(summary, selection);
      }
    } catch (error) {
      if (this.inFlight === controller && error?.name !== 'AbortError') {
        this.listener.failed(error, selection);
        if (!isRefusal(error)) {
          this.retryTimer = setTimeout(() => this.refresh(), this.retryAfterMs);
        }
      }
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = null;
        this.listener.loading(false);
        if (this.again) {
          this.run();
        }
      }
    }
  }
}

// 4xx means the request itself is refused (login, rights, unknown region); a timeout or a rate limit is worth a retry.
function isRefusal(error) {
  return error?.status >= 400 && error?.status < 500 && error.status !== 408 && error.status !== 429;
}
