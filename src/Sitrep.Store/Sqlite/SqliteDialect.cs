using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>SQLite's SQL: FTS5 tables beside documents and quotes, COLLATE NOCASE, 1-based substr.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string Search => """
        SELECT d.doc_id, d.date, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
        WHERE documents_fts MATCH @text ORDER BY rank
        """;

    public override string QuoteAbout => "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @about)";

    /// <summary>User text as an FTS5 query: every word a quoted term (so that no character is read as syntax), all required.</summary>
    public override string FullText(string text)
    {
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        string query = string.Join(' ', terms);
        return query.Length == 0 ? throw new StoreException("the search text is empty") : query;
    }

    public override string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";

    // SQLite answers the OR with one index lookup per side (MULTI-INDEX OR).
    public override string EventOf(string identities) => $"(e.source_identity IN ({identities}) OR e.target_identity IN ({identities}))";

    public override string NowMillis => "CAST(unixepoch('subsec') * 1000 AS INTEGER)";

    public override string Evidence(string alias) => $"substr(d.text, {alias}.span_start + 1, {alias}.span_end - {alias}.span_start)";
}
