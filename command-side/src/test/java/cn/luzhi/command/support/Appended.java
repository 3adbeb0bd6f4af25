package cn.luzhi.command.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/** The events a fixture's command appended, for tests that carry them into their next step. */
public final class Appended {

    private Appended() {
    }

    /** Expects the command to succeed and returns the payloads it appended, oldest first. */
    public static List<Object> by(ResultValidator<?> result) {
        AtomicReference<List<Object>> appended = new AtomicReference<>(List.of());
        result.expectSuccessfulHandlerExecution().expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
            @Override
            public boolean matches(Object events) {
                appended.set(((List<?>) events).stream().map(event -> ((EventMessage<?>) event).getPayload())
                        .map(Object.class::cast).toList());
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        });
        return appended.get();
    }
}
