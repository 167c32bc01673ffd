namespace Sitrep.Core.Text;

/// <summary>
/// Turns texts into unit-length vectors whose dot product says how alike their meaning is (the stories step compares
/// articles with it). Implementations that need packages live outside Core (Sitrep.Embeddings: MiniLM).
/// </summary>
public interface ITextEmbedder
{
    /// <summary>The model's name and version, stored beside the vectors it made.</summary>
    string Name { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One L2-normalised vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
