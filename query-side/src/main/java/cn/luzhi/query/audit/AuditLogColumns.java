package cn.luzhi.query.audit;

import cn.luzhi.query.common.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The columns of an exported audit log, in order, with their Chinese headers: one list for CSV and Excel. */
final class AuditLogColumns {

    /** Beijing time, as the page shows it. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);

    record Column(String header, Function<AuditLogEntry, String> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("全局序号", entry -> Long.toString(entry.globalIndex())),
            new Column("事件编号", AuditLogEntry::eventId),
            new Column("时间", entry -> TIME.format(entry.occurredAt())),
            new Column("案件类型", AuditLogEntry::caseTypeLabel),
            new Column("案件编号", AuditLogEntry::caseId),
            new Column("操作", AuditLogEntry::actionLabel),
            new Column("操作人编号", AuditLogEntry::actorId),
            new Column("操作人", AuditLogEntry::actorName),
            new Column("角色", AuditLogEntry::actorRoleLabel),
            new Column("区域编号", AuditLogEntry::regionId),
            new Column("区域", AuditLogEntry::regionName),
            new Column("原因", AuditLogEntry::reason),
            new Column("命令编号", AuditLogEntry::commandId));

    private AuditLogColumns() {
    }
}
