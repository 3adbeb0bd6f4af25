package cn.luzhi.command.account;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.command.web.InvalidCommand;
import cn.luzhi.events.common.ActorRole;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/accounts}: the accounts for the administration page (administrators only, see
 * SecurityConfiguration), with whether each is locked; never a password hash.
 */
@RestController
class AccountAdminController {

    private static final int MAX_SEARCH = 100;

    private final UserDirectory users;

    AccountAdminController(UserDirectory users) {
        this.users = users;
    }

    /**
     * One account as the page shows it; {@code lockedUntil} is null when its name is not locked, {@code version}
     * (send it as {@code If-Match}) when the account has no trail to act on (a demo account).
     */
    record AccountRow(String username, String displayName, String role, String roleLabel, boolean enabled,
                      boolean demo, String deputyId, String unitId, String regionId, boolean mustChangePassword,
                      java.time.Instant createdAt, java.time.Instant lockedUntil, Long version) {
    }

    @GetMapping("/api/admin/accounts")
    List<AccountRow> accounts(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String role,
                              @RequestParam(required = false) String linkId) {
        return users.list(searchable("q", q), roleOf(blankToNull(role)), searchable("linkId", linkId)).stream()
                .map(account -> new AccountRow(account.username(), account.displayName(), account.role().name(),
                        account.role().label(), account.enabled(), account.demo(), account.deputyId(),
                        account.unitId(), account.regionId(), account.mustChangePassword(), account.createdAt(),
                        account.lockedUntil(), account.version()))
                .toList();
    }

    private static ActorRole roleOf(String role) {
        if (role == null) {
            return null;
        }
        try {
            return ActorRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommand("role", "未知角色「" + role + "」");
        }
    }

    /** Text PostgreSQL can compare: no control characters (a NUL would fail the query), and of a name's length. */
    private static String searchable(String field, String text) {
        String value = blankToNull(text);
        if (value != null && (value.length() > MAX_SEARCH || value.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidCommand(field, "查询内容须为" + MAX_SEARCH + "字以内、不含控制字符的文字");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
