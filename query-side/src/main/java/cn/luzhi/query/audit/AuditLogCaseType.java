package cn.luzhi.query.audit;

import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.common.Labelled;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.personaldata.PersonalDataViewed;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.common.CaseType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an event in the audit log is about: one of the case types, a reference record, a person's data or a staff
 * account. Every
 * event names the record it belongs to in its first component (its aggregate's typed id), which says the kind.
 * The case types keep the names and labels of {@link CaseType}.
 */
public enum AuditLogCaseType implements Labelled {
    PETITION(PetitionId.class, CaseType.PETITION.label()),
    SUGGESTION(SuggestionId.class, CaseType.SUGGESTION.label()),
    MEDIATION(MediationCaseId.class, CaseType.MEDIATION.label()),
    BALLOT(BallotId.class, CaseType.BALLOT.label()),
    PROJECT(LivelihoodProjectId.class, CaseType.PROJECT.label()),
    LEGISLATION(cn.luzhi.events.legislation.LegislativeDraftId.class, CaseType.LEGISLATION.label()),
    REGION(RegionId.class, "行政区划"),
    STATION(StationId.class, "代表之家（站）"),
    DEPUTY(DeputyId.class, "人大代表"),
    UNIT(HandlingUnitId.class, "承办单位"),
    PERSONAL_DATA(PersonRef.class, "个人信息"),
    ACCOUNT(AccountId.class, "账号"),
    RECEPTION(ReceptionId.class, CaseType.RECEPTION.label()),
    DUTY_ACTIVITY(DutyActivityId.class, CaseType.DUTY_ACTIVITY.label());

    private final Class<?> idType;
    private final String label;

    AuditLogCaseType(Class<?> idType, String label) {
        this.idType = idType;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The kind of record events of {@code eventType} belong to, when it is one the log knows. A full view of
     * people's data is not an aggregate's event: it is filed under personal data, with the case it was seen on.
     */
    public static Optional<AuditLogCaseType> of(Class<?> eventType) {
        if (eventType == PersonalDataViewed.class) {
            return Optional.of(PERSONAL_DATA);
        }
        return firstComponent(eventType).flatMap(component -> Arrays.stream(values())
                .filter(type -> type.idType == component.getType())
                .findFirst());
    }

    /** The id of the record {@code payload} belongs to: the value of its first component. */
    static Optional<String> caseId(Object payload) {
        if (payload instanceof PersonalDataViewed viewed) {
            return Optional.ofNullable(viewed.caseId());
        }
        return firstComponent(payload.getClass()).map(component -> {
            try {
                Object id = component.getAccessor().invoke(payload);
                return id == null ? null : id.toString();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the id of " + payload.getClass().getName(), e);
            }
        });
    }

    private static Optional<RecordComponent> firstComponent(Class<?> eventType) {
        RecordComponent[] components = eventType.getRecordComponents();
        return components == null || components.length == 0 ? Optional.empty() : Optional.of(components[0]);
    }
}
