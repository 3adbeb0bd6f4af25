package cn.luzhi.query.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Waits for the application's streaming processors, as a test must before it reads a read model. */
public final class Projections {

    private Projections() {
    }

    /** Until every segment of every streaming processor has processed the event at {@code globalIndex}. */
    public static void awaitProcessed(EventProcessingConfiguration processing, long globalIndex) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                processing.eventProcessors().values().stream().allMatch(processor ->
                        processed(((StreamingEventProcessor) processor).processingStatus().values(), globalIndex)));
    }

    /** Claimed segments must cover the whole stream (their shares add up to 1), each past the event. */
    private static boolean processed(Collection<EventTrackerStatus> segments, long globalIndex) {
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered >= 1.0 && segments.stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= globalIndex);
    }
}
