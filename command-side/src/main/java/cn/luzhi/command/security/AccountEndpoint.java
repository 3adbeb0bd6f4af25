package cn.luzhi.command.security;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/account}: who is logged in, so that a page can show each role what it may use instead of
 * requests it would be refused (the 二维码 page shows a deputy their own code, which needs the deputy's id).
 * It tells the account nothing it could not learn by trying; the server still decides every request.
 */
@RestController
class AccountEndpoint {

    /**
     * The logged-in account.
     *
     * @param deputyId the deputy a DEPUTY account is linked to, otherwise null
     * @param unitId   the handling unit a UNIT account is linked to (and replies for), otherwise null
     * @param registers the collections ({@code suggestions}) whose creating route the account's role may send for
     *                  anyone, as a clerk registers a suggestion handed in on paper on a deputy's behalf: read from
     *                  the route table's {@code Access}, so a page offers what the command API would accept
     */
    record Account(String username, String displayName, String role, String roleLabel, String deputyId,
                   String unitId, List<String> registers) {
    }

    private final List<CommandRoute> creating;

    AccountEndpoint(List<CommandRoutes> routeTables) {
        this.creating = routeTables.stream().flatMap(table -> table.routes().stream())
                .filter(CommandRoute::creates).toList();
    }

    /** Reached only with a login, and every login is a {@link LuzhiUser} (the one authentication provider). */
    @GetMapping("/api/account")
    Account account(@AuthenticationPrincipal LuzhiUser user) {
        return new Account(user.username(), user.displayName(), user.role().name(), user.role().label(),
                user.deputyId(), user.unitId(), creating.stream()
                .filter(route -> route.access().anyCase().contains(user.role()))
                .map(CommandRoute::collection).distinct().sorted().toList());
    }
}
