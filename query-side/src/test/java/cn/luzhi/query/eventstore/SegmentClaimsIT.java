package cn.luzhi.query.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luzhi.events.store.JdbcEventStore;
import cn.luzhi.query.support.QuerySideIntegrationTest;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes in one process (as the tests run them, or two containers whose pid and host name agree) must not both
 * hold a segment: each token store claims under a name of its own.
 */
class SegmentClaimsIT extends QuerySideIntegrationTest {

    private static final String PROCESSOR = "segment-claims-test";

    @Autowired
    ConnectionProvider connections;
    @Autowired
    Serializer serializer;

    /** The token table is the application's too: QuerySideWiringIT counts its processors' segments there. */
    @AfterEach
    void removeTheTestProcessorsTokens() {
        jdbc.sql("DELETE FROM token_entry WHERE processor_name = ?").param(PROCESSOR).update();
    }

    @Test
    void shouldRefuseASecondNodeInTheSameProcessTheSegmentTheFirstHolds() {
        TokenStore first = JdbcEventStore.tokenStore(connections, serializer);
        TokenStore second = JdbcEventStore.tokenStore(connections, serializer);
        first.initializeTokenSegments(PROCESSOR, 1, new GlobalSequenceTrackingToken(7));

        assertThat(first.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
        assertThatThrownBy(() -> second.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        first.releaseClaim(PROCESSOR, 0);
        assertThat(second.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
    }
}
