package cn.luzhi.events.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON format of stored events, snapshots and deadline payloads. Axon's JacksonSerializer is built on
 * Jackson 2 (Spring Boot 4 itself uses Jackson 3), and both sides must read what the other wrote, so the
 * mapper is defined here once.
 */
public final class EventJson {

    private EventJson() {
    }

    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // ISO-8601 text, so an auditor reading payloads with psql sees dates, not numbers.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // An older reader must still read events a newer writer enriched.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
