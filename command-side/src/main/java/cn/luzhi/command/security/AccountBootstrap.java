package cn.luzhi.command.security;

import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.account.CreateAccount;
import cn.luzhi.events.common.ActorRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts the system needs before anyone can log in: with demo data on, one demo account per role, named
 * after the role in lower case ({@code leader}, {@code auditor}, ...); with demo data off, those accounts are
 * disabled. The demo deputy, unit, supervisor and leader are linked to the records of {@link AccountProperties}
 * (docs/roles.md). {@code LUZHI_ADMIN_PASSWORD} creates the first administrator on an installation that has none.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

    private static final String FIRST_ADMIN = "admin";
    private static final String FIRST_ADMIN_NAME = "系统管理员";

    private final UserDirectory users;
    private final PasswordEncoder passwords;
    private final AccountProperties properties;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    AccountBootstrap(UserDirectory users, PasswordEncoder passwords, AccountProperties properties,
                     CommandGateway commands, TransactionTemplate transaction) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.commands = commands;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoEnabled()) {
            String hash = passwords.encode(properties.demoPassword());
            for (ActorRole role : ActorRole.values()) {
                if (role != ActorRole.SYSTEM) {
                    users.save(role.name().toLowerCase(), hash, "演示" + role.label(), role, true, demoLink(role));
                }
            }
            LOG.info("Demo accounts ready: one per role, named after the role in lower case; deputy {}, unit {}, "
                    + "region {}", properties.demoDeputyId(), properties.demoUnitId(), properties.demoRegionId());
        } else {
            int disabled = users.disableDemoAccounts();
            if (disabled > 0) {
                LOG.info("Demo data is off: disabled {} demo accounts", disabled);
            }
        }
        if (properties.adminPassword() != null && !properties.adminPassword().isBlank()
                && !users.anyEnabledWithRole(ActorRole.ADMIN)) {
            createFirstAdministrator();
        }
    }

    /**
     * The first administrator is opened like every administered account, so the account trail starts with it; its
     * password is the configured one, not a one-time password. A name already taken (a demo account from before
     * demo data was switched off) is taken over as before, outside the trail.
     */
    private void createFirstAdministrator() {
        String hash = passwords.encode(properties.adminPassword());
        if (users.exists(FIRST_ADMIN)) {
            users.save(FIRST_ADMIN, hash, FIRST_ADMIN_NAME, ActorRole.ADMIN, false, null);
        } else {
            transaction.executeWithoutResult(status -> {
                commands.sendAndWait(new CreateAccount(AccountId.of(FIRST_ADMIN), FIRST_ADMIN_NAME, ActorRole.ADMIN,
                        null, null, null, "安装时创建首位管理员（LUZHI_ADMIN_PASSWORD）"));
                users.setPassword(FIRST_ADMIN, hash, false);
            });
        }
        LOG.info("Created the first administrator account '{}'", FIRST_ADMIN);
    }

    /** What each demo account is linked to; tests with their own reference data set these links. */
    private String demoLink(ActorRole role) {
        return switch (role) {
            case DEPUTY -> properties.demoDeputyId();
            case UNIT -> properties.demoUnitId();
            case SUPERVISOR, LEADER -> properties.demoRegionId();
            default -> null;
        };
    }
}
