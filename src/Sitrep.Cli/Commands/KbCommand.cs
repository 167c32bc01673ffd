using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Knowledge;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep kb who "US President" 2024-06-02</c> and <c>sitrep kb person "Karoline Leavitt"</c>: the office-holder knowledge base.</summary>
internal static class KbCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("office") { Description = "An office as news writes it: \"US President\", \"UK Prime Minister\", \"Russian foreign minister\", \"UN Secretary-General\"" };
        var date = new Argument<string>("date") { Description = "The date, YYYY-MM-DD" };
        var who = new Command("who", "Who held an office on a date") { title, date };
        who.SetAction(parse =>
        {
            string t = parse.GetValue(title)!;
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                error.WriteLine($"sitrep kb who: '{parse.GetValue(date)}' is not a date of the form YYYY-MM-DD");
                return 2;
            }

            if (!OfficeTitle.TryParse(t, out var kind, out var country) || country is null)
            {
                error.WriteLine($"sitrep kb who: cannot read '{t}' as an office and a country (try \"US President\" or \"Prime Minister of Japan\")");
                return 2;
            }

            var holders = OfficeHolders.Shared.Who(kind, country, d);
            if (holders.Count == 0)
            {
                output.WriteLine($"{t} on {Iso(d)}: nobody in the knowledge base ({kind}, {country})");
                return 1;
            }

            foreach (var h in holders)
            {
                output.WriteLine($"{t} on {Iso(d)}: {h.Person} — {h.Office} ({h.Country}), {Iso(h.Start)} to {(h.End is { } e ? Iso(e) : "no end recorded")} [{h.Source}]");
            }

            return 0;
        });

        var name = new Argument<string>("name") { Description = "A person's name as the knowledge base has it (full name or alias)" };
        var person = new Command("person", "Every office a person held") { name };
        person.SetAction(parse =>
        {
            var terms = OfficeHolders.Shared.TermsOf(parse.GetValue(name)!);
            foreach (var h in terms.OrderBy(h => h.Start))
            {
                output.WriteLine($"{h.Person}: {h.Office} ({h.Country ?? "-"}), {Iso(h.Start)} to {(h.End is { } e ? Iso(e) : "no end recorded")} [{h.Source}]");
            }

            return terms.Count > 0 ? 0 : 1;
        });

        return new Command("kb", "Query the office-holder knowledge base") { who, person };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
