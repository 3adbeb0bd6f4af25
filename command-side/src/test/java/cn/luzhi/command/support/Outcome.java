package cn.luzhi.command.support;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.common.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * What one step of a walk through an aggregate's fixture left, for the walks that hand each step on.
 *
 * @param appended the events the command appended, oldest first
 * @param history  every event of the aggregate so far, the appended ones included
 * @param state    the aggregate's state after the step
 * @param <S>      the lifecycle's state type
 */
public record Outcome<S>(List<Object> appended, List<Object> history, S state) {

    /**
     * Expects the command behind {@code result}, sent after {@code history}, to be refused with {@code expected}'s
     * words and to append nothing, or else, when {@code expected} is empty, to be accepted. A refused command leaves
     * the aggregate in {@code before}: the fixture does not show a rolled-back aggregate.
     */
    public static <A, S> Outcome<S> of(ResultValidator<A> result, Optional<Refusal> expected, List<Object> history,
                                       S before, Function<A, S> stateOf) {
        if (expected.isPresent()) {
            result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                    .expectNoEvents();
            return new Outcome<>(List.of(), history, before);
        }
        List<Object> appended = Appended.by(result);
        List<Object> after = new ArrayList<>(history);
        after.addAll(appended);
        AtomicReference<S> state = new AtomicReference<>();
        result.expectState(aggregate -> state.set(stateOf.apply(aggregate)));
        return new Outcome<>(appended, List.copyOf(after), state.get());
    }
}
