package cn.luzhi.command.imports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one row of a file will do: the record it names (by id), the commands that bring the record to the row's
 * values, each described in Chinese, and the row's errors. A row whose record already equals it sends nothing.
 */
final class RowPlan {

    /** A command the row sends, and what it changes in the words of the page. */
    record Step(Object command, String change) {
    }

    static final String CREATE = "新建";
    static final String UPDATE = "更新";
    static final String UNCHANGED = "无变化";
    static final String ERROR = "错误";

    private final int row;
    private String id;
    private String name;
    private boolean creates;
    private final List<Step> steps = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();

    RowPlan(int row) {
        this.row = row;
    }

    /**
     * The id of a record the row does not name: derived from the row's key, so the same row always names the same
     * record and a second import of the file finds what the first one created.
     */
    static String derivedId(String prefix, Object... key) {
        StringBuilder text = new StringBuilder("luzhi-import");
        for (Object part : key) {
            text.append('\u001f').append(part);
        }
        return prefix + UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    RowPlan names(String recordId, String recordName, boolean newRecord) {
        this.id = recordId;
        this.name = recordName;
        this.creates = newRecord;
        return this;
    }

    void step(Object command, String change) {
        steps.add(new Step(command, change));
    }

    void errors(List<ImportProblem> more) {
        errors.addAll(more);
    }

    void error(String column, String message) {
        errors.add(new ImportProblem(row, column, message));
    }

    public int getRow() {
        return row;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAction() {
        return !errors.isEmpty() ? ERROR : steps.isEmpty() ? UNCHANGED : creates ? CREATE : UPDATE;
    }

    public List<String> getChanges() {
        return steps.stream().map(Step::change).toList();
    }

    public List<ImportProblem> getErrors() {
        return errors;
    }

    @JsonIgnore
    List<Step> steps() {
        return steps;
    }
}
