using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>One sitrep/1 record per line, written by the record's source-generated JSON context.</summary>
public sealed class JsonlExporter(TextWriter output) : RecordExporter(output)
{
    public override void Write(SitrepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Output.WriteLine(RecordWriter.ToJson(record, indented: false));
        Rows++;
    }
}
