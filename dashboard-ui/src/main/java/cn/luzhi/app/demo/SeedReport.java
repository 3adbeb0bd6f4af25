package cn.luzhi.app.demo;

import java.time.Duration;
import java.time.Instant;

/**
 * What the start-up did about demo data.
 *
 * @param seeded  whether this start wrote the history (false: the event store already held events)
 * @param from    the start of the simulated period, or null when nothing was seeded
 * @param to      the latest simulated moment, or null when nothing was seeded
 * @param planned the commands of the plan
 * @param sent    the commands the command side accepted
 * @param refused the commands an aggregate refused; the plan follows legal paths, so any is a defect
 * @param failed  the commands that failed otherwise (invalid for the API, a broken connection, ...)
 * @param skipped the steps that no longer applied (a project whose candidate the tally did not approve)
 * @param events  the events in the store afterwards
 * @param took    how long writing the history took
 */
record SeedReport(boolean seeded, Instant from, Instant to, int planned, int sent, int refused, int failed,
                  int skipped, long events, Duration took) {

    static SeedReport notSeeded(long events) {
        return new SeedReport(false, null, null, 0, 0, 0, 0, 0, events, Duration.ZERO);
    }
}
