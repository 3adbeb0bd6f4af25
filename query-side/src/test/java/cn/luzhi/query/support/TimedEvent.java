package cn.luzhi.query.support;

import java.time.Instant;

/** One event of a generated history and when it was recorded. */
public record TimedEvent(Instant at, Object event) {
}
