package cn.luzhi.command.access;

import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ownership conditions the route tables use. The caller's own record is its account's link (docs/roles.md):
 * the deputy of a DEPUTY account, the handling unit of a UNIT account. An account without a link owns nothing.
 */
public final class Own {

    private Own() {
    }

    /**
     * The command names the caller in {@code component} (a deputy or unit id, or a list that includes it). Asked
     * without a command, it holds for an account linked to a deputy or unit, which can name itself.
     */
    public static Ownership asSelf(String component) {
        return (caller, command, history) -> {
            Set<String> named = new LinkedHashSet<>();
            String self = linkOf(caller);
            if (command == null) {
                named.add(self);
            } else {
                CaseHistory.collect(CaseHistory.valueOf(command, component), named);
            }
            return self != null && named.contains(self) ? Optional.empty()
                    : Optional.of("只能以本人" + whom(caller) + "的名义办理此事项");
        };
    }

    /**
     * The petition is addressed to the caller (through their QR code) or taken up by them; with
     * {@code orUnclaimed}, also one nobody has taken up yet, which any deputy may take up.
     */
    public static Ownership petitionDeputy(boolean orUnclaimed) {
        return (caller, command, history) -> {
            Set<DeputyId> deputies = petition(history).deputies();
            String self = linkOf(caller);
            return (orUnclaimed && deputies.isEmpty()) || deputies.stream().map(DeputyId::value).anyMatch(
                    id -> id.equals(self))
                    ? Optional.empty() : Optional.of("该诉求不是您受理或经您代表码提交的，无权办理");
        };
    }

    /** The petition's latest forwarding names the caller's unit. */
    public static Ownership petitionForwardedToCaller() {
        return (caller, command, history) -> {
            String self = linkOf(caller);
            return petition(history).unitsForwarded().stream().map(HandlingUnitId::value).anyMatch(
                    id -> id.equals(self))
                    ? Optional.empty() : Optional.of("该诉求未转交本单位办理，无权办理");
        };
    }

    /** The caller leads or co-signed the suggestion, or was invited to co-sign it (and may read it to decide). */
    public static Ownership suggestionDeputy() {
        return (caller, command, history) -> {
            SuggestionState state = suggestion(history);
            return isLinked(caller, state.deputies()) || isLinked(caller, Set.copyOf(state.invited()))
                    ? Optional.empty() : Optional.of("该建议不是您领衔、联名或受邀联名的，无权办理");
        };
    }

    /** The caller leads the suggestion (only the lead deputy submits it and rates the reply). */
    public static Ownership suggestionLeadDeputy() {
        return (caller, command, history) -> {
            DeputyId lead = suggestion(history).leadDeputyId();
            return isLinked(caller, lead == null ? Set.of() : Set.of(lead)) ? Optional.empty()
                    : Optional.of("只有领衔代表可以办理此事项");
        };
    }

    /** The suggestion's assignment names the caller's unit as lead or co-unit. */
    public static Ownership suggestionAssignedToCaller() {
        return (caller, command, history) -> isLinked(caller, suggestion(history).units()) ? Optional.empty()
                : Optional.of("该建议未交办本单位，无权办理");
    }

    /** The caller's unit is the procuratorate the suggestion was passed to (双向衔接转化). */
    public static Ownership suggestionProcuratorate() {
        return (caller, command, history) -> {
            HandlingUnitId procuratorate = suggestion(history).procuratorateId();
            return procuratorate != null && procuratorate.value().equals(linkOf(caller)) ? Optional.empty()
                    : Optional.of("该建议未转至本检察机关，无权记录办理结果");
        };
    }

    /** The caller is one of the case's mediators now (assigned and not released). */
    public static Ownership mediator() {
        return (caller, command, history) -> {
            String self = linkOf(caller);
            return mediation(history).mediators().stream().map(DeputyId::value).anyMatch(id -> id.equals(self))
                    ? Optional.empty() : Optional.of("您不是该调解案件的调解员，无权办理");
        };
    }

    /** The caller's unit is the court that referred the case. */
    public static Ownership referringCourt() {
        return (caller, command, history) -> {
            HandlingUnitId court = mediation(history).courtId();
            return court != null && court.value().equals(linkOf(caller)) ? Optional.empty()
                    : Optional.of("该调解案件不是本院委派的，无权办理");
        };
    }

    /** The caller is one of the deputies who held the reception. */
    public static Ownership receptionDeputy() {
        return (caller, command, history) -> {
            String self = linkOf(caller);
            return ReceptionLifecycle.replay(history.events()).deputies().stream().map(DeputyId::value)
                    .anyMatch(id -> id.equals(self)) ? Optional.empty() : Optional.of("您未参加该次接待，无权办理");
        };
    }

    private static PetitionState petition(CaseHistory history) {
        return PetitionLifecycle.replay(history.events());
    }

    private static MediationCaseState mediation(CaseHistory history) {
        return MediationCaseLifecycle.replay(history.events());
    }

    private static SuggestionState suggestion(CaseHistory history) {
        return SuggestionLifecycle.replay(history.events());
    }

    /** The caller's account is linked to one of {@code records} (deputy or unit ids). */
    private static boolean isLinked(LuzhiUser caller, Set<? extends Record> records) {
        String self = linkOf(caller);
        return self != null && records.stream().map(Object::toString).anyMatch(self::equals);
    }

    static String linkOf(LuzhiUser caller) {
        return caller.role() == ActorRole.DEPUTY ? caller.deputyId()
                : caller.role() == ActorRole.UNIT ? caller.unitId() : null;
    }

    private static String whom(LuzhiUser caller) {
        return caller.role() == ActorRole.UNIT ? "单位" : "";
    }
}
