package cn.luzhi.query.livefeed;

import cn.luzhi.query.common.CaseType;
import java.time.Instant;
import java.util.List;

/** The messages of the live feed: the cockpit's three, as docs/cockpit-contract.md defines them, and 待办's notice. */
final class LiveMessages {

    static final String COCKPIT = "/topic/cockpit";
    static final String EVENTS = "/topic/events";
    /** Followed by a region id: the ticker lines of that region and every region below it. */
    static final String REGION_EVENTS = "/topic/events/";
    static final String CASES = "/topic/cases/";
    /** Everyone with waiting work (待办): re-fetch {@code GET /api/todo}. */
    static final String TODO = "/topic/todo";
    /** Administrators: a projection rebuild's progress, as {@code GET /api/admin/rebuilds/{id}} shows it. */
    static final String REBUILDS = "/topic/admin/rebuilds";

    private LiveMessages() {
    }

    /** On {@code /topic/cockpit}: re-fetch the summary, whose {@code changed} sections moved. */
    record CockpitChanged(long globalIndex, List<String> changed) {
    }

    /** On {@code /topic/events} and {@code /topic/events/{regionId}}: one line of the ticker, without personal data. */
    record Ticker(long globalIndex, Instant time, String regionName, CaseType caseType, String caseTypeLabel,
                  String action, String actorName) {
    }

    /**
     * On {@code /topic/todo}: cases changed, re-fetch the waiting work. It names no case, so that any account may
     * hear it whatever its scope, and carries no global index, so that its notifications are all alike: PostgreSQL
     * delivers identical notifications of one transaction once, which makes it one notice per projection batch.
     */
    record TodoChanged(String refetch) {

        static final TodoChanged NOTICE = new TodoChanged("/api/todo");
    }

    /** On {@code /topic/cases/{id}}: the case changed, re-fetch it. */
    record CaseUpdated(long globalIndex, String caseId) {
    }
}
