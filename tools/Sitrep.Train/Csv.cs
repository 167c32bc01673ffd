using System.Text;

namespace Sitrep.Train;

/// <summary>Reads RFC 4180 CSV records: fields in double quotes may hold commas, line breaks and doubled quotes.</summary>
internal static class Csv
{
    /// <summary>The next record's fields, or null at the end of the input.</summary>
    public static string[]? ReadRecord(TextReader reader)
    {
        int c = reader.Read();
        if (c < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            if (quoted)
            {
                if (c < 0)
                {
                    throw new InvalidDataException("CSV: a quoted field runs to the end of the input");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or -1)
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                return [.. fields];
            }
            else
            {
                field.Append((char)c);
            }

            c = reader.Read();
        }
    }
}
