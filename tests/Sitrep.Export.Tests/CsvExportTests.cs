using System.Globalization;
using CsvHelper;
using Sitrep.Core.Record;

namespace Sitrep.Export.Tests;

public sealed class CsvExportTests
{
    private static string Export(CsvKind kind, params SitrepRecord[] records)
    {
        using var output = new StringWriter();
        using (var exporter = RecordExporter.Create(ExportFormat.Csv, output, kind))
        {
            exporter.Export(records);
        }

        return output.ToString();
    }

    private static List<T> Read<T>(string csv)
    {
        using var csvReader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        return [.. csvReader.GetRecords<T>()];
    }

    [Fact]
    public void Events_table_has_its_documented_header()
    {
        string csv = Export(CsvKind.Events, Fixture.Record());
        Assert.StartsWith(
            "doc_id,event_id,type,mode,cameo,source,source_name,source_country,target,target_name,target_country,where,where_name,when,killed,quantities,evidence_start,evidence_end,evidence\r\n",
            csv,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_with_commas_quotes_and_line_breaks_is_quoted_as_RFC_4180_says()
    {
        string csv = Export(CsvKind.Events, Fixture.Record());
        Assert.Contains("\"Rebels said \"\"we will fight, and win\"\" as shelling hit Kars,\nkilling 12 people\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"feeds/kars,report.txt\"", Export(CsvKind.Documents, Fixture.Record()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_with_only_a_line_break_is_quoted_and_reads_back_whole()
    {
        var record = Fixture.Record();
        var entities = record.Entities.Select(e => e.Id == "e1" ? e with { Name = "Rebels\n\nThe Council" } : e).ToList();
        string csv = Export(CsvKind.Events, record with { Entities = entities });
        Assert.Contains(",\"Rebels\n\nThe Council\",", csv, StringComparison.Ordinal);
        var rows = Read<CsvEventRow>(csv);
        Assert.Equal(record.Events.Count, rows.Count);
        Assert.Equal("Rebels\n\nThe Council", rows[0].SourceName);
    }

    [Fact]
    public void Events_read_back_with_CsvHelper_into_the_same_values()
    {
        var record = Fixture.Record();
        var rows = Read<CsvEventRow>(Export(CsvKind.Events, record, record with { Document = record.Document with { Id = "fedcba9876543210" } }));
        Assert.Equal(8, rows.Count);
        var v1 = rows[0];
        var e = record.Events[0];
        Assert.Equal(("0123456789abcdef", "v1", "ASSAULT", "heavy-weapons", "e1", "Rebels", "ROU"), (v1.DocId, v1.EventId, v1.Type, v1.Mode, v1.Source, v1.SourceName, v1.SourceCountry));
        Assert.Equal(("e2", "Kars", "2025-03-02", 15, "0;1"), (v1.Where, v1.WhereName, v1.When, v1.Killed, v1.Quantities));
        Assert.Equal(Fixture.Text[e.Evidence.Start..e.Evidence.End], v1.Evidence);
        Assert.Equal((e.Evidence.Start, e.Evidence.End), (v1.EvidenceStart, v1.EvidenceEnd));
        Assert.Equal("", rows[1].Source); // a null is an empty field
        Assert.Equal("Turkish\tenvoys", rows[1].TargetName);
        Assert.Equal("0871", rows[3].Cameo);
        Assert.Equal("fedcba9876543210", rows[4].DocId);
    }

    [Fact]
    public void Quotes_and_quantities_read_back_with_CsvHelper()
    {
        var record = Fixture.Record();
        var quote = Assert.Single(Read<CsvQuoteRow>(Export(CsvKind.Quotes, record)));
        Assert.Equal(("q1", "direct", "e1", "Rebels", "said", 0.9, "we will fight, and win"), (quote.QuoteId, quote.Kind, quote.Speaker, quote.SpeakerName, quote.Cue, quote.Confidence, quote.Evidence));
        Assert.Equal("", quote.SpeakerPrincipal); // a null is an empty field
        var spokesman = record with { Quotes = [record.Quotes[0] with { SpeakerName = "a spokesman", Speaker = null, SpeakerPrincipal = "e1", SpeakerPrincipalName = "Rebels" }] };
        var principal = Assert.Single(Read<CsvQuoteRow>(Export(CsvKind.Quotes, spokesman)));
        Assert.Equal(("a spokesman", "e1", "Rebels"), (principal.SpeakerName, principal.SpeakerPrincipal, principal.SpeakerPrincipalName));

        var quantities = Read<CsvQuantityRow>(Export(CsvKind.Quantities, record));
        Assert.Equal([0, 1, 2], quantities.Select(q => q.Index));
        Assert.Equal(["killed", "killed", "arrested"], quantities.Select(q => q.Counts));
        Assert.Equal([12.0, 15.0, 3.0], quantities.Select(q => q.Value));
    }

    [Theory]
    [InlineData(CsvKind.Documents, 1)]
    [InlineData(CsvKind.Entities, 5)]
    [InlineData(CsvKind.Mentions, 4)]
    [InlineData(CsvKind.Quotes, 1)]
    [InlineData(CsvKind.Times, 1)]
    [InlineData(CsvKind.Quantities, 3)]
    [InlineData(CsvKind.Events, 4)]
    [InlineData(CsvKind.Places, 2)]
    [InlineData(CsvKind.Findings, 1)]
    public void Every_table_row_carries_its_document_id_and_the_text_of_its_evidence_span(CsvKind kind, int count)
    {
        string csv = Export(kind, Fixture.Record());
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        reader.ReadHeader();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal("0123456789abcdef", reader.GetField("doc_id"));
            int start = reader.GetField<int>("evidence_start");
            int end = reader.GetField<int>("evidence_end");
            string evidence = reader.GetField("evidence")!;
            if (kind == CsvKind.Findings)
            {
                Assert.Equal("12 people … 15", evidence);
            }
            else
            {
                Assert.Equal(Fixture.Text[start..end], evidence);
            }
        }

        Assert.Equal(count, rows);
    }

    [Fact]
    public void No_records_still_give_the_header()
    {
        Assert.Equal("doc_id,index,kind,severity,message,evidence_start,evidence_end,evidence\r\n", Export(CsvKind.Findings));
    }

    [Fact]
    public async Task An_asynchronous_sequence_exports_the_same_rows()
    {
        static async IAsyncEnumerable<SitrepRecord> Records()
        {
            await Task.Yield();
            yield return Fixture.Record();
        }

        using var output = new StringWriter();
        using var exporter = RecordExporter.Create(ExportFormat.Csv, output, CsvKind.Events);
        Assert.Equal(4, await exporter.ExportAsync(Records()));
        Assert.Equal(Export(CsvKind.Events, Fixture.Record()), output.ToString());
    }
}
