using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Tagging;

/// <summary>
/// A model as the taggers hold it in memory, written out: the weight table's index and rows and the lexicon tables
/// as raw little-endian arrays (each aligned to 64 bytes), so that a process maps the file and uses the tables where
/// they lie, with nothing to decompress, parse or allocate. An image is derived from a <see cref="ModelFile"/> (the
/// committed, compressed form) when the command line is published, and names that file's SHA-256: an image of
/// another file, or of another version of this format or the feature code, is not used (the caller reads the model
/// file instead). Images are never committed.
/// </summary>
public static class ModelImage
{
    private const string Magic = "SITREPIM";
    private const int Version = 1;

    /// <summary>The SHA-256 of a model file, which its image names.</summary>
    public static byte[] SourceHash(Stream modelFile)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        return SHA256.HashData(modelFile);
    }

    /// <summary>Writes the image of <paramref name="model"/>, read from the model file of hash <paramref name="sourceHash"/>, to <paramref name="path"/> (whole or not at all).</summary>
    public static void Write(ModelData model, ReadOnlySpan<byte> sourceHash, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        string temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var w = new ImageWriter(file);
                w.Bytes(Encoding.ASCII.GetBytes(Magic));
                w.Int(Version);
                w.Bytes(sourceHash);
                w.String(model.Kind);
                w.UInt(model.Fingerprint);
                w.Int(model.Bits);
                w.Int(model.Labels.Count);
                foreach (var label in model.Labels)
                {
                    w.String(label);
                }

                w.String(model.Notes);
                bool weights = model.Labels.Count > 0 && (model.Buckets.Length > 0 || model.Weights is not null);
                w.Int(weights ? 1 : 0);
                if (weights)
                {
                    model.ToWeightTable().WriteImage(w);
                }

                w.Int(model.Tables.Count);
                foreach (var (name, table) in model.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
                {
                    w.String(name);
                    table.WriteImage(w);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The model in the image at <paramref name="path"/>, mapped into memory for the rest of the process, or null when
    /// there is no image there or it is not the image of the model file of hash <paramref name="sourceHash"/> for this
    /// code (<paramref name="expectedKind"/>, <paramref name="expectedFingerprint"/>, this format's version).
    /// </summary>
    public static unsafe ModelData? TryMap(string path, ReadOnlySpan<byte> sourceHash, string expectedKind, uint expectedFingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return null;
        }

        MemoryMappedFile map;
        try
        {
            map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        var mapping = new Mapping(map, view);
        var r = new ImageReader(start + view.PointerOffset, (long)view.SafeMemoryMappedViewHandle.ByteLength - view.PointerOffset, mapping);
        try
        {
            if (!r.Bytes(Magic.Length).SequenceEqual(Encoding.ASCII.GetBytes(Magic)) || r.Int() != Version
                || !r.Bytes(sourceHash.Length).SequenceEqual(sourceHash)
                || r.String() != expectedKind || r.UInt() != expectedFingerprint)
            {
                mapping.Dispose();
                return null;
            }

            int bits = r.Int();
            var labels = new string[r.Int()];
            for (int i = 0; i < labels.Length; i++)
            {
                labels[i] = r.String();
            }

            string notes = r.String();
            var weights = r.Int() == 1 ? WeightTable.ReadImage(r) : null;
            var tables = new Dictionary<string, AtomTable>(StringComparer.Ordinal);
            int tableCount = r.Int();
            for (int t = 0; t < tableCount; t++)
            {
                string name = r.String();
                tables[name] = AtomTable.ReadImage(r);
            }

            return new ModelData
            {
                Kind = expectedKind,
                Fingerprint = expectedFingerprint,
                Bits = bits,
                Labels = labels,
                Buckets = [],
                Rows = [],
                Weights = weights,
                Tables = tables,
                Notes = notes,
            };
        }
        catch (InvalidDataException)
        {
            mapping.Dispose();
            return null;
        }
    }

    /// <summary>A mapped image, kept alive by the tables that point into it.</summary>
    internal sealed class Mapping(MemoryMappedFile map, MemoryMappedViewAccessor view) : IDisposable
    {
        public void Dispose()
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            map.Dispose();
        }
    }
}

/// <summary>Writes an image: numbers and strings in order, arrays raw and 64-byte aligned.</summary>
internal sealed class ImageWriter(Stream stream)
{
    private const int Alignment = 64;

    public void Bytes(ReadOnlySpan<byte> bytes) => stream.Write(bytes);

    public void Int(int value) => Bytes(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

    public void UInt(uint value) => Bytes(MemoryMarshal.AsBytes(new ReadOnlySpan<uint>(in value)));

    public void Float(float value) => Bytes(MemoryMarshal.AsBytes(new ReadOnlySpan<float>(in value)));

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Int(bytes.Length);
        Bytes(bytes);
    }

    /// <summary>The length, padding to the next 64-byte boundary, then the elements as they lie in memory.</summary>
    public void Array<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Int(values.Length);
        int pad = (int)((Alignment - (stream.Position % Alignment)) % Alignment);
        Span<byte> zeros = stackalloc byte[Alignment];
        zeros.Clear();
        Bytes(zeros[..pad]);
        Bytes(MemoryMarshal.AsBytes(values));
    }
}

/// <summary>Reads a mapped image in the order <see cref="ImageWriter"/> wrote it; arrays are pointers into the mapping.</summary>
internal sealed unsafe class ImageReader(byte* start, long length, object owner)
{
    private const int Alignment = 64;
    private long _position;

    /// <summary>What must stay alive while the arrays are used.</summary>
    public object Owner => owner;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || _position + count > length)
        {
            throw new InvalidDataException("The model image is truncated.");
        }

        var span = new ReadOnlySpan<byte>(start + _position, count);
        _position += count;
        return span;
    }

    public int Int() => MemoryMarshal.Read<int>(Bytes(sizeof(int)));

    public uint UInt() => MemoryMarshal.Read<uint>(Bytes(sizeof(uint)));

    public float Float() => MemoryMarshal.Read<float>(Bytes(sizeof(float)));

    public string String() => Encoding.UTF8.GetString(Bytes(Int()));

    /// <summary>An array written by <see cref="ImageWriter.Array{T}"/>: its first element, where it lies in the mapping.</summary>
    public T* Array<T>(out int count)
        where T : unmanaged
    {
        count = Int();
        _position += (Alignment - (_position % Alignment)) % Alignment;
        var bytes = Bytes(checked(count * sizeof(T)));
        fixed (byte* p = bytes)
        {
            return (T*)p;
        }
    }
}
