package cn.luzhi.command.imports;

/**
 * One column of an import layout: its Chinese header (the key of the column, in any order in the file), whether a
 * row must fill it, and what the template's 说明 sheet says about it.
 */
record Column(String header, boolean required, String note, String example) {

    static Column required(String header, String note, String example) {
        return new Column(header, true, note, example);
    }

    static Column optional(String header, String note, String example) {
        return new Column(header, false, note, example);
    }
}
