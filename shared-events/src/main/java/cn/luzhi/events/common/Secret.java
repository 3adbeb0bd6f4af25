package cn.luzhi.events.common;

/**
 * A command whose events must not name who sent it: a deputy's vote in a secret ballot. The command side
 * records only the actor's role for such commands, and keeps neither the actor nor the client address.
 */
public interface Secret {
}
