package cn.luzhi.command.imports;

import static cn.luzhi.events.common.MetadataKeys.COMMAND_ID;
import static cn.luzhi.events.common.MetadataKeys.REASON;

import cn.luzhi.command.account.OneTimePassword;
import cn.luzhi.command.commandlog.CommandHashes;
import cn.luzhi.command.commandlog.CommandLog;
import cn.luzhi.events.account.CreateAccount;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Importing one file: every row planned against the current records and checked as the API checks a command,
 * then, unless it is a dry run and only when no row has an error, the rows' commands sent one by one through the
 * command gateway like the pages' forms, each under an id derived from the command itself. A second import of the
 * same file finds every record equal to its row and sends nothing; an import interrupted half-way is finished by
 * importing the file again.
 */
@Service
class ReferenceImport {

    /** One account the import opened, with its one-time password (shown once, kept nowhere). */
    record OpenedAccount(int row, String username, String oneTimePassword) {
    }

    /** The answer: per row what it does or did, and the totals by action. */
    record Report(String kind, String fileName, boolean dryRun, boolean imported, Map<String, Integer> totals,
                  List<RowPlan> rows, List<OpenedAccount> accounts, String failure) {
    }

    private final ReferenceStates.Factory states;
    private final Validator validator;
    private final CommandGateway commands;
    private final CommandLog commandLog;
    private final ImportProperties limits;

    ReferenceImport(ReferenceStates.Factory states, Validator validator, CommandGateway commands,
                    CommandLog commandLog, ImportProperties limits) {
        this.states = states;
        this.validator = validator;
        this.commands = commands;
        this.commandLog = commandLog;
        this.limits = limits;
    }

    Report run(String kind, RowPlanner planner, String fileName, byte[] file, boolean dryRun) {
        ImportSheet sheet = ImportSheet.read(file, planner.layout(), limits);
        List<RowPlan> plans = plan(planner, sheet, fileName);
        boolean clean = plans.stream().allMatch(plan -> plan.getErrors().isEmpty());
        if (dryRun || !clean) {
            return new Report(kind, fileName, dryRun, false, totals(plans), plans, List.of(), null);
        }
        List<OpenedAccount> accounts = new ArrayList<>();
        for (RowPlan plan : plans) {
            for (RowPlan.Step step : plan.steps()) {
                try {
                    Object result = send(step.command(), reasonOf(fileName, plan.getRow()));
                    if (result instanceof OneTimePassword password && step.command() instanceof CreateAccount created) {
                        accounts.add(new OpenedAccount(plan.getRow(), created.accountId().value(),
                                password.oneTimePassword()));
                    }
                } catch (RuntimeException e) {
                    plan.error(null, "导入时被拒绝：" + e.getMessage());
                    return new Report(kind, fileName, false, false, totals(plans), plans, accounts,
                            "第" + plan.getRow() + "行导入失败，其后的行未导入；此前的行已导入。修正后再次导入同一文件即可继续"
                                    + "（已导入的行显示为无变化）");
                }
            }
        }
        return new Report(kind, fileName, false, true, totals(plans), plans, accounts, null);
    }

    private List<RowPlan> plan(RowPlanner planner, ImportSheet sheet, String fileName) {
        ReferenceStates current = states.create();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        List<RowPlan> plans = new ArrayList<>();
        for (ImportSheet.SheetRow row : sheet.rows()) {
            RowPlan plan = planner.plan(new RowReader(row), current, reasonOf(fileName, row.number()));
            if (plan.getId() != null) {
                Integer first = firstRowOfId.putIfAbsent(plan.getId(), row.number());
                if (first != null) {
                    plan.error(null, "与第" + first + "行是同一条记录，请合并为一行");
                }
            }
            for (RowPlan.Step step : plan.steps()) {
                for (ConstraintViolation<Object> violation : validator.validate(step.command())) {
                    String field = violation.getPropertyPath().toString();
                    plan.error(planner.columnOfField().getOrDefault(field, field), violation.getMessage());
                }
            }
            plans.add(plan);
        }
        return plans;
    }

    private Object send(Object command, String reason) {
        String commandId = commandIdOf(command);
        if (commandLog.find(commandId).isPresent()) {
            return null;
        }
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(COMMAND_ID, commandId, REASON, reason)));
    }

    /**
     * The same command (same record, same values, same expected version) always gets the same id, so the command
     * log refuses to apply it twice even when two administrators import the same file at once on two nodes.
     */
    static String commandIdOf(Object command) {
        return "imp-" + CommandHashes.sha256(command.getClass().getName() + ":" + CommandHashes.sha256(command))
                .substring(0, 40);
    }

    static String reasonOf(String fileName, int row) {
        return "Excel导入: " + fileName + " 第" + row + "行";
    }

    private static Map<String, Integer> totals(List<RowPlan> plans) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String action : List.of(RowPlan.CREATE, RowPlan.UPDATE, RowPlan.UNCHANGED, RowPlan.ERROR)) {
            totals.put(action, (int) plans.stream().filter(plan -> plan.getAction().equals(action)).count());
        }
        return totals;
    }
}
