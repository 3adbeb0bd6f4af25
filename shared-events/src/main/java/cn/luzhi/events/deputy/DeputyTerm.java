package cn.luzhi.events.deputy;

import jakarta.validation.constraints.Positive;

/**
 * The congress term (届次) a deputy serves in, e.g. the 12th term from 2021 to 2026.
 *
 * @param number    the term's ordinal number (第几届)
 * @param startYear the year the term began
 * @param endYear   the year the term is due to end
 */
public record DeputyTerm(@Positive int number, @Positive int startYear, @Positive int endYear) {
}
