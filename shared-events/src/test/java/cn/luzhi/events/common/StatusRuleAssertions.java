package cn.luzhi.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

/** The check every lifecycle's {@code statusesAllowing} must agree with. */
public final class StatusRuleAssertions {

    private StatusRuleAssertions() {
    }

    /**
     * Outside the statuses that allow an action it is refused; inside them only a rule beyond the status may
     * refuse it (whose reason never names the current status).
     */
    public static void assertAgreesWithCheck(String what, boolean allowedByStatus, Optional<Refusal> refusal) {
        if (allowedByStatus) {
            assertThat(refusal.map(Refusal::reason).filter(reason -> reason.contains("当前状态"))).as(what).isEmpty();
        } else {
            assertThat(refusal).as(what).isPresent();
        }
    }
}
