using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>One consistency check: reads the document's layers (those present) and reports findings, each with evidence.</summary>
public interface IConsistencyCheck
{
    /// <summary>The finding kind it reports (anachronistic_title, date_conflict, …).</summary>
    string Kind { get; }

    IEnumerable<Finding> Check(Document document);
}
