package cn.luzhi.command.imports;

import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.events.unit.HandlingUnitKind;
import cn.luzhi.events.unit.RegisterHandlingUnit;
import cn.luzhi.events.unit.RenameHandlingUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Handling units (承办单位). A row without 编号 names the unit by its name; with 编号 it may rename that unit. Kind,
 * region and contact office are set when the unit is registered and no command changes them, so a row that
 * differs there is an error rather than a silent skip.
 */
@Component
class UnitRows implements RowPlanner {

    static final Column ID = Column.optional("编号", "已登记单位的编号；留空时按名称识别（同名即同一单位）", "");
    static final Column NAME = Column.required("名称", "单位全称，100字以内", "区住房和城乡建设局");
    static final Column KIND = Column.required("类型", "政府部门、监察委员会、人民法院、人民检察院", "政府部门");
    static final Column REGION = Column.required("所属区划", "行政区划代码（6、9或12位数字）", "150102");
    static final Column OFFICE = Column.required("联系处室", "接收案件的处室（不是个人），100字以内", "办公室");

    @Override
    public String title() {
        return "承办单位";
    }

    @Override
    public List<Column> layout() {
        return List.of(ID, NAME, KIND, REGION, OFFICE);
    }

    @Override
    public Map<String, String> columnOfField() {
        return Map.of("handlingUnitId", ID.header(), "name", NAME.header(), "kind", KIND.header(),
                "regionId", REGION.header(), "contactOffice", OFFICE.header());
    }

    @Override
    public RowPlan plan(RowReader row, ReferenceStates states, String reason) {
        RowPlan plan = new RowPlan(row.number());
        String givenId = row.text(ID);
        String name = row.text(NAME);
        HandlingUnitKind kind = row.choice(KIND, HandlingUnitKind.class);
        String region = row.text(REGION);
        String office = row.text(OFFICE);
        plan.errors(row.errors());
        if (region != null && !states.regionUsable(region)) {
            plan.error(REGION.header(), "行政区划「" + region + "」不存在或已撤并");
        }
        if (name == null || kind == null || region == null || office == null
                || givenId != null && !ImportRules.validId(plan, ID, givenId)) {
            return plan;
        }
        String id = givenId != null ? givenId : RowPlan.derivedId("u-", name);
        var existing = states.unit(id);
        plan.names(id, name, existing.isEmpty());
        if (existing.isEmpty()) {
            plan.step(new RegisterHandlingUnit(HandlingUnitId.of(id), name, kind, RegionId.of(region), office),
                    "登记承办单位「" + name + "」");
            return plan;
        }
        var unit = existing.get();
        ImportRules.mustEqual(plan, KIND, unit.registered().kind().label(), kind.label());
        ImportRules.mustEqual(plan, REGION, unit.registered().regionId().value(), region);
        ImportRules.mustEqual(plan, OFFICE, unit.registered().contactOffice(), office);
        if (!unit.name().equals(name)) {
            plan.step(new RenameHandlingUnit(HandlingUnitId.of(id), name, unit.version()),
                    "更名：「" + unit.name() + "」→「" + name + "」");
        }
        if (!unit.active() && !plan.steps().isEmpty()) {
            plan.error(NAME.header(), "承办单位已停用，不能通过导入修改");
        }
        return plan;
    }
}
