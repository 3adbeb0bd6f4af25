package cn.luzhi.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The clock behind every event timestamp while demo data is on: a simulated instant for the thread that writes
 * the demo's past, the real time for every other thread.
 *
 * <p>Axon stamps each event with the static {@link GenericEventMessage#clock} at the moment an aggregate applies
 * it, and the aggregates read the same clock for their rules (a forwarded petition is due 60 days from "now", a
 * mediation session cannot be held in the future). The demo seeder writes a year of history through the ordinary
 * command path, so it needs "now" to be a day in March while it handles a March command. Replacing the clock for
 * the whole JVM would backdate the commands of live users too; this clock therefore keeps the simulated instant
 * in a thread-local, set only around one seeding command by {@link #callAt}. A thread without one (web requests,
 * the live demo, deadlines, event processors) sees the real time of the clock this one replaced. A thread-local
 * is enough because Axon's local command bus handles a command on the thread that sends it.
 *
 * <p>{@link #install()} puts one instance in place at start-up; installing again keeps it. {@link #close()}
 * restores the real clock when the application stops.
 */
public final class DemoClock extends Clock {

    private static final ThreadLocal<Instant> SIMULATED = new ThreadLocal<>();

    private final Clock real;

    private DemoClock(Clock real) {
        this.real = real;
    }

    /** Puts the demo clock in place of Axon's event clock, unless it is there already, and returns it. */
    public static synchronized DemoClock install() {
        if (GenericEventMessage.clock instanceof DemoClock installed) {
            return installed;
        }
        DemoClock clock = new DemoClock(GenericEventMessage.clock);
        GenericEventMessage.clock = clock;
        return clock;
    }

    /** Gives Axon its real clock back when a demo clock is installed. */
    public static void uninstall() {
        if (GenericEventMessage.clock instanceof DemoClock installed) {
            installed.close();
        }
    }

    /** Gives Axon its real clock back if this is the installed clock; called when the application stops. */
    public void close() {
        synchronized (DemoClock.class) {
            if (GenericEventMessage.clock == this) {
                GenericEventMessage.clock = real;
            }
        }
    }

    /**
     * Runs {@code action} with this thread's time standing at {@code at}, for every clock reading it makes,
     * and restores the thread's previous time afterwards.
     */
    public static <T> T callAt(Instant at, Supplier<T> action) {
        Instant previous = SIMULATED.get();
        SIMULATED.set(at);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                SIMULATED.remove();
            } else {
                SIMULATED.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant simulated = SIMULATED.get();
        return simulated != null ? simulated : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone));
    }
}
