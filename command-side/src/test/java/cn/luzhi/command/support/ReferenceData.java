package cn.luzhi.command.support;

import java.util.List;

/**
 * The reference data integration tests' cases point to: a district with three towns, a station, four deputies
 * (two in the mediator pool), four government units and a court. Registered over HTTP under fixed command ids,
 * so calling {@link #ensure(Api, String)} again in the same database only replays the first answers.
 */
public final class ReferenceData {

    public static final String DISTRICT = "150102";
    public static final List<String> TOWNS = List.of("150102001", "150102002", "150102003");
    public static final String STATION = "s-home";
    public static final List<String> DEPUTIES = List.of("d-zhang", "d-li", "d-sun", "d-zhou");
    public static final List<String> MEDIATORS = List.of("d-sun", "d-zhou");
    public static final List<String> UNITS = List.of("u-water", "u-heating", "u-city", "u-market");
    public static final String COURT = "u-court";
    /** The deputy the demo account {@code deputy} acts as in these tests. */
    public static final String LINKED_DEPUTY = "d-zhang";
    /** The handling unit the demo account {@code unit} answers for in these tests. */
    public static final String LINKED_UNIT = "u-city";

    private ReferenceData() {
    }

    public static void ensure(Api api, String password) {
        post(api, password, "/api/regions", "ref-region-" + DISTRICT,
                "{\"regionId\": \"" + DISTRICT + "\", \"name\": \"示范区\", \"level\": \"DISTRICT\"}");
        for (int i = 0; i < TOWNS.size(); i++) {
            post(api, password, "/api/regions", "ref-region-" + TOWNS.get(i), "{\"regionId\": \"" + TOWNS.get(i)
                    + "\", \"name\": \"示范" + (i + 1) + "镇\", \"level\": \"TOWN\", \"parentId\": \"" + DISTRICT + "\"}");
        }
        post(api, password, "/api/stations", "ref-station-" + STATION, "{\"stationId\": \"" + STATION + "\", "
                + "\"name\": \"示范区代表之家\", \"kind\": \"HOME\", \"setting\": \"DISTRICT\", \"level\": \"COUNTY\", "
                + "\"regionId\": \"" + DISTRICT + "\", \"address\": \"示范路1号\", \"openedOn\": \"2024-01-01\"}");
        for (String deputy : DEPUTIES) {
            post(api, password, "/api/deputies", "ref-deputy-" + deputy, "{\"deputyId\": \"" + deputy + "\", "
                    + "\"name\": \"代表" + deputy.substring(2) + "\", \"gender\": \"MALE\", \"level\": \"COUNTY\", "
                    + "\"constituency\": \"第一选区\", \"stationId\": \"" + STATION + "\", "
                    + "\"professionalGroup\": \"SOCIAL_AFFAIRS\", \"term\": {\"number\": 18, \"startYear\": 2021, "
                    + "\"endYear\": 2026}}");
        }
        for (String mediator : MEDIATORS) {
            post(api, password, "/api/deputies/" + mediator + "/join-mediator-pool", "ref-pool-" + mediator, "{}");
        }
        for (String unit : UNITS) {
            registerUnit(api, password, unit, "GOVERNMENT_DEPARTMENT");
        }
        registerUnit(api, password, COURT, "COURT");
    }

    private static void registerUnit(Api api, String password, String id, String kind) {
        post(api, password, "/api/units", "ref-unit-" + id, "{\"handlingUnitId\": \"" + id + "\", \"name\": \"单位"
                + id + "\", \"kind\": \"" + kind + "\", \"regionId\": \"" + DISTRICT + "\", \"contactOffice\": \"办公室\"}");
    }

    private static void post(Api api, String password, String path, String commandId, String body) {
        Api.Response response = api.post(path, "admin", password, body, "Idempotency-Key", commandId);
        if (response.status() >= 300) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.text());
        }
    }
}
