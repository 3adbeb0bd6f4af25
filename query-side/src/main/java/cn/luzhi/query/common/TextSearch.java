package cn.luzhi.query.common;

import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * A case list's {@code q}: words separated by white space, every one of which must occur in the case's text (its
 * title and content, or what text a case without them has), case-insensitively and anywhere, so that Chinese needs
 * no word segmentation: 「停车」 finds 「小区停车难」.
 * <p>
 * The test is the read schema's {@code read.search_matches(text, text, word)} (V8), which PostgreSQL inlines into
 * a containment test on the GIN index of the text's characters and character pairs plus an exact substring test
 * of the rows the index finds. Trigram indexes (pg_trgm) cannot serve the one- and two-character words Chinese
 * searches mostly are; README "Benchmarks" has the figures.
 */
public final class TextSearch {

    /** Words a search may have: each narrows the list, so more only costs. */
    public static final int MAX_WORDS = 10;
    /** Characters a word may have: a title is at most 255. */
    public static final int MAX_WORD_LENGTH = 100;

    private TextSearch() {
    }

    /** The words of {@code q}, lower-cased as the index keeps them; none for a blank or absent {@code q}. */
    public static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(q.strip().split("[\\s\\u3000]+"))
                .map(word -> word.toLowerCase(Locale.ROOT)).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidQuery("q", "关键词最多 " + MAX_WORDS + " 个");
        }
        if (words.stream().anyMatch(word -> word.length() > MAX_WORD_LENGTH)) {
            throw new InvalidQuery("q", "每个关键词最多 " + MAX_WORD_LENGTH + " 个字");
        }
        return words;
    }

    /**
     * The rows whose {@code title} and {@code body} attributes (a body may be null) hold every word of {@code q};
     * every row when {@code q} has none. The table's V8 index is on exactly these two columns.
     */
    public static <T> Specification<T> matching(String q, String title, String body) {
        List<String> words = words(q);
        // A bound value, not cb.literal: Hibernate writes a literal into the SQL text.
        return (root, query, cb) -> cb.and(words.stream()
                .map(word -> cb.isTrue(cb.function("read.search_matches", Boolean.class, root.get(title),
                        root.get(body), ((HibernateCriteriaBuilder) cb).value(word))))
                .toArray(Predicate[]::new));
    }
}
