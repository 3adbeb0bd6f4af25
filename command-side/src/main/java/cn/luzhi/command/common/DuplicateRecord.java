package cn.luzhi.command.common;

/**
 * A command would register again what a record already holds (a 12345 ticket number registered as another
 * petition). The API answers 409 Conflict naming the field and the record that holds the value, so the user can
 * open it instead of registering it twice.
 */
public class DuplicateRecord extends RuntimeException {

    private final String field;
    private final String existingId;
    private final String existingTitle;

    public DuplicateRecord(String field, String message, String existingId, String existingTitle) {
        super(message, null, false, false);
        this.field = field;
        this.existingId = existingId;
        this.existingTitle = existingTitle;
    }

    /** The command field whose value is taken. */
    public String field() {
        return field;
    }

    /** The id of the record that holds the value. */
    public String existingId() {
        return existingId;
    }

    /** That record's title, as it was registered. */
    public String existingTitle() {
        return existingTitle;
    }
}
