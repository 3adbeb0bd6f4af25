package cn.luzhi.events.common;

/**
 * Why a lifecycle does not allow an action now, in the Chinese a clerk reads.
 *
 * @param field  the command field at fault, or null when the case's state is the reason
 * @param reason the sentence shown to the user
 */
public record Refusal(String field, String reason) {

    public static Refusal because(String reason) {
        return new Refusal(null, reason);
    }

    public static Refusal becauseOf(String field, String reason) {
        return new Refusal(field, reason);
    }
}
