using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--queue nats://host[:port][/name]</c> option of ingest, worker and status (<see cref="Cluster.QueueAddress"/>).</summary>
internal static class QueueOption
{
    public static Option<string> Create(string description, bool required) => new("--queue", "-q") { Description = description, Required = required };
}
