using System.Security.Cryptography;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

/// <summary>A model image maps to tables that answer exactly as the tables built from the model file; a wrong image is refused.</summary>
public sealed class ModelImageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-image-tests-" + Guid.NewGuid().ToString("N"));

    public ModelImageTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly byte[] Source = SHA256.HashData("model file"u8);

    private static ModelData Model(int bits, int labels, int seed)
    {
        var random = new Random(seed);
        var buckets = Enumerable.Range(0, 3000).Select(_ => random.Next(1 << bits)).Distinct().Order().ToArray();
        var rows = new float[buckets.Length * labels];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = random.Next(-1000, 1000) / 10f;
        }

        var table = new AtomTable();
        for (int i = 0; i < 500; i++)
        {
            table.Set((ulong)random.NextInt64(), random.Next());
        }

        table.Set(0, 7); // key 0 is stored under 1
        return new ModelData
        {
            Kind = "pos",
            Fingerprint = 0x1234,
            Bits = bits,
            Labels = [.. Enumerable.Range(0, labels).Select(i => "L" + i)],
            Buckets = buckets,
            Rows = rows,
            Tables = new(StringComparer.Ordinal) { ["words"] = table, ["empty"] = new AtomTable() },
            Notes = "notes: ü",
        };
    }

    [Theory]
    [InlineData(16, 3)]   // dense index, 16-wide rows
    [InlineData(20, 17)]  // dense index, 32-wide rows (POS, NER)
    [InlineData(20, 50)]  // dense index, wide rows (parser labels)
    [InlineData(24, 3)]   // sparse index holding the weights (parser moves)
    [InlineData(24, 17)]  // sparse index
    [InlineData(24, 50)]  // sparse index, wide rows
    public void A_mapped_image_scores_and_looks_up_exactly_as_the_model(int bits, int labels)
    {
        var model = Model(bits, labels, bits * 100 + labels);
        string path = Path.Combine(_dir, "pos.img");
        ModelImage.Write(model, Source, path);
        var mapped = ModelImage.TryMap(path, Source, "pos", 0x1234);
        Assert.NotNull(mapped);
        Assert.Equal(model.Labels, mapped.Labels);
        Assert.Equal("notes: ü", mapped.Notes);
        Assert.Equal(bits, mapped.Bits);

        var built = model.ToWeightTable();
        var image = mapped.ToWeightTable();
        Assert.Equal(built.RowCount, image.RowCount);
        Assert.Equal(built.Stride, image.Stride);
        var random = new Random(labels);
        for (int trial = 0; trial < 50; trial++)
        {
            // Features with rows (bucket ids of the model) and without (random buckets).
            var features = Enumerable.Range(0, 30)
                .Select(i => i % 2 == 0 ? (ulong)(uint)model.Buckets[random.Next(model.Buckets.Length)] | ((ulong)(uint)random.Next() << 32) : (ulong)random.NextInt64())
                .ToArray();
            var expected = new float[built.Stride];
            var actual = new float[image.Stride];
            built.Score(features, expected);
            image.Score(features, actual);
            Assert.Equal(expected, actual);
        }

        var words = model.Tables["words"];
        var mappedWords = mapped.Tables["words"];
        Assert.Equal(words.Count, mappedWords.Count);
        Assert.Equal(words.Entries().Order(), mappedWords.Entries().Order());
        foreach (var (key, value) in words.Entries())
        {
            Assert.Equal(value, mappedWords.Get(key));
        }

        Assert.Equal(7, mappedWords.Get(0));
        Assert.Equal(-1, mappedWords.Get(0xDEADBEEF, -1));
        Assert.Equal(0, mapped.Tables["empty"].Count);
        Assert.Throws<InvalidOperationException>(() => mappedWords.Set(5, 5));
    }

    [Fact]
    public void An_image_of_another_file_kind_or_feature_code_is_not_used()
    {
        string path = Path.Combine(_dir, "pos.img");
        ModelImage.Write(Model(16, 3, 1), Source, path);
        Assert.Null(ModelImage.TryMap(path, SHA256.HashData("another model file"u8), "pos", 0x1234));
        Assert.Null(ModelImage.TryMap(path, Source, "ner", 0x1234));
        Assert.Null(ModelImage.TryMap(path, Source, "pos", 0x1235));
        Assert.Null(ModelImage.TryMap(Path.Combine(_dir, "none.img"), Source, "pos", 0x1234));

        // A truncated image (a copy cut short) is refused, not read past its end.
        string cut = Path.Combine(_dir, "cut.img");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(cut, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        Assert.Null(ModelImage.TryMap(cut, Source, "pos", 0x1234));
    }

    [Fact]
    public void A_model_set_maps_the_images_written_from_its_streams_and_tags_the_same()
    {
        var model = TinyPos();
        byte[] file = ToFile(model);
        byte[] lexicon = ToFile(Lexicon.Empty.ToData("empty lexicon"));
        byte[] ner = ToFile(new ModelData
        {
            Kind = NerModel.Kind,
            Fingerprint = NerFeatures.Fingerprint,
            Bits = 12,
            Labels = [.. Enumerable.Range(0, NerLabels.Count).Select(i => "L" + i)],
            Buckets = [5],
            Rows = new float[NerLabels.Count],
        });
        ModelSet Set(string? images) => new(() => new MemoryStream(lexicon), () => new MemoryStream(file), () => new MemoryStream(ner)) { ImageDirectory = images };

        var written = Set(null).WriteImages(_dir);
        Assert.Equal(3, written.Count);
        var read = Set(null);
        var mapped = Set(_dir);
        Assert.Throws<InvalidOperationException>(() => mapped.Pos.Lexicon.Clusters.Set(1, 1)); // read-only: it came from the image
        read.Pos.Lexicon.Clusters.Set(1, 1);

        var atoms = new TokenAtoms[4];
        Lexicon.Empty.Atomize(new StringWords(["A", "dog", "sat", "."]), atoms);
        var a = new byte[4];
        var b = new byte[4];
        read.Pos.Tag(atoms, a);
        mapped.Pos.Tag(atoms, b);
        Assert.Equal(a, b);

        // The image of another model file is not used: the set reads its stream.
        var otherModel = TinyPos(seed: 2, rows: 50);
        byte[] other = ToFile(otherModel);
        var stale = new ModelSet(() => new MemoryStream(lexicon), () => new MemoryStream(other), () => new MemoryStream(ner)) { ImageDirectory = _dir };
        Assert.NotEqual(model.Buckets.Length, otherModel.Buckets.Length);
        Assert.Equal(model.Buckets.Length, mapped.Pos.RowCount);
        Assert.Equal(otherModel.Buckets.Length, stale.Pos.RowCount);
    }

    private static ModelData TinyPos(int seed = 1, int rows = 200)
    {
        var random = new Random(seed);
        var buckets = Enumerable.Range(0, rows).Select(_ => random.Next(1 << 14)).Distinct().Order().ToArray();
        var weights = new float[buckets.Length * UposNames.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(-100, 100) / 10f;
        }

        return new ModelData
        {
            Kind = PosModel.Kind,
            Fingerprint = PosFeatures.Fingerprint,
            Bits = 14,
            Labels = UposNames.All,
            Buckets = buckets,
            Rows = weights,
        };
    }

    private static byte[] ToFile(ModelData model)
    {
        using var stream = new MemoryStream();
        ModelFile.Write(model, stream);
        return stream.ToArray();
    }
}
