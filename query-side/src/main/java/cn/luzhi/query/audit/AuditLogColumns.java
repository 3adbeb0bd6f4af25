package cn.luzhi.query.audit;

import cn.luzhi.query.common.ExportColumn;
import cn.luzhi.query.common.XlsxTable;
import java.util.List;

/** The columns of an exported audit log, in order, with their Chinese headers: one list for CSV and Excel. */
final class AuditLogColumns {

    static final List<ExportColumn<AuditLogEntry>> ALL = List.of(
            new ExportColumn<>("全局序号", entry -> Long.toString(entry.globalIndex())),
            new ExportColumn<>("事件编号", AuditLogEntry::eventId),
            new ExportColumn<>("时间", entry -> XlsxTable.time(entry.occurredAt())),
            new ExportColumn<>("案件类型", AuditLogEntry::caseTypeLabel),
            new ExportColumn<>("案件编号", AuditLogEntry::caseId),
            new ExportColumn<>("操作", AuditLogEntry::actionLabel),
            new ExportColumn<>("操作人编号", AuditLogEntry::actorId),
            new ExportColumn<>("操作人", AuditLogEntry::actorName),
            new ExportColumn<>("角色", AuditLogEntry::actorRoleLabel),
            new ExportColumn<>("区域编号", AuditLogEntry::regionId),
            new ExportColumn<>("区域", AuditLogEntry::regionName),
            new ExportColumn<>("原因", AuditLogEntry::reason),
            new ExportColumn<>("命令编号", AuditLogEntry::commandId));

    private AuditLogColumns() {
    }
}
