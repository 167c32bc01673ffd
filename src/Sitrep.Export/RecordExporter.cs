using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    /// <summary>One sitrep/1 record per line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV, one table per item kind.</summary>
    Csv,

    /// <summary>GDELT 2.0 event table: 61 tab-separated columns, no header.</summary>
    Gdelt,

    /// <summary>ACLED-style event columns (CSV with a header).</summary>
    Acled,
}

/// <summary>
/// Writes records to a text output as they come: <see cref="Write"/> takes one record and writes its rows at once, so
/// a run over a corpus holds one record at a time. <see cref="Export"/> and <see cref="ExportAsync"/> drive it over a
/// sequence. Dispose (or <see cref="Complete"/>) flushes; the output itself is the caller's to close.
/// </summary>
public abstract class RecordExporter : IDisposable
{
    protected RecordExporter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output = output;
    }

    protected TextWriter Output { get; }

    /// <summary>Rows written so far (records for jsonl).</summary>
    public long Rows { get; protected set; }

    /// <summary>Records that gave no row (for gdelt and acled: events that have no mapping), counted per event.</summary>
    public long Skipped { get; protected set; }

    /// <summary>The exporter of <paramref name="format"/>; <paramref name="kind"/> is the CSV table (ignored otherwise).</summary>
    public static RecordExporter Create(ExportFormat format, TextWriter output, CsvKind kind = CsvKind.Events, ExportTables? tables = null) => format switch
    {
        ExportFormat.Jsonl => new JsonlExporter(output),
        ExportFormat.Csv => new CsvExporter(output, kind),
        ExportFormat.Gdelt => new GdeltExporter(output, tables ?? ExportTables.Shared),
        ExportFormat.Acled => new AcledExporter(output, tables ?? ExportTables.Shared),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
    };

    /// <summary>Writes the rows of one record.</summary>
    public abstract void Write(SitrepRecord record);

    /// <summary>Writes every record of <paramref name="records"/>, then flushes; returns the rows written.</summary>
    public long Export(IEnumerable<SitrepRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var r in records)
        {
            Write(r);
        }

        Complete();
        return Rows;
    }

    /// <summary>Writes every record of an asynchronous sequence, then flushes; returns the rows written.</summary>
    public async Task<long> ExportAsync(IAsyncEnumerable<SitrepRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await foreach (var r in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Write(r);
        }

        Complete();
        return Rows;
    }

    /// <summary>Flushes what is buffered to the output.</summary>
    public virtual void Complete() => Output.Flush();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Complete();
        }
    }
}
