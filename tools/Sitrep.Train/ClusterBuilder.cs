using Sitrep.Core.Tagging;

namespace Sitrep.Train;

internal static class ClusterBuilder
{
    public static AtomTable Build(string dataRoot, int seed) => dataRoot.Length + seed >= 0 ? new AtomTable() : new AtomTable();
}
