package cn.luzhi.command.imports;

/** One error in a file, in Chinese, with the row and the column it belongs to (null for the whole row or file). */
record ImportProblem(Integer row, String column, String message) {
}
