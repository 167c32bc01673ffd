using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Findings;

/// <summary>
/// Runs the consistency checks and sets the findings layer. The checks use the layers present (entities, quotes, times,
/// quantities, events) and skip what is missing; every finding carries evidence, and one without is dropped.
/// </summary>
public sealed class FindingsChecker : IPipelineComponent
{
    private readonly IConsistencyCheck[] _checks;

    public FindingsChecker(IEnumerable<IConsistencyCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
    }

    public string Name => "findings.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Tokens, Layers.Sentences];

    /// <summary>Each check reads what the document has of these and skips what it lacks.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } =
        [Layers.Entities, Layers.Times, Layers.PublishedInferred, Layers.OfficeEra, Layers.Quotes, Layers.Quantities, Layers.Events, Layers.Places];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Findings];

    /// <summary>The checks Sitrep runs by default.</summary>
    public static FindingsChecker Default(OfficeHolders? officeHolders = null) => new(
    [
        new AnachronisticTitleCheck(officeHolders ?? OfficeHolders.Shared),
        new DateConflictCheck(),
        new PlatformMismatchCheck(),
        new StaleStatisticCheck(),
        new NumericConflictCheck(),
        new QuoteConflictCheck(),
        new AttributionConflictCheck(),
        new HeadlineAttributionCheck(),
    ]);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<Finding>();
        foreach (var check in _checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(check.Check(document).Where(f => f.Evidence.Count > 0));
        }

        document.Set(Layers.Findings, findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Evidence[0].Start).ToList());
    }
}
