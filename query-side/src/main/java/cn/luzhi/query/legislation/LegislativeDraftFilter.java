package cn.luzhi.query.legislation;

import cn.luzhi.events.legislation.LegislativeDraftStatus;

/**
 * Which drafts a list shows; every criterion is optional.
 *
 * @param status in this state
 * @param year   opened for comment in this year (China time)
 * @param q      words that must all occur in the title or the issuing legislature
 */
public record LegislativeDraftFilter(LegislativeDraftStatus status, Integer year, String q) {
}
