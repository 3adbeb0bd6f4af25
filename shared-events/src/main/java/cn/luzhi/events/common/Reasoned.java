package cn.luzhi.events.common;

/**
 * A command in which a person gives a reason or a comment. The command side copies it into the
 * {@link MetadataKeys#REASON} metadata of every event the command causes, so the audit trail shows it
 * whatever the event type.
 */
public interface Reasoned {

    /** The reason or comment as the person wrote it; may be null where it is optional. */
    String reason();
}
