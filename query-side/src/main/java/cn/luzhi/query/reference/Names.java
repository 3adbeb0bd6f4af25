package cn.luzhi.query.reference;

import java.util.Map;

/** Names of the reference data a page of results mentions, by id; a name not (yet) known is null. */
public record Names(Map<String, String> regions, Map<String, String> stations, Map<String, String> deputies,
                    Map<String, String> units) {

    public String region(String id) {
        return id == null ? null : regions.get(id);
    }

    public String station(String id) {
        return id == null ? null : stations.get(id);
    }

    public String deputy(String id) {
        return id == null ? null : deputies.get(id);
    }

    public String unit(String id) {
        return id == null ? null : units.get(id);
    }
}
