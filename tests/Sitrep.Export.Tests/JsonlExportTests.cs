using Sitrep.Core.Record;

namespace Sitrep.Export.Tests;

public sealed class JsonlExportTests
{
    [Fact]
    public void One_record_per_line_that_reads_back_to_the_same_record()
    {
        var a = Fixture.Record();
        var b = a with { Document = a.Document with { Id = "fedcba9876543210", Source = "b.txt" } };
        using var output = new StringWriter();
        using var exporter = RecordExporter.Create(ExportFormat.Jsonl, output);
        Assert.Equal(2, exporter.Export([a, b]));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(RecordWriter.ToJson(a, indented: false), lines[0].TrimEnd('\r'));
        var back = RecordWriter.Read(lines[1]);
        Assert.Equal(Fixture.Text, back.Document.Text);
        Assert.Equal("b.txt", back.Document.Source);
        Assert.Equal(RecordWriter.ToJson(b, indented: false), RecordWriter.ToJson(back, indented: false));
    }
}
