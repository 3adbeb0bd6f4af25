package cn.luzhi.events.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * One act on an existing case of a type, as its lifecycle's {@code check} names it: the command that performs it,
 * and the verb a refusal uses (「不能受理」).
 */
public interface CaseAction extends Labelled {

    /** The command that performs this action. */
    Class<? extends Record> command();

    /** The action of {@code actions} that {@code commandType} performs; empty for one that acts on no existing case. */
    static <A extends Enum<A> & CaseAction> Optional<A> of(Class<A> actions, Class<?> commandType) {
        return Arrays.stream(actions.getEnumConstants()).filter(action -> action.command() == commandType)
                .findFirst();
    }
}
