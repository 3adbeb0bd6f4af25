package cn.luzhi.command.account;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.account.AccountCreated;
import cn.luzhi.events.account.AccountDisabled;
import cn.luzhi.events.account.AccountEnabled;
import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.account.AccountLockoutReleased;
import cn.luzhi.events.account.AccountPasswordReset;
import cn.luzhi.events.account.AccountRoleChanged;
import cn.luzhi.events.account.ChangeAccountRole;
import cn.luzhi.events.account.DisableAccount;
import cn.luzhi.events.account.EnableAccount;
import cn.luzhi.events.account.ReleaseAccountLockout;
import cn.luzhi.events.account.ResetAccountPassword;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountTest {

    private static final AccountId ID = AccountId.of("wangfang");
    private static final HandlingUnitId UNIT = HandlingUnitId.of("u-city");
    private static final Map<String, Object> BY_ADMIN = Map.of(MetadataKeys.ACTOR_ID, "admin");

    private final UserDirectory users = mock(UserDirectory.class);
    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(users);
        fixture.registerInjectableResource((PasswordEncoder) new BCryptPasswordEncoder(4));
    }

    private static AccountCreated created() {
        return new AccountCreated(ID, "王芳", ActorRole.UNIT, null, UNIT, null);
    }

    @Test
    void shouldDisableEndingTheSessionsAndEnableAgain() {
        fixture.given(created())
                .when(new DisableAccount(ID, "调离", null), BY_ADMIN)
                .expectEvents(new AccountDisabled(ID, "调离"));
        verify(users).setEnabled("wangfang", false);
        verify(users).endSessions("wangfang");
        fixture.given(created(), new AccountDisabled(ID, "调离"))
                .when(new EnableAccount(ID, "返岗", null), BY_ADMIN)
                .expectEvents(new AccountEnabled(ID, "返岗"));
    }

    @Test
    void shouldRefuseToDisableTwiceOrOnesOwnAccount() {
        fixture.given(created(), new AccountDisabled(ID, "调离"))
                .when(new DisableAccount(ID, "再次", null), BY_ADMIN)
                .expectException(CommandRefused.class)
                .expectExceptionMessage("账号「wangfang」当前状态为「已停用」，不能停用");
        fixture.given(created())
                .when(new DisableAccount(ID, "自己", null), Map.of(MetadataKeys.ACTOR_ID, "wangfang"))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("不能停用自己的账号，请由另一位管理员办理");
    }

    @Test
    void shouldChangeRoleAndLinkOnlyWhenTheyFit() {
        RegionId district = RegionId.of("150102");
        fixture.given(created())
                .when(new ChangeAccountRole(ID, ActorRole.SUPERVISOR, null, null, district, "调任", null), BY_ADMIN)
                .expectEvents(new AccountRoleChanged(ID, ActorRole.UNIT, ActorRole.SUPERVISOR, null, null, district));
        fixture.given(created())
                .when(new ChangeAccountRole(ID, ActorRole.SUPERVISOR, null, UNIT, null, "调任", null), BY_ADMIN)
                .expectException(CommandRefused.class)
                .expectExceptionMessage("只有承办单位账号关联承办单位");
        fixture.given(created())
                .when(new ChangeAccountRole(ID, ActorRole.UNIT, null, UNIT, null, "无变化", null), BY_ADMIN)
                .expectException(CommandRefused.class)
                .expectExceptionMessage("角色和关联均与现在相同，无需变更");
    }

    @Test
    void shouldResetToAOneTimePasswordTheEventDoesNotCarry() {
        fixture.given(created())
                .when(new ResetAccountPassword(ID, "遗忘", null), BY_ADMIN)
                .expectEvents(new AccountPasswordReset(ID, true))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(OneTimePassword.class));
        verify(users).setPassword(eq("wangfang"), anyString(), eq(true));
        verify(users).endSessions("wangfang");
    }

    @Test
    void shouldReleaseOnlyARunningLockout() {
        when(users.releaseLockout("wangfang")).thenReturn(true);
        fixture.given(created())
                .when(new ReleaseAccountLockout(ID, "来电", null), BY_ADMIN)
                .expectEvents(new AccountLockoutReleased(ID));
        when(users.releaseLockout("wangfang")).thenReturn(false);
        fixture.given(created())
                .when(new ReleaseAccountLockout(ID, "来电", null), BY_ADMIN)
                .expectNoEvents()
                .expectExceptionMessage("账号「wangfang」当前未被锁定，无需解除");
    }
}
