package cn.luzhi.events.account;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.Optional;

/**
 * The one rule for what an account is linked to (docs/roles.md): a deputy account to its deputy, a unit account
 * to its handling unit, a supervisor or leader to the region whose subtree they watch; clerks, auditors and
 * administrators work district-wide and have no link. Citizens have no accounts (they use QR links and receipt
 * codes), and the system is nobody's role.
 */
public final class AccountLink {

    private AccountLink() {
    }

    /**
     * Why the role and links cannot go together, as the field to correct and the Chinese message an administrator
     * reads; empty when they fit.
     */
    public static Optional<Refusal> check(ActorRole role, DeputyId deputyId, HandlingUnitId unitId,
                                          RegionId regionId) {
        if (role == null) {
            return Optional.empty();
        }
        if (role == ActorRole.SYSTEM || role == ActorRole.CITIZEN) {
            return refuse("role", "不能为「" + role.label() + "」开设账号");
        }
        boolean deputy = role == ActorRole.DEPUTY;
        boolean unit = role == ActorRole.UNIT;
        boolean region = role == ActorRole.SUPERVISOR || role == ActorRole.LEADER;
        if (deputy != (deputyId != null)) {
            return refuse("deputyId", deputy ? "人大代表账号须关联一名代表" : "只有人大代表账号关联代表");
        }
        if (unit != (unitId != null)) {
            return refuse("unitId", unit ? "承办单位账号须关联一个承办单位" : "只有承办单位账号关联承办单位");
        }
        if (region != (regionId != null)) {
            return refuse("regionId", region ? role.label() + "账号须关联一个行政区划" : "只有督办人员和领导账号关联行政区划");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String field, String message) {
        return Optional.of(Refusal.becauseOf(field, message));
    }
}
