namespace Sitrep.Ingest.Html;

/// <summary>How a block looks on its own: article prose, page furniture, or too short to tell.</summary>
internal enum BlockClass
{
    /// <summary>Too short or too plain to tell; kept only between good blocks.</summary>
    Neutral,

    /// <summary>Prose: long enough, few links.</summary>
    Good,

    /// <summary>Furniture: mostly links, or a known boilerplate phrase.</summary>
    Bad,
}
