using Sitrep.Application;
using Sitrep.Cli;

// Commands that analyse start loading the models and the knowledge base now, in the background, while the command
// line is parsed and the input read (cold start of one article: see README, Start-up).
if (args is ["analyze" or "ingest", ..])
{
    SitrepEngine.Preload();
}

return CliApp.Run(args, Console.Out, Console.Error);
