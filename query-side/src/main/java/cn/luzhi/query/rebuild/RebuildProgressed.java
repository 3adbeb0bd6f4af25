package cn.luzhi.query.rebuild;

/**
 * A rebuild moved on. A plain Spring application event, published after the progress was stored; the live
 * feed forwards it to administrators. The rebuild itself knows nothing of WebSocket.
 *
 * @param rebuild the progress
 */
public record RebuildProgressed(RebuildView rebuild) {
}
