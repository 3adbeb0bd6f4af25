package cn.luzhi.command.commandlog;

/**
 * Another request has been handling a command with the same id for longer than the client should wait: its
 * outcome is not known yet, and retrying later with the same id will get it.
 */
public class CommandInProgress extends RuntimeException {

    public CommandInProgress() {
        super("该命令编号的命令仍在处理中，请稍后使用同一编号重试", null, false, false);
    }
}
