using Sitrep.DataBuild;

// Builds Sitrep's shipped data from ../shared/data. Usage:
//   dotnet run --project tools/Sitrep.DataBuild -c Release -- kb [--data ../shared/data] [--out src/Sitrep.Core/Knowledge/Data]
// It writes countries.tsv.gz, officeholders.tsv.gz, places.tsv.gz (the gazetteer) and actors.tsv.gz (organisations
// and forenames of the Phoenix actor dictionaries, for the entity layer).
//   dotnet run --project tools/Sitrep.DataBuild -c Release -- atlas TOPOJSON OUT.tsv.gz [--tolerance DEGREES]
// converts world-atlas country outlines into the briefing map's outline file (tools/atlas/build.sh runs it).
if (args is ["atlas", string topo, string atlasOut, ..])
{
    double tolerance = double.Parse(Arg(args, "--tolerance") ?? "0.05", System.Globalization.CultureInfo.InvariantCulture);
    var (rings, points) = AtlasBuilder.Build(topo, atlasOut, tolerance);
    Console.WriteLine($"atlas: {rings} rings, {points} points, {new FileInfo(atlasOut).Length} bytes");
    return 0;
}

if (args.Length == 0 || args[0] is not "kb")
{
    Console.Error.WriteLine("usage: Sitrep.DataBuild kb [--data DIR] [--out DIR] | atlas TOPOJSON OUT.tsv.gz [--tolerance DEGREES]");
    return 2;
}

string data = Arg(args, "--data") ?? "../shared/data";
string output = Arg(args, "--out") ?? "src/Sitrep.Core/Knowledge/Data";
if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"Sitrep.DataBuild: data folder '{data}' not found");
    return 1;
}

Directory.CreateDirectory(output);
var countries = CountryTable.Build(data);
countries.Write(Path.Combine(output, "countries.tsv.gz"));
Console.WriteLine($"countries: {countries.Count} rows");
var kb = KnowledgeBaseBuilder.Build(data, countries, Path.Combine(AppContext.BaseDirectory, "Supplement", "officeholders.tsv"));
kb.Write(Path.Combine(output, "officeholders.tsv.gz"));
GazetteerBuilder.Build(data, countries, Path.Combine(output, "places.tsv.gz"), Path.Combine(AppContext.BaseDirectory, "Supplement", "division-abbreviations.tsv"));
ActorNames.Build(data, kb.People, Path.Combine(output, "actors.tsv.gz"));
return 0;

static string? Arg(string[] args, string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
