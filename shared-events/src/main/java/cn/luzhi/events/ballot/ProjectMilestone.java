package cn.luzhi.events.ballot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One step of a livelihood project's plan and the day it is due. */
public record ProjectMilestone(@NotBlank @Size(max = 100) String name, @NotNull LocalDate dueDate) {
}
