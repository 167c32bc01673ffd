using SharpFuzz;
using Sitrep.Fuzz;

// Sitrep.Fuzz TARGET                 run under afl-fuzz (tools/fuzz/run.sh instruments the assemblies first)
// Sitrep.Fuzz replay TARGET PATH...  run every file under PATH in process (the seed corpus, saved crashes) and report
var targets = new Dictionary<string, Action<ReadOnlySpan<byte>>>(StringComparer.Ordinal)
{
    ["reader"] = ReaderTarget.Run,
    ["html"] = HtmlTarget.Run,
    ["tokenizer"] = TokenizerTarget.Run,
    ["time"] = TimeTarget.Run,
    ["structure"] = StructureTarget.Run,
};

string usage = $"usage: Sitrep.Fuzz TARGET | Sitrep.Fuzz replay TARGET PATH...   (targets: {string.Join(", ", targets.Keys)})";
bool replay = args.Length >= 3 && args[0] == "replay";
string? name = replay ? args[1] : args.Length == 1 ? args[0] : null;
if (name is null || !targets.TryGetValue(name, out var target))
{
    Console.Error.WriteLine(name is null ? usage : $"{name}: no such fuzz target ({usage})");
    return 2;
}

if (!replay)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    });
    return 0;
}

return Replay.Run(name, target, args[2..]);
