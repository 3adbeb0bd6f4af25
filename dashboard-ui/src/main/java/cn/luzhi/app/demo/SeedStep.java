package cn.luzhi.app.demo;

import cn.luzhi.events.common.ActorRole;
import java.time.Instant;

/**
 * One command of the seeded history: when it happened, on which case, by whom, and how to build it.
 *
 * @param at      the simulated time the command is handled at
 * @param lane    what the step belongs to, a case or the reference data; its steps have strictly increasing times
 * @param actor   the demo account that sends it
 * @param command builds the command when it is due; most are fixed, a vote needs the paper code a check-in returned
 */
record SeedStep(Instant at, String lane, ActorRole actor, Builder command) {

    /** Builds a step's command when it is due; null means the step no longer applies and is skipped. */
    @FunctionalInterface
    interface Builder {

        Object build(SeedContext context);
    }
}
