package cn.luzhi.events.region;

import cn.luzhi.events.common.Labelled;

/** The kind of an administrative region, which also fixes its tier (区/旗/县 > 镇/乡/苏木/街道 > 村/嘎查/社区). */
public enum RegionLevel implements Labelled {
    DISTRICT("区", RegionTier.COUNTY),
    BANNER("旗", RegionTier.COUNTY),
    COUNTY("县", RegionTier.COUNTY),
    TOWN("镇", RegionTier.TOWNSHIP),
    TOWNSHIP("乡", RegionTier.TOWNSHIP),
    SUMU("苏木", RegionTier.TOWNSHIP),
    SUBDISTRICT("街道", RegionTier.TOWNSHIP),
    VILLAGE("村", RegionTier.VILLAGE),
    GACHA("嘎查", RegionTier.VILLAGE),
    COMMUNITY("社区", RegionTier.VILLAGE);

    private final String label;
    private final RegionTier tier;

    RegionLevel(String label, RegionTier tier) {
        this.label = label;
        this.tier = tier;
    }

    @Override
    public String label() {
        return label;
    }

    public RegionTier tier() {
        return tier;
    }
}
