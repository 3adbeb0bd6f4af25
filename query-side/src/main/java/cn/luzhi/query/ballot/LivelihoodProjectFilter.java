package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.ProjectStatus;

/**
 * Which livelihood projects a list shows; every criterion is optional.
 *
 * @param status   in this state
 * @param ballotId approved by this ballot
 * @param regionId of this region or any region below it
 * @param year     a project of this year
 * @param q        words that must all occur in the title or the latest progress note
 *                 ({@link cn.luzhi.query.common.TextSearch})
 */
public record LivelihoodProjectFilter(ProjectStatus status, String ballotId, String regionId, Integer year,
                                      String q) {
}
