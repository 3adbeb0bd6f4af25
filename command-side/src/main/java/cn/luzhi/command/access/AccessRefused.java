package cn.luzhi.command.access;

/** The caller's role or scope does not allow the command: answered 403, and nothing is dispatched. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message, null, false, false);
    }
}
