package cn.luzhi.command.account;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.account.CreateAccount;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Opens an account: its first event and its login row in one transaction, and the one-time password in the
 * answer. Outside the aggregate only because a creating handler inside it can answer nothing but the new id.
 */
@Component
class AccountCreation {

    private final Repository<Account> accounts;
    private final UserDirectory users;
    private final PasswordEncoder passwords;

    AccountCreation(Repository<Account> accounts, UserDirectory users, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
    }

    @CommandHandler
    OneTimePassword handle(CreateAccount command) throws Exception {
        String username = command.accountId().value();
        if (users.exists(username)) {
            throw CommandRefused.becauseOf("accountId", "登录名「" + username + "」已被使用");
        }
        accounts.newInstance(() -> new Account(command));
        OneTimePassword oneTime = OneTimePassword.generate();
        users.create(username, passwords.encode(oneTime.oneTimePassword()), command.displayName().strip(),
                command.role(), Account.linkId(command.deputyId(), command.unitId(), command.regionId()));
        return oneTime;
    }
}
