package cn.luzhi.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.account.AccountCreated;
import cn.luzhi.events.account.AccountDisabled;
import cn.luzhi.events.account.AccountEnabled;
import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.account.AccountLink;
import cn.luzhi.events.account.AccountLockoutReleased;
import cn.luzhi.events.account.AccountPasswordChanged;
import cn.luzhi.events.account.AccountPasswordReset;
import cn.luzhi.events.account.AccountRoleChanged;
import cn.luzhi.events.account.AccountStatus;
import cn.luzhi.events.account.ChangeAccountRole;
import cn.luzhi.events.account.ChangeOwnPassword;
import cn.luzhi.events.account.CreateAccount;
import cn.luzhi.events.account.DisableAccount;
import cn.luzhi.events.account.EnableAccount;
import cn.luzhi.events.account.ReleaseAccountLockout;
import cn.luzhi.events.account.ResetAccountPassword;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A staff account (账号) and its trail: every change an administrator or the holder makes is an event with who,
 * when and why, in the same audit log, history and hash chain as the cases. The login table ({@code app_user},
 * {@link UserDirectory}) follows in the same transaction, written by these handlers; it alone holds the
 * password hash, which no event carries.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Account {

    @AggregateIdentifier
    private AccountId accountId;
    private ActorRole role;
    private DeputyId deputyId;
    private HandlingUnitId unitId;
    private RegionId regionId;
    private AccountStatus status;

    protected Account() {
        // For Axon, which rebuilds the account from its events.
    }

    /** Opened by {@link AccountCreation}, which also issues the one-time password. */
    Account(CreateAccount command) {
        CommandRefused.throwIf(AccountLink.check(command.role(), command.deputyId(), command.unitId(),
                command.regionId()));
        apply(new AccountCreated(command.accountId(), command.displayName().strip(), command.role(),
                command.deputyId(), command.unitId(), command.regionId()));
    }

    /** A role change takes effect at the next login, so the account's sessions end now. */
    @CommandHandler
    public void handle(ChangeAccountRole command, UserDirectory users,
                       @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId) {
        refuseOwn(actorId, "不能更改自己账号的角色");
        CommandRefused.throwIf(AccountLink.check(command.role(), command.deputyId(), command.unitId(),
                command.regionId()));
        if (command.role() == role && Objects.equals(command.deputyId(), deputyId)
                && Objects.equals(command.unitId(), unitId) && Objects.equals(command.regionId(), regionId)) {
            throw CommandRefused.becauseOf("role", "角色和关联均与现在相同，无需变更");
        }
        apply(new AccountRoleChanged(accountId, role, command.role(), command.deputyId(), command.unitId(),
                command.regionId()));
        users.setRole(accountId.value(), command.role(), linkId(command.deputyId(), command.unitId(),
                command.regionId()));
        users.endSessions(accountId.value());
    }

    @CommandHandler
    public void handle(DisableAccount command, UserDirectory users,
                       @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId) {
        refuseOwn(actorId, "不能停用自己的账号");
        requireStatus("停用", AccountStatus.ENABLED);
        apply(new AccountDisabled(accountId, command.reason()));
        users.setEnabled(accountId.value(), false);
        users.endSessions(accountId.value());
    }

    @CommandHandler
    public void handle(EnableAccount command, UserDirectory users) {
        requireStatus("启用", AccountStatus.DISABLED);
        apply(new AccountEnabled(accountId, command.reason()));
        users.setEnabled(accountId.value(), true);
    }

    /**
     * Answers the one-time password, once: it is neither logged nor stored (a retried command gets no password
     * back). Whoever held the old one is logged out everywhere.
     */
    @CommandHandler
    public OneTimePassword handle(ResetAccountPassword command, UserDirectory users, PasswordEncoder passwords) {
        requireStatus("重置密码", AccountStatus.ENABLED);
        apply(new AccountPasswordReset(accountId, true));
        OneTimePassword oneTime = OneTimePassword.generate();
        users.setPassword(accountId.value(), passwords.encode(oneTime.oneTimePassword()), true);
        users.endSessions(accountId.value());
        return oneTime;
    }

    @CommandHandler
    public void handle(ReleaseAccountLockout command, UserDirectory users) {
        if (!users.releaseLockout(accountId.value())) {
            throw CommandRefused.because("账号「" + accountId + "」当前未被锁定，无需解除");
        }
        apply(new AccountLockoutReleased(accountId));
    }

    /** The new hash is written by {@link OwnPasswordController} in this command's transaction. */
    @CommandHandler
    public void handle(ChangeOwnPassword command) {
        requireStatus("修改密码", AccountStatus.ENABLED);
        apply(new AccountPasswordChanged(accountId));
    }

    private void refuseOwn(String actorId, String refusal) {
        if (accountId.value().equals(actorId)) {
            throw CommandRefused.because(refusal + "，请由另一位管理员办理");
        }
    }

    private void requireStatus(String action, AccountStatus required) {
        if (status != required) {
            throw CommandRefused.because("账号「" + accountId + "」当前状态为「" + status.label() + "」，不能" + action);
        }
    }

    static String linkId(DeputyId deputyId, HandlingUnitId unitId, RegionId regionId) {
        return deputyId != null ? deputyId.value() : unitId != null ? unitId.value()
                : regionId != null ? regionId.value() : null;
    }

    @EventSourcingHandler
    void on(AccountCreated event) {
        accountId = event.accountId();
        role = event.role();
        deputyId = event.deputyId();
        unitId = event.unitId();
        regionId = event.regionId();
        status = AccountStatus.ENABLED;
    }

    @EventSourcingHandler
    void on(AccountRoleChanged event) {
        role = event.role();
        deputyId = event.deputyId();
        unitId = event.unitId();
        regionId = event.regionId();
    }

    @EventSourcingHandler
    void on(AccountDisabled event) {
        status = AccountStatus.DISABLED;
    }

    @EventSourcingHandler
    void on(AccountEnabled event) {
        status = AccountStatus.ENABLED;
    }
}
