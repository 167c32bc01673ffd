using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>PostgreSQL's SQL: generated tsvector columns (English configuration), ts_headline snippets, lower() for case.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // The snippet (computed for the rows kept only) reads the 600 characters around the first place the text holds one of
    // the query's stems, not the whole text (ts_headline parses all it is given); the whole text when no stem is found as written.
    public override string Search => """
        SELECT d.doc_id, d.date, d.title,
          ts_headline('english',
            (SELECT substr(d.text, greatest(1, at - 300), CASE WHEN at > 0 THEN 600 ELSE length(d.text) END)
             FROM (SELECT coalesce(min(nullif(strpos(lower(d.text), w), 0)), 0) AS at FROM unnest(tsvector_to_array(to_tsvector('english', @text))) w) f),
            query, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
        FROM documents d, plainto_tsquery('english', @text) query
        WHERE d.tsv @@ query ORDER BY ts_rank(d.tsv, query) DESC, d.doc_id
        """;

    public override string QuoteAbout => "q.tsv @@ plainto_tsquery('english', @about)";

    public override string FullText(string text)
        => string.IsNullOrWhiteSpace(text) ? throw new StoreException("the search text is empty") : text;

    public override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";

    // PostgreSQL would test every event, read in date order, against both sides; as two index lookups (source, target) instead.
    public override string EventOf(string identities)
        => $"(e.doc_id, e.event_id) IN (SELECT doc_id, event_id FROM events WHERE source_identity IN ({identities}) UNION ALL SELECT doc_id, event_id FROM events WHERE target_identity IN ({identities}))";

    public override string NowMillis => "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)";

    public override string Ordinal(string column) => column + " COLLATE \"C\"";

    public override string Evidence(string alias) => $"substr(d.text, CAST({alias}.span_start AS INT) + 1, CAST({alias}.span_end - {alias}.span_start AS INT))";
}
