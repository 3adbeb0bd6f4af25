package cn.luzhi.command.account;

import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;
import static cn.luzhi.events.common.ActorRole.ADMIN;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.account.ChangeAccountRole;
import cn.luzhi.events.account.CreateAccount;
import cn.luzhi.events.account.DisableAccount;
import cn.luzhi.events.account.EnableAccount;
import cn.luzhi.events.account.ReleaseAccountLockout;
import cn.luzhi.events.account.ResetAccountPassword;
import java.util.List;
import org.springframework.stereotype.Component;

/** Account administration: administrators only, and every change with a reason. */
@Component
class AccountCommands implements CommandRoutes {

    private static final String ACCOUNTS = "accounts";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(ACCOUNTS, CreateAccount.class, "开设账号（答复中一次性显示初始密码，首次登录须修改）", Access.by(ADMIN)),
                action(ACCOUNTS, "change-role", ChangeAccountRole.class, "变更账号的角色或关联的代表、单位、区划",
                        Access.by(ADMIN)),
                action(ACCOUNTS, "disable", DisableAccount.class, "停用账号（立即结束其在各节点的会话）", Access.by(ADMIN)),
                action(ACCOUNTS, "enable", EnableAccount.class, "重新启用已停用的账号", Access.by(ADMIN)),
                action(ACCOUNTS, "reset-password", ResetAccountPassword.class,
                        "重置密码（答复中一次性显示新的一次性密码，下次登录须修改）", Access.by(ADMIN)),
                action(ACCOUNTS, "release-lockout", ReleaseAccountLockout.class, "解除登录失败造成的账号锁定",
                        Access.by(ADMIN)));
    }
}
