using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
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
/// The columns are the row type's public properties in declaration order, each named by its <see cref="NameAttribute"/>,
/// read here (the properties are kept for it) and each field written through CsvHelper's converter for its type. CsvHelper's
/// own record mapping builds generic types over the row's member types at run time, which the Native AOT build of the
/// CLI cannot do (README, Start-up).
/// </remarks>
internal sealed class CsvTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TRow>(
    TextWriter output, Func<SitrepRecord, IEnumerable<TRow>> rows) : ICsvTable
{
    // With NewLine set, CsvHelper quotes a field only when it holds that exact "\r\n"; a lone \n or \r (a name across a
    // paragraph break) must be quoted too, or readers split the row there.
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        ShouldQuote = args => args.Field is { } f && (f.AsSpan().IndexOfAny('\r', '\n') >= 0 || ConfigurationFunctions.ShouldQuote(args)),
    };

    private static readonly PropertyInfo[] Columns = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);
    private readonly CsvWriter _csv = new(output, Config, leaveOpen: true);
    private bool _header;

    public int Write(SitrepRecord record)
    {
        Header();
        int n = 0;
        foreach (var row in rows(record))
        {
            foreach (var column in Columns)
            {
                _csv.WriteField(column.GetValue(row));
            }

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
            foreach (var column in Columns)
            {
                _csv.WriteField(column.GetCustomAttribute<NameAttribute>()?.Names[0] ?? column.Name);
            }

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
