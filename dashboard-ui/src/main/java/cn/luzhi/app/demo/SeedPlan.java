package cn.luzhi.app.demo;

import java.time.Instant;
import java.util.List;

/**
 * The history the first start writes: every step between {@code from} and {@code to}, in time order.
 *
 * @param from  the start of the simulated period (the start of the year, Beijing time)
 * @param to    the latest moment a step may have, a little before the real time the plan was made
 * @param steps the commands, ordered by their time
 */
record SeedPlan(Instant from, Instant to, List<SeedStep> steps) {
}
