using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

public sealed class EventLexiconTests
{
    [Fact]
    public void The_shipped_lexicon_loads_and_covers_every_category()
    {
        var lexicon = EventLexicon.Shared;
        Assert.True(lexicon.Count > 300);
        var categories = new HashSet<string>();
        foreach (var word in new[] { "agree", "meet", "praise", "cooperate", "aid", "ease", "withdraw", "demand", "accuse", "reject", "threaten", "demonstrate", "mobilize", "expel", "arrest", "attack" })
        {
            foreach (var e in lexicon.Starting(word))
            {
                if (e.Category is { } c)
                {
                    categories.Add(c);
                }
            }
        }

        Assert.Equal(Plover.Categories.Order(), categories.Order());
    }

    [Fact]
    public void Longer_entries_come_first()
    {
        var entries = EventLexicon.Shared.Starting("call").ToArray();
        Assert.True(entries[0].Words.Length >= entries[^1].Words.Length);
        Assert.Contains(entries, e => e.Words.SequenceEqual(["call", "for"]) && e.Category == Plover.Request);
    }

    [Theory]
    [InlineData("threaten\tV\tframe\tWARN\t-", "no PLOVER category")]
    [InlineData("threaten\tV\tframe\tTHREATEN", "5 tab-separated columns")]
    [InlineData("threaten\tX\tframe\tTHREATEN\t-", "part of speech")]
    [InlineData("threaten\tV\tevent\t-\t-", "needs a category")]
    public void A_bad_line_is_refused_with_its_number(string line, string message)
    {
        var ex = Assert.Throws<FormatException>(() => EventLexicon.Parse("# comment\n" + line + "\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shelled", "shell")]
    [InlineData("sought", "seek")]
    [InlineData("expelled", "expel")]
    [InlineData("suing", "sue")]
    [InlineData("banned", "ban")]
    [InlineData("talks", "talk")]
    [InlineData("agreed", "agree")]
    [InlineData("ceased", "cease")]
    [InlineData("undertook", "undertake")]
    public void Word_forms_lead_back_to_their_lemma(string form, string lemma)
    {
        var candidates = new List<string>();
        WordForms.Candidates(form, candidates);
        Assert.Contains(lemma, candidates);
    }

    [Theory]
    [InlineData("042", Plover.Consult)]
    [InlineData("0871", Plover.Retreat)]
    [InlineData("081", Plover.Concede)]
    [InlineData("163", Plover.Coerce)]
    [InlineData("1712", Plover.Assault)]
    [InlineData("173", Plover.Coerce)]
    [InlineData("190", Plover.Assault)]
    [InlineData("192", Plover.Coerce)]
    [InlineData("112", Plover.Accuse)]
    [InlineData("010", null)]
    [InlineData("x1", null)]
    public void Cameo_codes_map_to_plover(string code, string? category) => Assert.Equal(category, CameoToPlover.Category(code));

    [Fact]
    public void The_future_rule_turns_cooperation_into_agreement_and_force_into_threat()
    {
        Assert.Equal(Plover.Agree, Plover.Future(Plover.Consult, unless: false));
        Assert.Equal(Plover.Threaten, Plover.Future(Plover.Sanction, unless: false));
        Assert.Equal(Plover.Threaten, Plover.Future(Plover.Retreat, unless: true));
        Assert.Equal(Plover.Request, Plover.Future(Plover.Request, unless: false));
    }
}
