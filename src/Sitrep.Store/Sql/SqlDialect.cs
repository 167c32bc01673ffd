namespace Sitrep.Store.Sql;

/// <summary>What differs between the SQL of the store's backends: full-text search and case-insensitive equality.</summary>
internal abstract class SqlDialect
{
    /// <summary>Documents matching @text, best first: doc_id, date, title, snippet (matches in [brackets]).</summary>
    public abstract string Search { get; }

    /// <summary>A condition on quotes q: the quote's words include those of @about.</summary>
    public abstract string QuoteAbout { get; }

    /// <summary>The search text as the backend's full-text query.</summary>
    public abstract string FullText(string text);

    /// <summary>A condition: <paramref name="column"/> equals <paramref name="parameter"/> ignoring case.</summary>
    public abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>A condition on events e: its source or its target identity is one of <paramref name="identities"/> (a subquery).</summary>
    public abstract string EventOf(string identities);

    /// <summary>The text of d.text between the span columns of <paramref name="alias"/>.</summary>
    public abstract string Evidence(string alias);

    /// <summary>The server's clock in milliseconds since 1970 (queue_messages.processed_at).</summary>
    public abstract string NowMillis { get; }

    /// <summary><paramref name="column"/> for ORDER BY in ordinal (byte) order, whatever the database's collation.</summary>
    public virtual string Ordinal(string column) => column;
}
