package cn.luzhi.command.web;

import cn.luzhi.command.access.Access;

/**
 * One command the REST API accepts. A creating route is {@code POST /api/{collection}}; an action route is
 * {@code POST /api/{collection}/{id}/{action}}. The JSON body holds the command's fields except the
 * target id (taken from the path) and {@code expectedVersion} (also accepted as an {@code If-Match} header).
 *
 * @param collection  plural resource name, e.g. {@code petitions}
 * @param action      the act in the path, e.g. {@code accept}; null for the creating route
 * @param commandType the command record the body is read into
 * @param summary     what the route does, in Chinese, for the OpenAPI description
 * @param access      which roles may send it, on which cases (docs/roles.md lists the same)
 */
public record CommandRoute(String collection, String action, Class<?> commandType, String summary, Access access) {

    public static CommandRoute create(String collection, Class<?> commandType, String summary, Access access) {
        return new CommandRoute(collection, null, commandType, summary, access);
    }

    public static CommandRoute action(String collection, String action, Class<?> commandType, String summary,
                                      Access access) {
        return new CommandRoute(collection, action, commandType, summary, access);
    }

    public boolean creates() {
        return action == null;
    }

    public String path() {
        return creates() ? "/api/" + collection : "/api/" + collection + "/{id}/" + action;
    }
}
