package cn.luzhi.command.intake;

import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed-window request counters per client address and route class in PostgreSQL ({@code public_rate_limit}), so
 * that every node counts against the same limit. One upsert counts a request and returns the count; the
 * database's clock places the window, so nodes whose clocks differ still agree.
 */
@Repository
class PublicRateLimits {

    /** Windows older than this are deleted; longer than any sensible window. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;

    PublicRateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one request; when it is over the limit, returns the seconds until the window ends (at least 1).
     * Expired windows are purged whenever a new window row starts, which keeps the table small without a
     * scheduler.
     */
    OptionalLong hit(String clientAddress, String routeClass, IntakeProperties.Limit limit) {
        long seconds = limit.window().toSeconds();
        Hit hit = jdbc.sql("""
                        INSERT INTO public_rate_limit AS counter (client_address, route_class, window_start, hits)
                        VALUES (:client, :routeClass,
                                to_timestamp(floor(extract(epoch FROM now()) / :seconds) * :seconds), 1)
                        ON CONFLICT (client_address, route_class, window_start)
                        DO UPDATE SET hits = counter.hits + 1
                        RETURNING hits,
                                  ceil(extract(epoch FROM counter.window_start + make_interval(secs => :seconds) - now()))
                        """)
                .param("client", clientAddress)
                .param("routeClass", routeClass)
                .param("seconds", seconds)
                .query((rs, row) -> new Hit(rs.getInt(1), rs.getLong(2)))
                .single();
        if (hit.count() == 1) {
            jdbc.sql("DELETE FROM public_rate_limit WHERE window_start < now() - make_interval(secs => :kept)")
                    .param("kept", KEPT.toSeconds())
                    .update();
        }
        return hit.count() > limit.requests() ? OptionalLong.of(Math.max(1, hit.secondsLeft())) : OptionalLong.empty();
    }

    private record Hit(int count, long secondsLeft) {
    }
}
