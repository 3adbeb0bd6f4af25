package cn.luzhi.command.audit;

import java.nio.file.Path;

/**
 * Where a single-node installation keeps generated keys when none are configured: the all-in-one application on
 * its embedded database declares one next to the database's data folder. A command node on a shared database has
 * none, so it cannot quietly invent keys its peers do not know.
 */
public record AuditKeyFile(Path path) {
}
