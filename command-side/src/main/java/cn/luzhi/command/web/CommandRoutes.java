package cn.luzhi.command.web;

import java.util.List;

/** The REST routes of one aggregate's commands; each aggregate's package has one such Spring bean. */
public interface CommandRoutes {

    List<CommandRoute> routes();
}
