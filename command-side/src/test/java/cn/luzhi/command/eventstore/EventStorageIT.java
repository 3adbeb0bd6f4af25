package cn.luzhi.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.support.Api;
import cn.luzhi.command.support.CommandSideIntegrationTest;
import org.junit.jupiter.api.Test;

class EventStorageIT extends CommandSideIntegrationTest {


    @Test
    void shouldStoreEventsAsReadableJsonWithoutLargeObjects() {
        Api.Response created = api.post("/api/petitions", "clerk", PASSWORD, """
                {"source": "LETTER_OR_PHONE", "regionId": "150102001",
                 "petitioner": {"name": "李四", "phone": "13912345678"},
                 "title": "小区积水", "content": "雨后小区道路积水严重"}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("aggregateId").asText();

        String payload = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                         WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(id).query(String.class).single();
        assertThat(payload).contains("\"title\":\"小区积水\"").contains("\"regionId\":\"150102001\"");
        assertThat(payload).doesNotContain("李四").doesNotContain("13912345678");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM information_schema.columns
                         WHERE table_schema = 'public' AND data_type = 'oid'""").query(Long.class).single()).isZero();
    }
}
