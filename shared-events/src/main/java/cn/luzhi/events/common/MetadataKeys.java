package cn.luzhi.events.common;

/**
 * Keys of the metadata every event carries: who, when (the event's own timestamp), why and which command.
 * The command side fills them from the authenticated request; handlers never set them.
 */
public final class MetadataKeys {

    /** Stable id of the acting user, or {@link #SYSTEM_ACTOR} for deadlines and other automatic acts. */
    public static final String ACTOR_ID = "actorId";
    /** The acting user's role, one of {@link ActorRole}. */
    public static final String ACTOR_ROLE = "actorRole";
    /** The acting user's display name (a staff name, never a citizen's). */
    public static final String ACTOR_NAME = "actorName";
    /** Free-text reason or comment the person gave, when given. */
    public static final String REASON = "reason";
    /** Client-supplied command id (the Idempotency-Key header), or one the API generated. */
    public static final String COMMAND_ID = "commandId";
    /** Id shared by every message that one user request caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** Id of the message (usually the command) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** Network address the request came from. */
    public static final String CLIENT_ADDRESS = "clientAddress";

    public static final String SYSTEM_ACTOR = "system";
    /** Actor id of a citizen without an account, submitting or following a case through a QR link or receipt code. */
    public static final String ANONYMOUS_CITIZEN = "anonymous-citizen";

    private MetadataKeys() {
    }
}
