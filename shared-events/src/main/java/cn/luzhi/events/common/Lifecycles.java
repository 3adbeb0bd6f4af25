package cn.luzhi.events.common;

import java.util.function.BiFunction;

/** What every case type's lifecycle does the same way. */
public final class Lifecycles {

    private Lifecycles() {
    }

    /** The state {@code evolve} leaves after all of {@code events}, oldest first, starting from {@code initial}. */
    public static <S> S replay(S initial, BiFunction<S, Object, S> evolve, Iterable<?> events) {
        S state = initial;
        for (Object event : events) {
            state = evolve.apply(state, event);
        }
        return state;
    }
}
