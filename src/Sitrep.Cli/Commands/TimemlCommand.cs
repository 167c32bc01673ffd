using System.CommandLine;
using System.Text;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep timeml IN_DIR OUT_DIR</c>: TempEval-3 input files in, the same files with TIMEX3 tags in TEXT out.</summary>
internal static class TimemlCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inDir = new Argument<DirectoryInfo>("in-dir") { Description = "A folder of TimeML files (*.tml, *.TE3input) with a DCT and a TEXT" };
        var outDir = new Argument<DirectoryInfo>("out-dir") { Description = "Where to write the tagged files (same names)" };
        var command = new Command("timeml", "Tag time expressions in TimeML files (TempEval-3 Task A), anchored on each file's DCT") { inDir, outDir };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(inDir)!;
            var dst = parse.GetValue(outDir)!;
            if (!src.Exists)
            {
                error.WriteLine($"sitrep timeml: {src.FullName}: no such folder");
                return 2;
            }

            dst.Create();
            int done = 0, failed = 0;
            var utf8 = new UTF8Encoding(false);
            foreach (var file in src.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                if (!file.Name.EndsWith(".tml", StringComparison.Ordinal) && !file.Name.EndsWith(".TE3input", StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    var doc = TimeMlDocument.Parse(File.ReadAllText(file.FullName, Encoding.UTF8));
                    var times = TimexEvaluation.Tag(doc);
                    File.WriteAllText(Path.Combine(dst.FullName, file.Name), doc.InsertTimexes(times), utf8);
                    done++;
                }
                catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or Core.Pipeline.PipelineComponentException)
                {
                    error.WriteLine($"sitrep timeml: {file.Name}: {ex.Message}");
                    failed++;
                }
            }

            output.WriteLine($"timeml: {done} files tagged, {failed} failed -> {dst.FullName}");
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
