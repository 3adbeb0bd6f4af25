package cn.luzhi.query.ballot;

import cn.luzhi.events.ballot.BallotLevel;
import cn.luzhi.events.ballot.BallotStatus;

/**
 * Which ballots a list shows; every criterion is optional.
 *
 * @param status   in this state
 * @param level    held by the congress or by a town
 * @param regionId of this region or any region below it
 * @param year     on the projects of this year
 * @param q        words that must all occur in the title or the shortlist's reason
 *                 ({@link cn.luzhi.query.common.TextSearch})
 */
public record BallotFilter(BallotStatus status, BallotLevel level, String regionId, Integer year, String q) {
}
