package cn.luzhi.command.imports;

import cn.luzhi.command.security.UserDirectory;
import cn.luzhi.events.account.AccountId;
import cn.luzhi.events.account.CreateAccount;
import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.ChangeDeputyProfessionalGroup;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyLevel;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.Gender;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.deputy.RemoveDeputyFromMediatorPool;
import cn.luzhi.events.deputy.TransferDeputy;
import cn.luzhi.events.station.StationId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Deputies (代表), optionally with their accounts. A row without 编号 names the deputy by level, term, name and
 * constituency. A different station transfers the deputy, a different group changes it, 调解员库 adds or removes;
 * the rest is fixed at registration. 登录名 opens a deputy account linked to the deputy (its one-time password is
 * shown once in the import's answer); an existing account of that name must already be this deputy's. The mobile
 * phone is written only with a new deputy: it is kept in the personal-data vault, which an import does not read.
 */
@Component
class DeputyRows implements RowPlanner {

    static final Column ID = Column.optional("编号", "已登记代表的编号；留空时按代表层级、届次、姓名和选区识别", "");
    static final Column NAME = Column.required("姓名", "50字以内", "王晓梅");
    static final Column GENDER = Column.required("性别", "男、女", "女");
    static final Column ETHNICITY = Column.optional("民族", "20字以内", "蒙古族");
    static final Column LEVEL = Column.required("代表层级",
            "全国人大代表、省人大代表、市人大代表、县（区）人大代表、乡镇人大代表", "县（区）人大代表");
    static final Column CONSTITUENCY = Column.required("选区", "100字以内", "第一选区");
    static final Column STATION = Column.required("联络站", "已开设站点的名称或编号", "示范区代表之家");
    static final Column GROUP = Column.required("专业小组",
            "财政经济、法制和监察司法、社会建设、农业农村与生态、城建环保、科教文卫", "社会建设");
    static final Column TERM = Column.required("届次", "整数，例如 18", "18");
    static final Column TERM_START = Column.required("任期起始年", "四位年份", "2021");
    static final Column TERM_END = Column.required("任期截止年", "四位年份，晚于起始年", "2026");
    static final Column PHONE = Column.optional("手机号码", "11位手机号；仅新建代表时写入", "13800000000");
    static final Column POOL = Column.optional("调解员库", "是、否；留空为不变", "否");
    static final Column LOGIN = Column.optional("登录名", "为代表开设账号时填写；一次性密码在导入结果中显示一次", "");

    private final UserDirectory users;

    DeputyRows(UserDirectory users) {
        this.users = users;
    }

    @Override
    public String title() {
        return "代表";
    }

    @Override
    public List<Column> layout() {
        return List.of(ID, NAME, GENDER, ETHNICITY, LEVEL, CONSTITUENCY, STATION, GROUP, TERM, TERM_START, TERM_END,
                PHONE, POOL, LOGIN);
    }

    @Override
    public Map<String, String> columnOfField() {
        return Map.ofEntries(Map.entry("deputyId", ID.header()), Map.entry("name", NAME.header()),
                Map.entry("gender", GENDER.header()), Map.entry("ethnicity", ETHNICITY.header()),
                Map.entry("level", LEVEL.header()), Map.entry("constituency", CONSTITUENCY.header()),
                Map.entry("stationId", STATION.header()), Map.entry("professionalGroup", GROUP.header()),
                Map.entry("term.number", TERM.header()), Map.entry("term.startYear", TERM_START.header()),
                Map.entry("term.endYear", TERM_END.header()), Map.entry("mobilePhone", PHONE.header()),
                Map.entry("accountId", LOGIN.header()), Map.entry("displayName", NAME.header()));
    }

    @Override
    public RowPlan plan(RowReader row, ReferenceStates states, String reason) {
        RowPlan plan = new RowPlan(row.number());
        String givenId = row.text(ID);
        String name = row.text(NAME);
        Gender gender = row.choice(GENDER, Gender.class);
        String ethnicity = row.text(ETHNICITY);
        DeputyLevel level = row.choice(LEVEL, DeputyLevel.class);
        String constituency = row.text(CONSTITUENCY);
        String stationText = row.text(STATION);
        ProfessionalGroup group = row.choice(GROUP, ProfessionalGroup.class);
        Integer term = row.integer(TERM);
        Integer start = row.integer(TERM_START);
        Integer end = row.integer(TERM_END);
        String phone = row.text(PHONE);
        Boolean pool = row.yesNo(POOL);
        String login = row.text(LOGIN);
        plan.errors(row.errors());
        String stationId = stationText == null ? null : states.openStationNamed(stationText).orElse(null);
        if (stationText != null && stationId == null) {
            plan.error(STATION.header(), states.stationNameAmbiguous(stationText)
                    ? "有多个名为「" + stationText + "」的站点，请填写站点编号"
                    : "站点「" + stationText + "」不存在或已关闭");
        }
        if (start != null && end != null && end <= start) {
            plan.error(TERM_END.header(), "任期截止年份（" + end + "）须晚于起始年份（" + start + "）");
        }
        if (name == null || gender == null || level == null || constituency == null || stationId == null
                || group == null || term == null || start == null || end == null
                || givenId != null && !ImportRules.validId(plan, ID, givenId)
                || login != null && !ImportRules.validId(plan, LOGIN, login)) {
            return plan;
        }
        String id = givenId != null ? givenId : RowPlan.derivedId("d-", level, term, name, constituency);
        DeputyId deputyId = DeputyId.of(id);
        var existing = states.deputy(id);
        plan.names(id, name, existing.isEmpty());
        if (existing.isEmpty()) {
            plan.step(new RegisterDeputy(deputyId, name, gender, ethnicity, level, constituency,
                    StationId.of(stationId), group, new DeputyTerm(term, start, end), phone),
                    "登记代表「" + name + "」（" + level.label() + "，" + stationText + "）");
            if (Boolean.TRUE.equals(pool)) {
                plan.step(new AddDeputyToMediatorPool(deputyId, null), "加入调解员库");
            }
        } else {
            updates(plan, existing.get(), stationId, group, pool, reason);
            var registered = existing.get().registered();
            ImportRules.mustEqual(plan, NAME, registered.name(), name);
            ImportRules.mustEqual(plan, GENDER, registered.gender().label(), gender.label());
            ImportRules.mustEqual(plan, ETHNICITY, registered.ethnicity(), ethnicity);
            ImportRules.mustEqual(plan, LEVEL, registered.level().label(), level.label());
            ImportRules.mustEqual(plan, CONSTITUENCY, registered.constituency(), constituency);
            ImportRules.mustEqual(plan, TERM, registered.term(), new DeputyTerm(term, start, end));
        }
        if (login != null) {
            account(plan, login, id, name, reason);
        }
        return plan;
    }

    private void updates(RowPlan plan, ReferenceStates.DeputyState deputy, String stationId,
                         ProfessionalGroup group, Boolean pool, String reason) {
        DeputyId deputyId = deputy.registered().deputyId();
        Long version = deputy.version();
        if (!deputy.stationId().equals(stationId)) {
            plan.step(new TransferDeputy(deputyId, StationId.of(stationId), reason, version),
                    "转站：" + deputy.stationId() + " → " + stationId);
            version = null;
        }
        if (deputy.group() != group) {
            plan.step(new ChangeDeputyProfessionalGroup(deputyId, group, version), "专业小组调整为「" + group.label() + "」");
            version = null;
        }
        if (pool != null && pool != deputy.inPool()) {
            plan.step(pool ? new AddDeputyToMediatorPool(deputyId, version)
                    : new RemoveDeputyFromMediatorPool(deputyId, reason, version), pool ? "加入调解员库" : "移出调解员库");
        }
        if (!deputy.inOffice() && !plan.steps().isEmpty()) {
            plan.error(NAME.header(), "代表已不在任，不能通过导入修改");
        }
    }

    private void account(RowPlan plan, String login, String deputyId, String name, String reason) {
        var account = users.list(login, ActorRole.DEPUTY, null).stream()
                .filter(listed -> listed.username().equals(login)).findFirst();
        if (account.isPresent()) {
            if (!deputyId.equals(account.get().deputyId())) {
                plan.error(LOGIN.header(), "登录名「" + login + "」已被其他代表使用");
            }
        } else if (users.exists(login)) {
            plan.error(LOGIN.header(), "登录名「" + login + "」已被使用");
        } else {
            plan.step(new CreateAccount(AccountId.of(login), name, ActorRole.DEPUTY, DeputyId.of(deputyId), null, null,
                    reason), "开设代表账号「" + login + "」");
        }
    }
}
