package cn.luzhi.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A station's duty rota (接待值班表) over the whole application: the clerk publishes it, the staff read it by
 * station and a deputy reads their own days, a later publication replaces its days, and bad input is refused
 * naming the field in Chinese.
 */
class DutyRotaIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static AccessApp app;

    @BeforeAll
    static void start() {
        app = AccessApp.get();
    }

    private static String rota(LocalDate from, LocalDate to, String days) {
        return """
                {"from": "%s", "to": "%s", "days": %s, "reason": "值班安排"}""".formatted(from, to, days);
    }

    private static String day(LocalDate date, String hours, String... deputies) {
        return """
                {"date": "%s", "hours": "%s", "deputyIds": ["%s"]}""".formatted(date, hours,
                String.join("\", \"", deputies));
    }

    @Test
    void shouldPublishARotaThatALaterPublicationReplacesDayByDay() {
        LocalDate first = TODAY.plusDays(40);
        app.as("clerk").act("/api/stations/" + AccessApp.STATION + "/publish-duty-rota", rota(first,
                first.plusDays(6), "[" + day(first, "9:00-12:00", AccessApp.DEPUTY, AccessApp.OTHER_DEPUTY) + ", "
                        + day(first.plusDays(3), "14:00-17:00", AccessApp.OTHER_DEPUTY) + "]"));
        String path = "/api/stations/" + AccessApp.STATION + "/duty-rota?from=" + first + "&to=" + first.plusDays(6);
        app.awaitReadable("deputy", path, body -> body.contains("14:00-17:00"));

        String published = app.as("unit").get(path).body();
        assertThat(JsonPath.<List<String>>read(published, "$.days[*].date"))
                .containsExactly(first.toString(), first.plusDays(3).toString());
        assertThat(JsonPath.<List<String>>read(published, "$.days[0].deputies[*].name"))
                .containsExactly("代表" + AccessApp.DEPUTY, "代表" + AccessApp.OTHER_DEPUTY);

        app.as("clerk").act("/api/stations/" + AccessApp.STATION + "/publish-duty-rota", rota(first.plusDays(3),
                first.plusDays(4), "[" + day(first.plusDays(4), "9:00-11:00", AccessApp.DEPUTY) + "]"));
        app.awaitReadable("clerk", path, body -> body.contains("9:00-11:00"));
        String replaced = app.as("clerk").get(path).body();
        assertThat(JsonPath.<List<String>>read(replaced, "$.days[*].hours")).containsExactly("9:00-12:00", "9:00-11:00");

        String mine = app.as("deputy").get("/api/deputies/" + AccessApp.DEPUTY + "/duty-days?from=" + first
                + "&to=" + first.plusDays(6)).body();
        assertThat(JsonPath.<List<String>>read(mine, "$[*].date"))
                .containsExactly(first.toString(), first.plusDays(4).toString());
        assertThat(JsonPath.<List<String>>read(mine, "$[*].stationId")).containsOnly(AccessApp.STATION);
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldInChinese() {
        String publish = "/api/stations/" + AccessApp.STATION + "/publish-duty-rota";
        LocalDate from = TODAY.plusDays(1);
        AccessApp.Client.Answer noDeputy = app.as("clerk").post(publish,
                rota(from, from, "[{\"date\": \"" + from + "\", \"hours\": \"9:00-12:00\", \"deputyIds\": []}]"));
        assertThat(noDeputy.status()).as(noDeputy.body()).isEqualTo(400);
        assertThat(noDeputy.body()).contains("\"field\":\"days[0].deputyIds\"");

        AccessApp.Client.Answer unknownDeputy = app.as("clerk").post(publish,
                rota(from, from, "[" + day(from, "9:00-12:00", AccessApp.DEPUTY, "d-nobody") + "]"));
        assertThat(unknownDeputy.status()).as(unknownDeputy.body()).isEqualTo(422);
        assertThat(unknownDeputy.body()).contains("\"field\":\"days[0].deputyIds[1]\"", "d-nobody");

        AccessApp.Client.Answer past = app.as("clerk").post(publish,
                rota(TODAY.minusDays(1), from, "[" + day(from, "9:00-12:00", AccessApp.DEPUTY) + "]"));
        assertThat(past.status()).as(past.body()).isEqualTo(422);
        assertThat(past.body()).contains("\"field\":\"from\"", "开始日期不能早于今天");

        AccessApp.Client.Answer twice = app.as("clerk").post(publish, rota(from, from.plusDays(1),
                "[" + day(from, "上午", AccessApp.DEPUTY) + ", " + day(from, "下午", AccessApp.OTHER_DEPUTY) + "]"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
        assertThat(twice.body()).contains("\"field\":\"days[1].date\"");

        // Deputies read rotas but do not publish them; a reversed period is named.
        assertThat(app.as("deputy").post(publish, rota(from, from, "[]")).status()).isEqualTo(403);
        AccessApp.Client.Answer reversed = app.as("clerk").get("/api/stations/" + AccessApp.STATION
                + "/duty-rota?from=" + from + "&to=" + TODAY);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"to\"");
    }
}
