package cn.luzhi.command.commandlog;

/**
 * A command whose id the command log already holds: it ran on another request, which committed while this one
 * waited its turn. The caller answers with the logged result (or refuses a different command under that id).
 */
public class CommandAlreadyAccepted extends RuntimeException {

    public CommandAlreadyAccepted() {
        super("The command id is in the command log already", null, false, false);
    }
}
