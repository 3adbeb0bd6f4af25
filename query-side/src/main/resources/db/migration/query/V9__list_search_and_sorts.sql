-- Case lists: search by words of the title and content (q) and sort by any column the list pages show.
--
-- Search. A word must occur anywhere in the text, case-insensitively, and Chinese is searched without word
-- segmentation, so the words are mostly one or two characters long. Trigram indexes (pg_trgm, which both the
-- embedded PostgreSQL 17 and the Debian server ship) cannot serve those: a pattern of fewer than three characters
-- has no trigram, and the index then reads every entry. So each searchable table gets a GIN index of the single
-- characters and character pairs of its lower-cased text: a one-character word needs one key, a longer word the
-- keys of its pairs, and the rows holding all of them are then checked for the word itself. The keys are the
-- grams' hashtext() values, not the grams: integers compare far faster than text in a collation, which halved the
-- index's build time (20,000 petitions: 10.4 s against 22.5 s, same size); a collision only lets a row through to
-- the check. hashtext() is immutable, and hash partitioning relies on it staying the same across versions. Only
-- core functions are used: no extension to install. README "Benchmarks" (CaseListBenchmark) has the figures.

-- The index keys of a case's text (title and body joined by a space, either may be null): its characters and
-- character pairs, hashed. Its cost is what it takes (about a thousand simple operators for a petition's text), so
-- that the planner reads the index rather than computing this for every row, and in a filter tests the substring
-- first; at the default cost a search for two common words went to a sequential scan and took seconds.
CREATE FUNCTION read.search_grams(title TEXT, body TEXT) RETURNS INTEGER[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000
AS $$
SELECT ARRAY(SELECT hashtext(gram)
             FROM unnest(chars || ARRAY(SELECT a || b FROM unnest(chars, chars[2:]) AS pair(a, b)
                                        WHERE b IS NOT NULL)) AS gram)
FROM (SELECT string_to_array(lower(coalesce(title, '') || ' ' || coalesce(body, '')), NULL) AS chars) text_chars
$$;

-- The index keys a word needs: its character pairs, or the character itself for a one-character word, hashed.
CREATE FUNCTION read.search_keys(word TEXT) RETURNS INTEGER[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT ARRAY(SELECT hashtext(gram)
             FROM unnest(CASE WHEN cardinality(chars) < 2 THEN chars
                              ELSE ARRAY(SELECT a || b FROM unnest(chars, chars[2:]) AS pair(a, b)
                                         WHERE b IS NOT NULL) END) AS gram)
FROM (SELECT string_to_array(lower(word), NULL) AS chars) word_chars
$$;

-- Whether the text holds the word. A plain SQL expression without FROM, so that PostgreSQL inlines it into the
-- query, where the containment test matches the table's search index and the substring test rechecks its rows.
-- Not STRICT on purpose: a strict function whose body may not return null for a null argument is not inlined.
CREATE FUNCTION read.search_matches(title TEXT, body TEXT, word TEXT) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT read.search_grams(title, body) @> read.search_keys(word)
   AND strpos(lower(coalesce(title, '') || ' ' || coalesce(body, '')), lower(word)) > 0
$$;

-- The text each list searches (query-side TextSearch callers): cases without a content search what text they have.
CREATE INDEX petition_search_idx ON read.petition USING gin (read.search_grams(title, content));
CREATE INDEX suggestion_search_idx ON read.suggestion USING gin (read.search_grams(title, content));
CREATE INDEX mediation_case_search_idx ON read.mediation_case
    USING gin (read.search_grams(mediation_case_id, ruling_number));
CREATE INDEX ballot_search_idx ON read.ballot USING gin (read.search_grams(title, shortlist_reason));
CREATE INDEX livelihood_project_search_idx ON read.livelihood_project
    USING gin (read.search_grams(title, progress_note));

-- Sorts (ListOrder): the first page of a list sorted by a column reads that column's index and sorts only the
-- ties by id (an incremental sort), instead of sorting every row. The time columns the default orders use and
-- region_id's LIKE index (varchar_pattern_ops, which cannot order) existed before.
CREATE INDEX petition_title_idx ON read.petition (title);
CREATE INDEX petition_status_idx ON read.petition (status);
CREATE INDEX petition_source_idx ON read.petition (source);
CREATE INDEX petition_region_order_idx ON read.petition (region_id);
CREATE INDEX petition_reply_due_idx ON read.petition (reply_due_at);
CREATE INDEX suggestion_title_idx ON read.suggestion (title);
CREATE INDEX suggestion_kind_idx ON read.suggestion (kind);
CREATE INDEX suggestion_status_idx ON read.suggestion (status);
CREATE INDEX suggestion_lead_unit_idx ON read.suggestion (lead_unit_id);
CREATE INDEX suggestion_result_idx ON read.suggestion (result);
CREATE INDEX suggestion_reply_due_idx ON read.suggestion (reply_due_at);
CREATE INDEX mediation_case_status_idx ON read.mediation_case (status);
CREATE INDEX mediation_case_dispute_idx ON read.mediation_case (dispute_type);
CREATE INDEX mediation_case_court_idx ON read.mediation_case (court_id);
CREATE INDEX mediation_case_region_order_idx ON read.mediation_case (region_id);
CREATE INDEX mediation_case_due_idx ON read.mediation_case (mediation_due_at);
CREATE INDEX mediation_case_ended_idx ON read.mediation_case (ended_at);
