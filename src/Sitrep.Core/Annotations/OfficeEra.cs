namespace Sitrep.Core.Annotations;

/// <summary>One stretch of days: from <paramref name="Start"/> to <paramref name="End"/> (exclusive), open-ended when null.</summary>
public readonly record struct DaySpan(DateOnly Start, DateOnly? End)
{
    public bool Covers(DateOnly day) => Start <= day && (End is null || day < End.Value);

    /// <summary>"2017-01-20 to 2021-01-20", or "from 2025-01-20" when open-ended.</summary>
    public override string ToString() => End is { } end
        ? $"{Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} to {end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"from {Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>
/// When the article can have been written, by the office-holders it names with their titles: the stretches of days on
/// which the most of them held the office the article gives them (each tied stretch listed, earliest first), and why.
/// </summary>
public sealed record OfficeEra(IReadOnlyList<DaySpan> Spans, string Basis);
