using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>Writes a query's rows as a table (for a person), JSON (an array of objects) or CSV (RFC 4180, with a header).</summary>
internal static class QueryOutput
{
    public static void Write(QueryResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(result, output);
                break;
            case "csv":
                using (var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    foreach (string c in result.Columns)
                    {
                        csv.WriteField(c);
                    }

                    csv.NextRecord();
                    foreach (var row in result.Rows)
                    {
                        foreach (var v in row)
                        {
                            csv.WriteField(Text(v));
                        }

                        csv.NextRecord();
                    }
                }

                break;
            default:
                WriteTable(result, output);
                break;
        }

        output.Flush();
    }

    private static void WriteJson(QueryResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in result.Rows)
            {
                w.WriteStartObject();
                for (int i = 0; i < row.Length; i++)
                {
                    w.WritePropertyName(result.Columns[i]);
                    switch (row[i])
                    {
                        case null:
                            w.WriteNullValue();
                            break;
                        case long l:
                            w.WriteNumberValue(l);
                            break;
                        case double d:
                            w.WriteNumberValue(d);
                            break;
                        default:
                            w.WriteStringValue(Text(row[i]));
                            break;
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteTable(QueryResult result, TextWriter output)
    {
        var console = ReportConsole.Create(output, plainWidth: 160);

        var table = new Table().Border(TableBorder.Simple);
        foreach (string c in result.Columns)
        {
            table.AddColumn(Markup.Escape(c));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow([.. row.Select(v => Markup.Escape(Clip(Text(v).ReplaceLineEndings(" "))))]);
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{result.Rows.Count} rows[/]"));
    }

    private static string Clip(string s) => s.Length > 200 ? s[..199] + "…" : s;

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
