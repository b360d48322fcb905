-- The DuckDB peer of the customer360 default pipeline (SPEC.md), for the benchmark.
-- Run by DuckDbPipeline: statements end with ';' at the end of a line; ${in} and ${out} are
-- the input and output directories. The statement after '-- @repeat-until-zero' is run again
-- until it changes no row. See the module README for what this approximates.

SET TimeZone = 'UTC';
SET preserve_insertion_order = true;

-- SPEC §2 ------------------------------------------------------------------------------------
CREATE MACRO clean(x) AS CASE
    WHEN lower(trim(x, E' \t\r\n\f')) IN ('', 'null', 'none', 'n/a', 'na', 'nan', '#n/a') THEN NULL
    ELSE trim(x, E' \t\r\n\f') END;

CREATE MACRO email_std(e) AS CASE
    WHEN length(e) <= 254 AND length(split_part(e, '@', 1)) <= 64
        AND regexp_full_match(e, '[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}')
    THEN lower(e) END;

CREATE MACRO unbrace(u) AS CASE WHEN u[1] = '{' AND u[-1] = '}' THEN u[2:-2] ELSE u END;

CREATE MACRO uuid_std(u) AS CASE
    WHEN regexp_full_match(unbrace(u), '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}')
        AND unbrace(u) <> '00000000-0000-0000-0000-000000000000'
    THEN lower(unbrace(u)) END;

-- Rounded half-even to cents; NULL when not a plain decimal or 10^16 or more.
CREATE MACRO amount_std(a) AS CASE
    WHEN regexp_full_match(a, '[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?')
        AND abs(TRY_CAST(a AS DECIMAL(38, 10))) < 1e16
    THEN round_even(TRY_CAST(a AS DECIMAL(38, 10)), 2) END;

CREATE MACRO status_std(s) AS CASE WHEN lower(s) = 'canceled' THEN 'cancelled' ELSE lower(s) END;

