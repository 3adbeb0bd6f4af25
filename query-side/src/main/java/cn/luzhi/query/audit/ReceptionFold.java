package cn.luzhi.query.audit;

import cn.luzhi.events.reception.ReceptionIssueState;
import cn.luzhi.events.reception.ReceptionLifecycle;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.reception.ReceptionState;
import cn.luzhi.query.common.CaseType;
import java.util.List;
import java.util.Objects;

/**
 * A reception's (进家接待) state, event by event. Its events name the station, not a region, so the region field
 * stays empty: supervisors and leaders read receptions through the lists of their region, not through the trail.
 */
final class ReceptionFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField STATION = new StateField("stationId", "代表之家（站）");
    static final StateField RECEIVED_AT = new StateField("receivedAt", "接待时间");
    static final StateField DEPUTIES = new StateField("deputyIds", "接待代表");
    static final StateField CITIZENS = new StateField("citizensReceived", "接待群众（人）");
    static final StateField ISSUES = new StateField("issueCount", "反映问题（个）");
    static final StateField OPEN_ISSUES = new StateField("openIssueCount", "待办问题（个）");
    static final StateField PETITIONS = new StateField("petitionIds", "转为诉求");

    private static final List<StateField> FIELDS = List.of(STATUS, STATION, REGION, RECEIVED_AT, DEPUTIES, CITIZENS,
            ISSUES, OPEN_ISSUES, PETITIONS);

    ReceptionFold() {
        super(CaseType.RECEPTION, ReceptionRecorded.class, FIELDS);
    }

    @Override
    CaseState apply(CaseState state, Object event) {
        ReceptionState after = ReceptionLifecycle.evolve(state.lifecycle(ReceptionState.class, ReceptionState.NONE),
                event);
        if (!after.exists()) {
            return state;
        }
        CaseState shown = state;
        if (event instanceof ReceptionRecorded e) {
            shown = shown.with(RECEIVED_AT, e.receivedAt()).with(CITIZENS, e.citizensReceived());
        }
        return shown.withLifecycle(after).with(STATUS, after.status()).with(STATION, after.stationId())
                .with(DEPUTIES, after.deputies()).with(ISSUES, after.issues().size())
                .with(OPEN_ISSUES, after.openIssues())
                .with(PETITIONS, after.issues().stream().map(ReceptionIssueState::petitionId)
                        .filter(Objects::nonNull).toList());
    }
}
