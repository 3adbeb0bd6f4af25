package cn.luzhi.query.common;

/**
 * Which cases a region covers: its own and those of every region below it. Statutory division codes nest (a
 * town's code starts with its district's, a village's with its town's), so that is a prefix match on the code.
 */
public final class RegionScope {

    private RegionScope() {
    }

    /** The SQL {@code LIKE} pattern of a region's cases; every region when {@code regionId} is null. */
    public static String likePattern(String regionId) {
        if (regionId == null || regionId.isEmpty()) {
            return "%";
        }
        // Ids are letters, digits, '_' and '-' (Ids.requireValid); '_' is a LIKE wildcard and must be escaped.
        return regionId.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%";
    }
}
