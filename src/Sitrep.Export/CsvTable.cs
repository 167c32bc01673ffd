using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// A CSV table being written: RFC 4180 through CsvHelper (invariant culture, comma, CRLF; a field with a comma, quote
/// or line break quoted, quotes doubled), the header row first (also when no record comes), then each record's rows.
/// </summary>
internal interface ICsvTable : IDisposable
{
    /// <summary>Writes one record's rows; returns how many.</summary>
    int Write(SitrepRecord record);

    /// <summary>Writes the header if no row came yet, and flushes.</summary>
    void Flush();
}

/// <inheritdoc cref="ICsvTable"/>
/// <remarks>
/// The row's class map is made here rather than by CsvHelper's reflection over a generic type it constructs at run
/// time, and the row's properties are kept for it, so the table also works in the Native AOT build of the CLI.
/// </remarks>
internal sealed class CsvTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TRow>
    : ICsvTable
{
    private readonly CsvWriter _csv;
    private readonly Func<SitrepRecord, IEnumerable<TRow>> _rows;
    private bool _header;

    public CsvTable(TextWriter output, Func<SitrepRecord, IEnumerable<TRow>> rows)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        _csv = new(output, configuration, leaveOpen: true);
        var map = new DefaultClassMap<TRow>();
        map.AutoMap(configuration);
        _csv.Context.RegisterClassMap(map);
        _rows = rows;
    }

    public int Write(SitrepRecord record)
    {
        Header();
        int n = 0;
        foreach (var row in _rows(record))
        {
            _csv.WriteRecord(row);
            _csv.NextRecord();
            n++;
        }

        return n;
    }

    public void Flush()
    {
        Header();
        _csv.Flush();
    }

    public void Dispose() => _csv.Dispose();

    private void Header()
    {
        if (!_header)
        {
            _csv.WriteHeader<TRow>();
            _csv.NextRecord();
            _header = true;
        }
    }
}

/// <summary>An exporter that writes one CSV table (<see cref="Table"/>, set by the derived constructor).</summary>
public abstract class CsvTableExporter(TextWriter output) : RecordExporter(output)
{
    private protected ICsvTable Table { get; init; } = null!;

    public override void Write(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Rows += Table.Write(record);
    }

    public override void Complete()
    {
        Table.Flush();
        base.Complete();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Table.Dispose();
        }
    }
}
