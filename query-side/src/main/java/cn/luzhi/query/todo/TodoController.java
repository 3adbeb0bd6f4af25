package cn.luzhi.query.todo;

import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.security.Viewers;
import cn.luzhi.query.todo.TodoViews.TodoList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待办: the caller's waiting work. The limit is read as text and checked here, so a bad one is refused in Chinese. */
@RestController
class TodoController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final Todo todo;
    private final Viewers viewers;

    TodoController(Todo todo, Viewers viewers) {
        this.todo = todo;
        this.viewers = viewers;
    }

    @GetMapping("/api/todo")
    TodoList todo(@RequestParam(required = false) String limit) {
        return todo.of(viewers.current(), limit(limit));
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Answered below like a number out of range.
        }
        throw new InvalidQuery("limit", "每组条数须为1到" + MAX_LIMIT + "之间的整数");
    }
}