CREATE MACRO name_std(n) AS array_to_string(list_transform(
    string_split(regexp_replace(lower(n), '\s+', ' ', 'g'), ' '),
    w -> array_to_string(list_transform(string_split(w, '-'), p -> CASE
        WHEN p[2] IN ('''', '’') THEN upper(p[1]) || p[2] || upper(p[3]) || p[4:]
        ELSE upper(p[1]) || p[2:] END), '-')), ' ');

-- The year as written: first four digits, or after the second slash of M/d/yyyy.
CREATE MACRO year_written(t) AS TRY_CAST(coalesce(
    nullif(regexp_extract(t, '^([0-9]{4})[-/]', 1), ''),
    nullif(regexp_extract(t, '^[0-9]{1,2}/[0-9]{1,2}/([0-9]{4})', 1), '')) AS INTEGER);

-- t upper-cased, 'T' as ' ', a trailing 'Z' as '+00:00'.
CREATE MACRO ts_norm(t) AS regexp_replace(replace(upper(t), 'T', ' '), 'Z$', '+00:00');

CREATE MACRO has_offset(t) AS regexp_full_match(t, '.* [0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?[+-][0-9]{2}(:?[0-9]{2})?');

CREATE MACRO ts_text(t) AS CASE
    WHEN year_written(t) NOT BETWEEN 1900 AND 2100 OR year_written(t) IS NULL THEN NULL
    WHEN has_offset(ts_norm(t)) THEN CAST(try_strptime(ts_norm(t), [
        '%Y-%m-%d %H:%M:%S.%n%z', '%Y-%m-%d %H:%M:%S%z', '%Y-%m-%d %H:%M%z',
        '%Y/%m/%d %H:%M:%S.%n%z', '%Y/%m/%d %H:%M:%S%z', '%Y/%m/%d %H:%M%z',
        '%m/%d/%Y %H:%M:%S.%n%z', '%m/%d/%Y %H:%M:%S%z', '%m/%d/%Y %H:%M%z']) AS TIMESTAMP)
    ELSE CAST(try_strptime(ts_norm(t), [
        '%Y-%m-%d %H:%M:%S', '%Y-%m-%d', '%Y-%m-%d %H:%M:%S.%n', '%Y-%m-%d %H:%M',
        '%Y/%m/%d %H:%M', '%Y/%m/%d %H:%M:%S', '%Y/%m/%d', '%Y/%m/%d %H:%M:%S.%n',
        '%m/%d/%Y', '%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M', '%m/%d/%Y %H:%M:%S.%n']) AS TIMESTAMP) END;

-- 9-11 digits: epoch seconds; 12-14: epoch milliseconds; before 2101-01-01.
CREATE MACRO ts_std(t) AS CASE
    WHEN regexp_full_match(t, '[0-9]{9,11}') THEN
        CASE WHEN t::BIGINT < 4133980800 THEN epoch_ms(t::BIGINT * 1000) END
    WHEN regexp_full_match(t, '[0-9]{12,14}') THEN
        CASE WHEN t::BIGINT < 4133980800000 THEN epoch_ms(t::BIGINT) END
    ELSE ts_text(t) END;

-- UUID.nameUUIDFromBytes: MD5 with version 3 and the IETF variant.
CREATE MACRO name_uuid(s) AS substr(md5(s), 1, 8) || '-' || substr(md5(s), 9, 4) || '-3'
    || substr(md5(s), 14, 3) || '-'
    || substr('89ab', (position(substr(md5(s), 17, 1) IN '0123456789abcdef') - 1) % 4 + 1, 1)
    || substr(md5(s), 18, 3) || '-' || substr(md5(s), 21, 12);

-- Physical line of the k-th (0-based) well-formed record, given the malformed lines.
-- (Used through an ASOF join: malformed line i, sorted, comes after line - 2 - (i - 1) records.)

-- Reading -------------------------------------------------------------------------------------
CREATE TABLE raw_map AS SELECT * FROM read_csv('${in}/identity_map.csv', header = true,
    delim = ',', quote = '"', escape = '"', all_varchar = true,
    store_rejects = true, rejects_table = 'bad_map', rejects_scan = 'bad_map_scan');

CREATE TABLE raw_leads AS SELECT * FROM read_csv('${in}/crm_leads.csv', header = true,
    delim = ',', quote = '"', escape = '"', all_varchar = true,
    store_rejects = true, rejects_table = 'bad_leads', rejects_scan = 'bad_leads_scan');

-- No quote processing: DuckDB lets a quote that is never closed swallow every line up to the
-- next quote, where SPEC loses one record (see README).
CREATE TABLE raw_tx AS SELECT * FROM read_csv('${in}/transactions.txt', header = true,
    delim = '|', quote = '', escape = '', all_varchar = true,
    store_rejects = true, rejects_table = 'bad_tx', rejects_scan = 'bad_tx_scan');

CREATE TABLE raw_web AS SELECT line FROM read_csv('${in}/web_activity.json', header = false,
    columns = {'line': 'VARCHAR'}, delim = E'\x01', quote = '', escape = '', auto_detect = false);

CREATE TABLE bad_lines AS
    SELECT 'identity_map' AS source, line, any_value(csv_line) AS raw FROM bad_map GROUP BY line
    UNION ALL SELECT 'leads', line, any_value(csv_line) FROM bad_leads GROUP BY line
    UNION ALL SELECT 'transactions', line, any_value(csv_line) FROM bad_tx GROUP BY line;

CREATE TABLE bad_offsets AS
    SELECT source, line - 2 - (row_number() OVER (PARTITION BY source ORDER BY line) - 1) AS pos,
        row_number() OVER (PARTITION BY source ORDER BY line) AS before
    FROM bad_lines;

-- Standardising and validating (SPEC §2, §3) -------------------------------------------------
CREATE TABLE map AS
WITH c AS (SELECT rowid AS pos, clean(email) AS email_c, clean(user_uuid) AS uuid_c FROM raw_map),
s AS (SELECT *, email_std(email_c) AS email, uuid_std(uuid_c) AS user_uuid FROM c)
SELECT *, CASE
    WHEN email_c IS NULL THEN 'MISSING_EMAIL'
    WHEN email IS NULL THEN 'INVALID_EMAIL'
    WHEN uuid_c IS NULL THEN 'MISSING_USER_UUID'
    WHEN user_uuid IS NULL THEN 'INVALID_USER_UUID' END AS reason
FROM s;

CREATE TABLE leads AS
WITH c AS (SELECT rowid AS pos, clean(lead_id) AS lead_id, clean(full_name) AS name_c,
    clean(email) AS email_c, clean(phone) AS phone, clean(lead_source) AS lead_source,
    clean(creation_date) AS created_c, clean(user_uuid) AS uuid_c FROM raw_leads),
s AS (SELECT *, name_std(name_c) AS full_name, email_std(email_c) AS email,
    uuid_std(uuid_c) AS user_uuid, ts_std(created_c) AS created_at FROM c)
SELECT *, CASE
    WHEN email_c IS NULL THEN 'MISSING_EMAIL'
    WHEN email IS NULL THEN 'INVALID_EMAIL'
    WHEN uuid_c IS NOT NULL AND user_uuid IS NULL THEN 'INVALID_USER_UUID'
    WHEN created_c IS NOT NULL AND created_at IS NULL THEN 'INVALID_TIMESTAMP' END AS reason
FROM s;

UPDATE leads SET reason = 'DUPLICATE_LEAD' WHERE pos IN (
    SELECT pos FROM (SELECT pos, row_number() OVER (PARTITION BY email
        ORDER BY created_at DESC NULLS LAST, pos DESC) AS rn FROM leads WHERE reason IS NULL)
    WHERE rn > 1);

CREATE TABLE tx AS
WITH c AS (SELECT rowid AS pos, clean(transaction_id) AS tid, clean(user_uuid) AS uuid_c,
    clean(amount) AS amount_c, clean(status) AS status_c, clean(transaction_date) AS date_c,
    clean(email) AS email_c FROM raw_tx),
s AS (SELECT *, uuid_std(uuid_c) AS user_uuid, amount_std(amount_c) AS amount,
    ts_std(date_c) AS tx_at, status_std(status_c) AS status, email_std(email_c) AS email FROM c)
SELECT *, CASE
    WHEN tid IS NULL THEN 'MISSING_TRANSACTION_ID'
    WHEN uuid_c IS NULL THEN 'MISSING_USER_UUID'
    WHEN user_uuid IS NULL THEN 'INVALID_USER_UUID'
    WHEN amount IS NULL THEN 'INVALID_AMOUNT'
    WHEN date_c IS NOT NULL AND tx_at IS NULL THEN 'INVALID_TIMESTAMP'
    WHEN status_c IS NULL THEN 'MISSING_STATUS'
    WHEN email_c IS NOT NULL AND email IS NULL THEN 'INVALID_EMAIL'
    WHEN amount <= 0 THEN 'NON_POSITIVE_AMOUNT'
    WHEN status NOT IN ('completed', 'pending', 'refunded', 'failed', 'cancelled') THEN 'UNKNOWN_STATUS'
    END AS reason
FROM s;

UPDATE tx SET reason = 'DUPLICATE_TRANSACTION_ID' WHERE pos IN (
    SELECT pos FROM (SELECT pos, row_number() OVER (PARTITION BY tid ORDER BY pos) AS rn
        FROM tx WHERE reason IS NULL) WHERE rn > 1);

-- Invalid lines are stored as '{}' in a table of their own before any JSON function reads
-- them: inside one query DuckDB may evaluate json_extract on rows that a CASE skips, and then
-- fails the whole query on a malformed line.
CREATE TABLE web_lines AS
SELECT pos, line, ok, CASE WHEN ok THEN line ELSE '{}' END AS json_text FROM (
    SELECT rowid AS pos, line,
        CASE WHEN regexp_full_match(line, '\s*\{.*\}\s*') THEN json_valid(line) ELSE false END AS ok
    FROM raw_web);

CREATE TABLE web AS
WITH e AS (SELECT pos, line, ok, CASE WHEN ok THEN json_extract(json_text,
    ['$.user_uuid', '$.session_id', '$.page_views', '$.timestamp', '$.event_time', '$.ts',
    '$.email']) END AS f FROM web_lines),
c AS (SELECT pos, line, ok,
    clean(json_extract_string(f[1], '$')) AS uuid_c,
    clean(json_extract_string(f[2], '$')) AS session_id,
    json_type(f[3]) AS views_type, json_extract_string(f[3], '$') AS views_c,
    clean(coalesce(json_extract_string(f[4], '$'), json_extract_string(f[5], '$'),
        json_extract_string(f[6], '$'))) AS ts_c,
    clean(json_extract_string(f[7], '$')) AS email_c FROM e),
s AS (SELECT *, uuid_std(uuid_c) AS user_uuid, ts_std(ts_c) AS seen_at, email_std(email_c) AS email,
    CASE
        WHEN views_type IS NULL OR views_type = 'NULL' THEN 1
        WHEN views_type IN ('UBIGINT', 'BIGINT') THEN CASE WHEN TRY_CAST(views_c AS BIGINT) >= 0 THEN TRY_CAST(views_c AS BIGINT) END
        WHEN views_type = 'DOUBLE' THEN CASE WHEN TRY_CAST(views_c AS DOUBLE) >= 0
            AND TRY_CAST(views_c AS DOUBLE) = floor(TRY_CAST(views_c AS DOUBLE)) THEN TRY_CAST(TRY_CAST(views_c AS DOUBLE) AS BIGINT) END
        WHEN views_type = 'VARCHAR' THEN CASE WHEN clean(views_c) IS NULL THEN 1
            WHEN regexp_full_match(clean(views_c), '[0-9]+') THEN TRY_CAST(clean(views_c) AS BIGINT) END
        END AS page_views
    FROM c)
SELECT *, CASE
    WHEN NOT ok THEN 'MALFORMED_RECORD'
    WHEN uuid_c IS NULL THEN 'MISSING_USER_UUID'
    WHEN user_uuid IS NULL THEN 'INVALID_USER_UUID'
    WHEN page_views IS NULL THEN 'INVALID_PAGE_VIEWS'
    WHEN ts_c IS NOT NULL AND seen_at IS NULL THEN 'INVALID_TIMESTAMP'
    WHEN email_c IS NOT NULL AND email IS NULL THEN 'INVALID_EMAIL' END AS reason
FROM s;

-- Identity groups (SPEC §4): connected components by label propagation ---------------------
CREATE TABLE edges AS SELECT DISTINCT a, b FROM (
    SELECT 'email:' || email AS a, 'uuid:' || user_uuid AS b FROM map WHERE reason IS NULL
    UNION ALL SELECT 'email:' || email, 'uuid:' || user_uuid FROM leads WHERE reason IS NULL AND user_uuid IS NOT NULL
    UNION ALL SELECT 'email:' || email, 'uuid:' || user_uuid FROM tx WHERE reason IS NULL AND email IS NOT NULL
    UNION ALL SELECT 'email:' || email, 'uuid:' || user_uuid FROM web WHERE reason IS NULL AND email IS NOT NULL);

CREATE TABLE links AS SELECT a, b FROM edges UNION SELECT b, a FROM edges;

CREATE TABLE labels AS SELECT DISTINCT node, node AS label FROM (
    SELECT a AS node FROM links
    UNION ALL SELECT 'email:' || email FROM leads WHERE reason IS NULL
    UNION ALL SELECT 'uuid:' || user_uuid FROM tx WHERE reason IS NULL
    UNION ALL SELECT 'uuid:' || user_uuid FROM web WHERE reason IS NULL);

-- @repeat-until-zero
UPDATE labels SET label = m.label FROM (
    SELECT k.a AS node, min(l.label) AS label FROM links k JOIN labels l ON l.node = k.b GROUP BY k.a) m
WHERE labels.node = m.node AND m.label < labels.label;

-- Aggregating (SPEC §4, §5) -------------------------------------------------------------------
CREATE TABLE ids AS SELECT label AS anchor,
    coalesce(list(substr(node, 7) ORDER BY node) FILTER (WHERE node LIKE 'email:%'), []) AS emails,
    coalesce(list(substr(node, 6) ORDER BY node) FILTER (WHERE node LIKE 'uuid:%'), []) AS user_uuids
FROM labels GROUP BY label;

CREATE TABLE lead_primary AS SELECT DISTINCT ON (g.label) g.label AS anchor, l.email, l.lead_id,
    l.full_name, l.phone, l.lead_source, l.created_at
FROM leads l JOIN labels g ON g.node = 'email:' || l.email
WHERE l.reason IS NULL ORDER BY g.label, l.created_at DESC NULLS LAST, l.pos DESC;

CREATE TABLE tx_agg AS SELECT g.label AS anchor, count(*) AS transaction_count,
    count(*) FILTER (WHERE status = 'completed') AS completed_count,
    count(*) FILTER (WHERE status = 'pending') AS pending_count,
    count(*) FILTER (WHERE status = 'refunded') AS refunded_count,
    count(*) FILTER (WHERE status = 'failed') AS failed_count,
    count(*) FILTER (WHERE status = 'cancelled') AS cancelled_count,
    coalesce(sum(amount) FILTER (WHERE status = 'completed'), 0) AS completed_amount,
    coalesce(sum(amount) FILTER (WHERE status = 'pending'), 0) AS pending_amount,
    coalesce(sum(amount) FILTER (WHERE status = 'refunded'), 0) AS refunded_amount,
    coalesce(sum(amount) FILTER (WHERE status = 'failed'), 0) AS failed_amount,
    coalesce(sum(amount) FILTER (WHERE status = 'cancelled'), 0) AS cancelled_amount,
    min(tx_at) AS first_transaction_at, max(tx_at) AS last_transaction_at,
    list(tid ORDER BY tid) AS transaction_ids
FROM tx t JOIN labels g ON g.node = 'uuid:' || t.user_uuid
WHERE t.reason IS NULL GROUP BY g.label;

CREATE TABLE web_agg AS SELECT g.label AS anchor, count(*) AS web_event_count,
    sum(page_views) AS total_page_views, count(DISTINCT session_id) AS session_count,
    min(seen_at) AS first_seen_at, max(seen_at) AS last_seen_at
FROM web w JOIN labels g ON g.node = 'uuid:' || w.user_uuid
WHERE w.reason IS NULL GROUP BY g.label;

CREATE TABLE customers AS SELECT
    name_uuid('customer360:' || i.anchor) AS customer_id,
    coalesce(p.email, list_first(i.emails)) AS primary_email,
    i.emails, i.user_uuids,
    p.lead_id, p.full_name, p.phone, p.lead_source, p.created_at::TIMESTAMP_MS AS lead_created_at,
    coalesce(t.transaction_count, 0) AS transaction_count,
    coalesce(t.completed_count, 0) AS completed_count,
    coalesce(t.pending_count, 0) AS pending_count,
    coalesce(t.refunded_count, 0) AS refunded_count,
    coalesce(t.failed_count, 0) AS failed_count,
    coalesce(t.cancelled_count, 0) AS cancelled_count,
    coalesce(t.completed_amount, 0)::DECIMAL(18, 2) AS completed_amount,
    coalesce(t.pending_amount, 0)::DECIMAL(18, 2) AS pending_amount,
    coalesce(t.refunded_amount, 0)::DECIMAL(18, 2) AS refunded_amount,
    coalesce(t.failed_amount, 0)::DECIMAL(18, 2) AS failed_amount,
    coalesce(t.cancelled_amount, 0)::DECIMAL(18, 2) AS cancelled_amount,
    t.first_transaction_at::TIMESTAMP_MS AS first_transaction_at,
    t.last_transaction_at::TIMESTAMP_MS AS last_transaction_at,
    coalesce(t.transaction_ids, []) AS transaction_ids,
    coalesce(w.web_event_count, 0) AS web_event_count,
    coalesce(w.total_page_views, 0)::BIGINT AS total_page_views,
    coalesce(w.session_count, 0) AS session_count,
    w.first_seen_at::TIMESTAMP_MS AS first_seen_at, w.last_seen_at::TIMESTAMP_MS AS last_seen_at,
    greatest(t.last_transaction_at, w.last_seen_at)::TIMESTAMP_MS AS last_activity_at,
    p.anchor IS NOT NULL AS has_lead,
    t.anchor IS NOT NULL AS has_transactions,
    w.anchor IS NOT NULL AS has_web_activity
FROM ids i
LEFT JOIN lead_primary p ON p.anchor = i.anchor
LEFT JOIN tx_agg t ON t.anchor = i.anchor
LEFT JOIN web_agg w ON w.anchor = i.anchor
WHERE p.anchor IS NOT NULL OR t.anchor IS NOT NULL OR w.anchor IS NOT NULL;

-- Writing (SPEC §5, §6) -----------------------------------------------------------------------
COPY (SELECT * FROM customers ORDER BY customer_id)
TO '${out}/customer_360.parquet' (FORMAT PARQUET, COMPRESSION SNAPPY);

CREATE TABLE rejects AS
WITH positioned AS (
    SELECT 'identity_map' AS source, pos, reason, concat_ws(',', email_c, uuid_c) AS raw,
        NULL AS tid, NULL AS status_c, NULL AS amount_c,
        CASE reason WHEN 'MISSING_EMAIL' THEN 'Missing email'
            WHEN 'INVALID_EMAIL' THEN 'Invalid email (' || email_c || ')'
            WHEN 'MISSING_USER_UUID' THEN 'Missing user_uuid'
            ELSE 'Invalid user_uuid (' || uuid_c || ')' END AS message
    FROM map WHERE reason IS NOT NULL
    UNION ALL
    SELECT 'leads', pos, reason, concat_ws(',', lead_id, name_c, email_c, phone, lead_source, created_c, uuid_c),
        NULL, NULL, NULL,
        CASE reason WHEN 'MISSING_EMAIL' THEN 'Missing email'
            WHEN 'INVALID_EMAIL' THEN 'Invalid email (' || email_c || ')'
            WHEN 'INVALID_USER_UUID' THEN 'Invalid user_uuid (' || uuid_c || ')'
            WHEN 'INVALID_TIMESTAMP' THEN 'Invalid timestamp (' || created_c || ')'
            ELSE 'Duplicate lead (a newer lead has the same email)' END
    FROM leads WHERE reason IS NOT NULL
    UNION ALL
    SELECT 'transactions', pos, reason, concat_ws('|', tid, uuid_c, amount_c, status_c, date_c, email_c),
        tid, status_c, amount_c,
        CASE reason WHEN 'MISSING_TRANSACTION_ID' THEN 'Missing transaction_id'
            WHEN 'MISSING_USER_UUID' THEN 'Missing user_uuid'
            WHEN 'INVALID_USER_UUID' THEN 'Invalid user_uuid (' || uuid_c || ')'
            WHEN 'INVALID_AMOUNT' THEN 'Invalid amount (' || coalesce(amount_c, '') || ')'
            WHEN 'INVALID_TIMESTAMP' THEN 'Invalid timestamp (' || date_c || ')'
            WHEN 'MISSING_STATUS' THEN 'Missing status'
            WHEN 'INVALID_EMAIL' THEN 'Invalid email (' || email_c || ')'
            WHEN 'NON_POSITIVE_AMOUNT' THEN 'Non-positive amount (' || amount_c || ')'
            WHEN 'UNKNOWN_STATUS' THEN 'Unknown status (' || status_c || ')'
            ELSE 'Duplicate transaction id (' || tid || ')' END
    FROM tx WHERE reason IS NOT NULL)
SELECT r.source, r.pos + 2 + coalesce(b.before, 0) AS line, r.reason AS reason_code,
    r.message AS reason, r.raw, r.tid, r.status_c, r.amount_c
FROM positioned r ASOF LEFT JOIN bad_offsets b ON b.source = r.source AND r.pos >= b.pos
UNION ALL
SELECT source, line, 'MALFORMED_RECORD', 'Malformed record', raw, NULL, NULL, NULL FROM bad_lines
UNION ALL
SELECT 'web_activity', pos + 1, reason,
    CASE reason WHEN 'MALFORMED_RECORD' THEN 'Malformed record (not a JSON object)'
        WHEN 'MISSING_USER_UUID' THEN 'Missing user_uuid'
        WHEN 'INVALID_USER_UUID' THEN 'Invalid user_uuid (' || uuid_c || ')'
        WHEN 'INVALID_PAGE_VIEWS' THEN 'Invalid page_views (' || views_c || ')'
        WHEN 'INVALID_TIMESTAMP' THEN 'Invalid timestamp (' || ts_c || ')'
        ELSE 'Invalid email (' || email_c || ')' END,
    line, NULL, NULL, NULL
FROM web WHERE reason IS NOT NULL;

COPY (SELECT source, line, reason_code, reason, raw FROM rejects
    ORDER BY list_position(['identity_map', 'leads', 'transactions', 'web_activity'], source), line)
TO '${out}/rejects.jsonl' (FORMAT JSON);

COPY (SELECT coalesce(tid, '') AS transaction_id, coalesce(status_c, '') AS status,
    coalesce(amount_c, '') AS amount, reason
    FROM rejects WHERE source = 'transactions' ORDER BY line)
TO '${out}/rejected_transactions.log' (HEADER, DELIMITER '|', QUOTE '"');
