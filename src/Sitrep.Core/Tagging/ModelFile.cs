using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The compact model format: a binary body (magic, version, kind, template fingerprint, bucket bits, labels,
/// rows as 16-bit fixed point with one scale, lexicon tables, notes) followed by its SHA-256, all Brotli-compressed.
/// </summary>
public static class ModelFile
{
    private const string Magic = "SITREPTG";
    private const int Version = 3;

    public static void Write(ModelData model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Encoding.ASCII.GetBytes(Magic));
            w.Write(Version);
            w.Write(model.Kind);
            w.Write(model.Fingerprint);
            w.Write(model.Bits);
            w.Write(model.Labels.Count);
            foreach (var label in model.Labels)
            {
                w.Write(label);
            }

            int n = model.Labels.Count;
            w.Write(model.Buckets.Length);
            var order = Enumerable.Range(0, model.Buckets.Length).OrderBy(r => model.Buckets[r]).ToArray();
            int previous = 0;
            foreach (int r in order)
            {
                w.Write7BitEncodedInt(model.Buckets[r] - previous);
                previous = model.Buckets[r];
            }

            var (rows, scale) = model.FixedPoint();
            w.Write(scale);
            var sorted = new short[rows.Length];
            for (int k = 0; k < order.Length; k++)
            {
                rows.AsSpan(order[k] * n, n).CopyTo(sorted.AsSpan(k * n, n));
            }

            w.Write(MemoryMarshal.AsBytes(sorted.AsSpan()));

            w.Write(model.Tables.Count);
            foreach (var (name, table) in model.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                w.Write(name);
                var entries = table.Entries().OrderBy(e => e.Key).ToArray();
                w.Write(entries.Length);
                foreach (var (key, value) in entries)
                {
                    w.Write(key);
                    w.Write7BitEncodedInt(value);
                }
            }

            w.Write(model.Notes);
        }

        var bytes = body.ToArray();
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        brotli.Write(bytes);
        brotli.Write(SHA256.HashData(bytes));
    }

    /// <summary>Reads a model; refuses a damaged file, another kind, or weights trained with other feature code.</summary>
    public static ModelData Read(Stream stream, string expectedKind, uint expectedFingerprint)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] all;
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            brotli.CopyTo(buffer);
            all = buffer.ToArray();
        }

        if (all.Length < 32 + Magic.Length || !SHA256.HashData(all.AsSpan(0, all.Length - 32)).AsSpan().SequenceEqual(all.AsSpan(all.Length - 32)))
        {
            throw new InvalidDataException("The model file is damaged (checksum mismatch).");
        }

        using var r = new BinaryReader(new MemoryStream(all, 0, all.Length - 32), Encoding.UTF8);
        if (Encoding.ASCII.GetString(r.ReadBytes(Magic.Length)) != Magic || r.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a Sitrep tagger model of a known version.");
        }

        string kind = r.ReadString();
        uint fingerprint = r.ReadUInt32();
        if (kind != expectedKind || fingerprint != expectedFingerprint)
        {
            throw new InvalidDataException($"The model is '{kind}' with feature fingerprint {fingerprint:x8}; the code expects '{expectedKind}' {expectedFingerprint:x8}. Retrain it.");
        }

        int bits = r.ReadInt32();
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = r.ReadString();
        }

        int count = r.ReadInt32();
        var buckets = new int[count];
        int bucket = 0;
        for (int i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            buckets[i] = bucket;
        }

        int n = labels.Length;
        float scale = r.ReadSingle();
        int offset = checked((int)r.BaseStream.Position);
        var fixedRows = MemoryMarshal.Cast<byte, short>(all.AsSpan(offset, count * n * 2)).ToArray();
        r.BaseStream.Position = offset + (fixedRows.Length * 2);

        var tables = new Dictionary<string, AtomTable>(StringComparer.Ordinal);
        int tableCount = r.ReadInt32();
        for (int t = 0; t < tableCount; t++)
        {
            string name = r.ReadString();
            int entries = r.ReadInt32();
            var table = new AtomTable(entries);
            for (int e = 0; e < entries; e++)
            {
                ulong key = r.ReadUInt64();
                table.Set(key, r.Read7BitEncodedInt());
            }

            tables[name] = table;
        }

        string notes = r.ReadString();
        return new ModelData
        {
            Kind = kind,
            Fingerprint = fingerprint,
            Bits = bits,
            Labels = labels,
            Buckets = buckets,
            Rows = [],
            FixedRows = fixedRows,
            Scale = scale,
            Tables = tables,
            Notes = notes,
        };
    }
}
