package cn.luzhi.query.livefeed;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.mediation.MediationCaseQueries;
import cn.luzhi.query.petition.PetitionQueries;
import cn.luzhi.query.security.QueryAccessRules;
import cn.luzhi.query.security.Viewers;
import cn.luzhi.query.suggestion.SuggestionQueries;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Authorizes every STOMP subscription by destination (docs/roles.md): the cockpit for the cockpit roles, the
 * whole district's ticker for the district-wide ones among them, a region's ticker for those whose scope covers
 * that region, a case's topic only for those who may see that case, the waiting work's notices (待办) for the
 * roles that have some. A refused SUBSCRIBE (or any SEND: clients only
 * listen) fails here, before the broker registers it, so the client gets a STOMP ERROR frame and no message.
 */
@Component
class SubscriptionGuard implements ChannelInterceptor {


    private final Viewers viewers;
    private final PetitionQueries petitions;
    private final SuggestionQueries suggestions;
    private final MediationCaseQueries mediationCases;
    private final JdbcClient jdbc;

    SubscriptionGuard(Viewers viewers, PetitionQueries petitions, SuggestionQueries suggestions,
                      MediationCaseQueries mediationCases, JdbcClient jdbc) {
        this.viewers = viewers;
        this.petitions = petitions;
        this.suggestions = suggestions;
        this.mediationCases = mediationCases;
        this.jdbc = jdbc;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.SEND) {
            throw new MessageDeliveryException(message, "实时推送只供订阅，不接受发送");
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            Principal user = stomp.getUser();
            Viewer viewer = user == null ? null : viewers.of(user.getName());
            if (viewer == null || !mayReceive(viewer, stomp.getDestination())) {
                throw new MessageDeliveryException(message, "当前账号无权订阅此推送");
            }
        }
        return message;
    }

    /** Whether {@code viewer} may subscribe to {@code destination}; the same rule as the REST reads. */
    boolean mayReceive(Viewer viewer, String destination) {
        if (destination == null) {
            return false;
        }
        if (destination.equals(LiveMessages.REBUILDS)) {
            return viewer.role() == ActorRole.ADMIN;
        }
        boolean cockpitRole = Arrays.asList(QueryAccessRules.COCKPIT_ROLES).contains(viewer.role().name());
        if (destination.equals(LiveMessages.TODO)) {
            return Arrays.asList(QueryAccessRules.TODO_ROLES).contains(viewer.role().name());
        }
        if (destination.equals(LiveMessages.COCKPIT)) {
            return cockpitRole;
        }
        if (destination.equals(LiveMessages.EVENTS)) {
            return cockpitRole && viewer.districtWide();
        }
        if (destination.startsWith(LiveMessages.REGION_EVENTS)) {
            String region = destination.substring(LiveMessages.REGION_EVENTS.length());
            return cockpitRole && !region.isEmpty() && viewer.coversRegion(region);
        }
        if (destination.startsWith(LiveMessages.CASES)
                && Arrays.asList(QueryAccessRules.STAFF_ROLES).contains(viewer.role().name())) {
            String caseId = destination.substring(LiveMessages.CASES.length());
            // District-wide readers see every case, also one whose first event is still on its way; others must be
            // shown to see it, which needs the case in the read model.
            return !caseId.isEmpty() && (viewer.districtWide() || petitions.isVisible(caseId, viewer) || suggestions.isVisible(caseId, viewer)
                    || mediationCases.isVisible(caseId, viewer) || isBallotOrProject(caseId));
        }
        return false;
    }

    /** Ballots and livelihood projects are public acts of the congress: every staff role sees them. */
    private boolean isBallotOrProject(String id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM ballot WHERE ballot_id = ?)
                            OR EXISTS (SELECT 1 FROM livelihood_project WHERE project_id = ?)""")
                .params(id, id).query(Boolean.class).single();
    }
}
