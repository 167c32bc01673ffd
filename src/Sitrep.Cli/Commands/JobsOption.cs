using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--jobs N</c> option shared by the commands that analyse many articles.</summary>
internal static class JobsOption
{
    public static Option<int> Create()
    {
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analysed at once (default: all cores); output keeps input order", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValue(jobs) < 1)
            {
                r.AddError("--jobs must be at least 1");
            }
        });
        return jobs;
    }
}
