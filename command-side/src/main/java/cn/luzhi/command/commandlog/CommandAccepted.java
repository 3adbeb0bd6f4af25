package cn.luzhi.command.commandlog;

/**
 * What the API answers for an accepted command, and what a retry with the same command id gets again.
 *
 * @param commandId   the client's command id (Idempotency-Key), or the one the API generated
 * @param aggregateId the case or record the command acted on
 * @param version     the aggregate's version after the command: send it as If-Match with the next command
 * @param result      what the handler returned for the caller alone (a ballot paper code); never stored,
 *                    so a retried command returns null here; null too for a creating command, whose handler
 *                    returns the id already given in {@code aggregateId}
 * @param replayed    true when this is the stored answer to an earlier identical command
 */
public record CommandAccepted(String commandId, String aggregateId, Long version, Object result, boolean replayed) {

    /** The answer to the command that was just logged under {@code commandId}. */
    public static CommandAccepted of(String commandId, CommandLog.Entry logged, Object handlerResult) {
        Object callerResult = handlerResult != null && handlerResult.toString().equals(logged.aggregateId())
                ? null : handlerResult;
        return new CommandAccepted(commandId, logged.aggregateId(), logged.version(), callerResult, false);
    }

    /** The stored answer to an earlier identical command. */
    public static CommandAccepted replayOf(String commandId, CommandLog.Entry logged) {
        return new CommandAccepted(commandId, logged.aggregateId(), logged.version(), null, true);
    }
}
