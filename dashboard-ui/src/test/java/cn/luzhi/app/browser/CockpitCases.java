package cn.luzhi.app.browser;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reference data and cases written through the command API by the demo accounts whose work they are, so that the
 * cockpit shows what the projections made of real commands. Nothing here depends on demo data: reference records
 * that exist already are kept.
 */
public final class CockpitCases {

    public static final String DISTRICT = "150102";
    public static final List<String> TOWNS = List.of("150102001", "150102002", "150102003");
    private static final List<String> TOWN_NAMES = List.of("城关镇", "东河镇", "西山镇");
    private static final String STATION = "s-chengguan-home";
    /** The deputy the demo account {@code deputy} is linked to in the browser tests (docs/roles.md). */
    public static final String LEAD_DEPUTY = "d-wang-jianguo";
    private static final String SECOND_DEPUTY = "d-li-xiuying";
    /** The unit the demo account {@code unit} is linked to in the browser tests. */
    public static final String UNIT = "u-housing";
    /** The court that refers mediation cases in the browser tests. */
    static final String COURT = "u-court";

    private final StaffApi admin;
    private final StaffApi clerk;
    private final StaffApi deputy;
    private final StaffApi unit;
    private boolean liaisonPoint;

    public CockpitCases(URI base, String password) {
        admin = new StaffApi(base, "admin", password);
        clerk = new StaffApi(base, "clerk", password);
        deputy = new StaffApi(base, "deputy", password);
        unit = new StaffApi(base, "unit", password);
    }

    StaffApi clerk() {
        return clerk;
    }

    /** The command ids of every command these accounts sent and the server acknowledged. */
    public List<String> acknowledged() {
        return Stream.of(admin, clerk, deputy, unit).flatMap(api -> api.acknowledged().stream()).toList();
    }

