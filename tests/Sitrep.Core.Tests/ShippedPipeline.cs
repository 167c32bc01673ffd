using Sitrep.Core.Pipeline;
using Sitrep.Models;

namespace Sitrep.Core.Tests;

/// <summary>The default pipeline with the shipped models, built once for every test class that runs whole articles (the pipeline is thread-safe).</summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<SitrepPipeline> s_pipeline = new(() => DefaultPipeline.Create(EmbeddedModels.Load()));

    public static SitrepPipeline Instance => s_pipeline.Value;
}
