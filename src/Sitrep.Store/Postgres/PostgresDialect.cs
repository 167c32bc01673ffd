using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>PostgreSQL's SQL: generated tsvector columns (English configuration), ts_headline snippets, lower() for case.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override string Search => """
        SELECT d.doc_id, d.date, d.title,
          ts_headline('english', d.text, query, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
        FROM documents d, plainto_tsquery('english', @text) query
        WHERE d.tsv @@ query ORDER BY ts_rank(d.tsv, query) DESC, d.doc_id
        """;

    public override string QuoteAbout => "q.tsv @@ plainto_tsquery('english', @about)";

    public override string FullText(string text)
        => string.IsNullOrWhiteSpace(text) ? throw new StoreException("the search text is empty") : text;

    public override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";

    public override string NowMillis => "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)";

    public override string Ordinal(string column) => column + " COLLATE \"C\"";

    public override string Evidence(string alias) => $"substr(d.text, CAST({alias}.span_start AS INT) + 1, CAST({alias}.span_end - {alias}.span_start AS INT))";
}
