package cn.luzhi.command.imports;

import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import cn.luzhi.events.station.MoveStation;
import cn.luzhi.events.station.OpenStation;
import cn.luzhi.events.station.RenameStation;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.station.StationKind;
import cn.luzhi.events.station.StationSetting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Stations (代表之家、联络站、工作站). A row without 编号 names the station by its name; with 编号 it may rename it.
 * A different region or address moves the station; kind, setting, tier and opening date are fixed at opening.
 */
@Component
class StationRows implements RowPlanner {

    static final Column ID = Column.optional("编号", "已开设站点的编号；留空时按名称识别（同名即同一站点）", "");
    static final Column NAME = Column.required("名称", "站点全称，100字以内", "示范街道代表联络站");
    static final Column KIND = Column.required("类型", "代表之家、代表联络站、代表工作站", "代表联络站");
    static final Column SETTING = Column.required("设置地",
            "区（旗、县）、镇（乡、苏木、街道）、村（嘎查、社区）、企业、产业链", "镇（乡、苏木、街道）");
    static final Column TIER = Column.required("层级", "县级、乡级、村级", "乡级");
    static final Column REGION = Column.required("所属区划", "行政区划代码（6、9或12位数字）", "150102001");
    static final Column ADDRESS = Column.required("地址", "200字以内", "示范路1号");
    static final Column OPENED = Column.required("开设日期", "日期单元格或文字，例如 2024-01-31", "2024-01-31");

    @Override
    public String title() {
        return "联络站";
    }

    @Override
    public List<Column> layout() {
        return List.of(ID, NAME, KIND, SETTING, TIER, REGION, ADDRESS, OPENED);
    }

    @Override
    public Map<String, String> columnOfField() {
        return Map.of("stationId", ID.header(), "name", NAME.header(), "kind", KIND.header(), "setting",
                SETTING.header(), "level", TIER.header(), "regionId", REGION.header(), "address", ADDRESS.header(),
                "openedOn", OPENED.header());
    }

    @Override
    public RowPlan plan(RowReader row, ReferenceStates states, String reason) {
        RowPlan plan = new RowPlan(row.number());
        String givenId = row.text(ID);
        String name = row.text(NAME);
        StationKind kind = row.choice(KIND, StationKind.class);
        StationSetting setting = row.choice(SETTING, StationSetting.class);
        RegionTier tier = row.choice(TIER, RegionTier.class);
        String region = row.text(REGION);
        String address = row.text(ADDRESS);
        LocalDate openedOn = row.date(OPENED);
        plan.errors(row.errors());
        if (region != null && !states.regionUsable(region)) {
            plan.error(REGION.header(), "行政区划「" + region + "」不存在或已撤并");
        }
        if (setting != null && tier != null && !setting.allows(tier)) {
            plan.error(TIER.header(), "设在「" + setting.label() + "」的站点不能是" + tier.label());
        }
        if (openedOn != null && openedOn.isAfter(LocalDate.now())) {
            plan.error(OPENED.header(), "开设日期不能晚于今天");
        }
        if (name == null || kind == null || setting == null || tier == null || region == null || address == null
                || openedOn == null || givenId != null && !ImportRules.validId(plan, ID, givenId)) {
            return plan;
        }
        String id = givenId != null ? givenId : RowPlan.derivedId("s-", name);
        var existing = states.station(id);
        plan.names(id, name, existing.isEmpty());
        if (existing.isEmpty()) {
            plan.step(new OpenStation(StationId.of(id), name, kind, setting, tier, RegionId.of(region), address,
                    openedOn), "开设站点「" + name + "」");
            return plan;
        }
        var station = existing.get();
        ImportRules.mustEqual(plan, KIND, station.opened().kind().label(), kind.label());
        ImportRules.mustEqual(plan, SETTING, station.opened().setting().label(), setting.label());
        ImportRules.mustEqual(plan, TIER, station.opened().level().label(), tier.label());
        ImportRules.mustEqual(plan, OPENED, station.opened().openedOn(), openedOn);
        Long version = station.version();
        if (!station.name().equals(name)) {
            plan.step(new RenameStation(StationId.of(id), name, version), "更名：「" + station.name() + "」→「" + name + "」");
            version = null;
        }
        if (!station.regionId().equals(region) || !station.address().equals(address)) {
            plan.step(new MoveStation(StationId.of(id), RegionId.of(region), address, version),
                    "迁址：" + station.regionId() + " " + station.address() + " → " + region + " " + address);
        }
        if (!station.open() && !plan.steps().isEmpty()) {
            plan.error(NAME.header(), "站点已关闭，不能通过导入修改");
        }
        return plan;
    }
}
