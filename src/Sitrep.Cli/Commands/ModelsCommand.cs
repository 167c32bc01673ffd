using System.CommandLine;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep models images [DIR]</c>: writes the models' images (<see cref="Sitrep.Core.Tagging.ModelImage"/>), which a
/// process maps instead of decompressing the embedded models; run when the command line is published (Sitrep.Cli.csproj),
/// into "models" beside the executable by default.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string?>("dir") { Description = "Where to write them (default: models beside the executable)", Arity = ArgumentArity.ZeroOrOne };
        var images = new Command("images", "Write the models' images, mapped at start-up instead of decompressing the models") { directory };
        images.SetAction(parse =>
        {
            string dir = parse.GetValue(directory) ?? EmbeddedModels.ImageDirectory;
            try
            {
                foreach (string path in EmbeddedModels.Load().WriteImages(dir))
                {
                    output.WriteLine($"{path}\t{new FileInfo(path).Length:N0} bytes");
                }

                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep models: cannot write the images to {dir}: {ex.Message}");
                return 1;
            }
        });
        return new Command("models", "The trained models") { images };
    }
}