    /** The district, its towns, a station, two deputies in the mediator pool, a bureau and a court. */
    public void registerReferenceData() {
        admin.ensure("/api/regions", """
                {"regionId": "%s", "name": "示范区", "level": "DISTRICT"}""".formatted(DISTRICT));
        for (int i = 0; i < TOWNS.size(); i++) {
            admin.ensure("/api/regions", """
                    {"regionId": "%s", "name": "%s", "level": "TOWN", "parentId": "%s"}"""
                    .formatted(TOWNS.get(i), TOWN_NAMES.get(i), DISTRICT));
        }
        admin.ensure("/api/stations", """
                {"stationId": "%s", "name": "城关镇人大代表之家", "kind": "HOME", "setting": "TOWN", "level": "TOWNSHIP",
                 "regionId": "%s", "address": "城关镇人民路1号", "openedOn": "2024-03-01"}"""
                .formatted(STATION, TOWNS.get(0)));
        registerDeputy(LEAD_DEPUTY, "王建国", "MALE");
        registerDeputy(SECOND_DEPUTY, "李秀英", "FEMALE");
        admin.ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "区住房和城乡建设局", "kind": "GOVERNMENT_DEPARTMENT",
                 "regionId": "%s", "contactOffice": "办公室"}""".formatted(UNIT, DISTRICT));
        admin.ensure("/api/units", """
                {"handlingUnitId": "%s", "name": "区人民法院", "kind": "COURT", "regionId": "%s",
                 "contactOffice": "立案庭"}""".formatted(COURT, DISTRICT));
    }

    private void registerDeputy(String id, String name, String gender) {
        admin.ensure("/api/deputies", """
                {"deputyId": "%s", "name": "%s", "gender": "%s", "level": "COUNTY", "constituency": "城关镇第一选区",
                 "stationId": "%s", "professionalGroup": "SOCIAL_AFFAIRS",
                 "term": {"number": 12, "startYear": 2022, "endYear": 2027}}""".formatted(id, name, gender, STATION));
        // Joining twice is refused; a deputy the demo data put in the pool already is just as good.
        admin.post("/api/deputies/" + id + "/join-mediator-pool", "{}");
    }

    /** A clerk registers a citizen's petition received at the station. */
    String submitPetition(String town, String title) {
        return clerk.create("/api/petitions", """
                {"source": "STATION_VISIT", "regionId": "%s", "stationId": "%s", "petitioner": {"name": "孙某某"},
                 "title": "%s", "content": "群众到代表之家反映：%s"}""".formatted(town, STATION, json(title), json(title)));
    }

    /** A 12345 difficult ticket the clerk registered, supervised by the lead deputy. */
    public String hotlineTicket(String town, String title, String ticketNumber) {
        return clerk.create("/api/petitions", """
                {"source": "HOTLINE_12345", "regionId": "%s", "deputyId": "%s", "petitioner": {"name": "周某某"},
                 "title": "%s", "content": "12345热线转来：%s",
                 "hotlineTicket": {"ticketNumber": "%s", "receivedOn": "%s", "escalationReason": "多次转派未解决"}}"""
                .formatted(town, LEAD_DEPUTY, json(title), json(title), json(ticketNumber),
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1)));
    }

    /** A petition taken up by a deputy and forwarded to the bureau, due back at the given time. */
    public String forwardedPetition(String town, String title, Instant replyDueAt) {
        String id = submitPetition(town, title);
        deputy.act("/api/petitions/" + id + "/accept", """
                {"deputyId": "%s", "reason": "由本代表跟进"}""".formatted(LEAD_DEPUTY));
        deputy.act("/api/petitions/" + id + "/forward", """
                {"unitIds": ["%s"], "replyDueAt": "%s", "reason": "请住建局核实办理"}""".formatted(UNIT, replyDueAt));
        return id;
    }

    /** A petition walked to the end: replied to, rated by the petitioner and closed. */
    public void closedPetition(String town, String title, String satisfaction) {
        String id = forwardedPetition(town, title, Instant.now().plus(60, ChronoUnit.DAYS));
        unit.act("/api/petitions/" + id + "/reply", """
                {"unitId": "%s", "reply": "已现场核实并处理完毕。"}""".formatted(UNIT));
        // The citizen rates through their receipt; a clerk records a rating given by phone (docs/roles.md).
        clerk.act("/api/petitions/" + id + "/rate", """
                {"satisfaction": "%s", "reason": "处理及时"}""".formatted(satisfaction));
        clerk.act("/api/petitions/" + id + "/close", "{\"reason\": \"群众已评价，予以办结\"}");
    }

    /** A suggestion the lead deputy drafted and has not submitted yet. */
    String draftedSuggestion(String town, String title) {
        return deputy.create("/api/suggestions", """
                {"kind": "SUGGESTION", "leadDeputyId": "%s", "regionId": "%s", "title": "%s",
                 "content": "%s，具体意见见附件。"}""".formatted(LEAD_DEPUTY, town, json(title), json(title)));
    }

    /** A suggestion filed in recess, assigned to the bureau and answered with the given result (A, B or C). */
    public void repliedSuggestion(String town, String title, String result) {
        String id = draftedSuggestion(town, title);
        clerk.act("/api/suggestions/" + id + "/co-sign", "{\"deputyId\": \"" + SECOND_DEPUTY + "\"}");
        deputy.act("/api/suggestions/" + id + "/submit", "{\"sessionPeriod\": \"RECESS\"}");
        clerk.act("/api/suggestions/" + id + "/accept", "{\"reason\": \"符合立案条件\"}");
        clerk.act("/api/suggestions/" + id + "/assign", """
                {"leadUnitId": "%s", "coUnitIds": [], "reason": "由住建局主办"}""".formatted(UNIT));
        unit.act("/api/suggestions/" + id + "/reply", """
                {"unitId": "%s", "result": "%s", "reply": "已研究办理，答复如下。"}""".formatted(UNIT, result));
    }

    /** A dispute the court refers, mediated once by the two deputies and then settled or failed. */
    public void mediatedCase(String town, String disputeType, String summary, boolean settled) {
        String id = clerk.create("/api/mediation-cases", """
                {"courtId": "%s", "disputeType": "%s", "regionId": "%s",
                 "parties": [{"name": "刘某"}, {"name": "陈某"}], "amountInDispute": 8000.00, "summary": "%s"}"""
                .formatted(COURT, disputeType, town, json(summary)));
        clerk.act("/api/mediation-cases/" + id + "/assign-mediators", """
                {"deputyIds": ["%s", "%s"], "reason": "两位代表熟悉情况"}""".formatted(LEAD_DEPUTY, SECOND_DEPUTY));
        deputy.act("/api/mediation-cases/" + id + "/record-session", """
                {"mediatorId": "%s", "heldAt": "%s", "place": "城关镇人大代表之家调解室", "summary": "双方到场陈述意见。"}"""
                .formatted(LEAD_DEPUTY, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        if (settled) {
            deputy.act("/api/mediation-cases/" + id + "/settle",
                    "{\"agreement\": \"双方自愿达成调解协议。\", \"settledAmount\": 5000}");
        } else {
            deputy.act("/api/mediation-cases/" + id + "/fail", "{\"reason\": \"双方分歧较大，调解不成\"}");
        }
    }

    /** A reception at the town's station an hour ago, by the lead deputy, with one issue turned into a petition. */
    public void reception(String title, int citizens) {
        String id = clerk.create("/api/receptions", """
                {"stationId": "%s", "receivedAt": "%s", "deputyIds": ["%s"], "citizensReceived": %d,
                 "issues": [{"text": "%s"}, {"text": "咨询医保政策", "answer": "已当场讲解"}]}"""
                .formatted(STATION, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS),
                        LEAD_DEPUTY, citizens, json(title)));
        deputy.act("/api/receptions/" + id + "/turn-into-petition", """
                {"issueNumber": 1, "deputyId": "%s", "regionId": "%s", "petitioner": {"name": "赵某"}, "title": "%s"}"""
                .formatted(LEAD_DEPUTY, TOWNS.get(0), json(title)));
    }

    /**
     * The station becomes a legislative liaison point (once) and a draft is opened there; the deputy collects two
     * opinions, the clerk one that duplicates the first and is merged into it; the clerk closes, forwards the two
     * and records that the second was adopted.
     */
    public void commentedDraft(String title) {
        if (!liaisonPoint) {
            clerk.act("/api/stations/" + STATION + "/designate-liaison-point", "{\"reason\": \"常委会决定设立\"}");
            liaisonPoint = true;
        }
        String id = clerk.create("/api/legislative-drafts", """
                {"title": "%s", "legislature": "市人大常委会法制工作委员会", "link": "https://www.example.gov.cn/draft.pdf",
                 "closesOn": "%s", "liaisonPointIds": ["%s"]}""".formatted(json(title),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10), STATION));
        for (String opinion : List.of("建议明确主管部门", "建议提高罚款数额")) {
            deputy.act("/api/legislative-drafts/" + id + "/collect-opinion", """
                    {"stationId": "%s", "source": "DEPUTY", "deputyId": "%s", "content": "%s"}"""
                    .formatted(STATION, LEAD_DEPUTY, opinion));
        }
        clerk.act("/api/legislative-drafts/" + id + "/collect-opinion", """
                {"stationId": "%s", "source": "CLERK", "content": "主管部门应当写明"}""".formatted(STATION));
        clerk.act("/api/legislative-drafts/" + id + "/merge-opinions",
                "{\"duplicateNumbers\": [3], \"intoNumber\": 1, \"reason\": \"内容相同\"}");
        clerk.act("/api/legislative-drafts/" + id + "/close-comment", "{}");
        clerk.act("/api/legislative-drafts/" + id + "/forward-opinions", """
                {"opinionNumbers": [1, 2], "forwardedOn": "%s"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        clerk.act("/api/legislative-drafts/" + id + "/record-feedback",
                "{\"adoptedNumbers\": [2], \"note\": \"第2条意见已吸收\"}");
    }

    /**
     * An inspection in the first town that began a few minutes ago: the clerk records the lead deputy present and
     * the colleague on leave, and closes it.
     */
    public void closedActivity(String title) {
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        String id = clerk.create("/api/duty-activities", """
                {"kind": "INSPECTION", "title": "%s", "startsAt": "%s", "endsAt": "%s", "place": "城关镇农贸市场",
                 "regionId": "%s", "invitedDeputyIds": ["%s", "%s"], "openToAll": false}"""
                .formatted(json(title), start, start.plus(2, ChronoUnit.HOURS), TOWNS.get(0), LEAD_DEPUTY,
                        SECOND_DEPUTY));
        clerk.act("/api/duty-activities/" + id + "/record-attendance",
                "{\"deputyId\": \"" + LEAD_DEPUTY + "\", \"status\": \"PRESENT\"}");
        clerk.act("/api/duty-activities/" + id + "/record-attendance", "{\"deputyId\": \"" + SECOND_DEPUTY
                + "\", \"status\": \"ON_LEAVE\", \"leaveReason\": \"参加专题培训\"}");
        clerk.act("/api/duty-activities/" + id + "/close", "{}");
    }

    /** A string as the inside of a JSON string literal. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
