package cn.luzhi.events.station;

import cn.luzhi.events.common.Labelled;
import cn.luzhi.events.region.RegionTier;

/**
 * Where a station is set up. A station in a district, township or village works at that tier; one in an
 * enterprise or along an industry chain may work at any tier.
 */
public enum StationSetting implements Labelled {
    DISTRICT("区（旗、县）", RegionTier.COUNTY),
    TOWN("镇（乡、苏木、街道）", RegionTier.TOWNSHIP),
    VILLAGE("村（嘎查、社区）", RegionTier.VILLAGE),
    ENTERPRISE("企业", null),
    INDUSTRY_CHAIN("产业链", null);

    private final String label;
    private final RegionTier tier;

    StationSetting(String label, RegionTier tier) {
        this.label = label;
        this.tier = tier;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a station in this setting may work at the given tier. */
    public boolean allows(RegionTier level) {
        return tier == null || tier == level;
    }
}
