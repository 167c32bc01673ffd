using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Quantities;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Quantities;

public sealed class QuantityFinderTests
{
    private static readonly SitrepPipeline s_pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuantityFinder()).Build();

    private static IReadOnlyList<Quantity> Find(string text) => s_pipeline.Process(new ArticleInput(text, "t")).Get(Layers.Quantities);

    [Theory]
    [InlineData("The US approved $200 million in additional military sales.", "$200 million", 200_000_000, "USD")]
    [InlineData("Profits jumped to $1.13bn for the quarter.", "$1.13bn", 1_130_000_000, "USD")]
    [InlineData("The fund is worth €1.2bn in all.", "€1.2bn", 1_200_000_000, "EUR")]
    [InlineData("It paid £600m for the stake.", "£600m", 600_000_000, "GBP")]
    [InlineData("They pledged 200 million dollars to the fund.", "200 million dollars", 200_000_000, "USD")]
    [InlineData("The state spent Rs 5 crore on the scheme.", "Rs 5 crore", 50_000_000, "INR")]
    [InlineData("Net profit rose to A$458.4m in the half.", "A$458.4m", 458_400_000, "AUD")]
    [InlineData("The deal is worth HK$2bn to the group.", "HK$2bn", 2_000_000_000, "HKD")]
    [InlineData("Exports rose to NZ$30m last year.", "NZ$30m", 30_000_000, "NZD")]
    [InlineData("The fine was US$5m in the end.", "US$5m", 5_000_000, "USD")]
    [InlineData("It lost 490,000 dlrs in 1985.", "490,000 dlrs", 490_000, "USD")]
    [InlineData("The bank raised 50 mln stg from the sale.", "50 mln stg", 50_000_000, "GBP")]
    public void Money_in_common_forms(string text, string span, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(span, text[q.Range.Start..q.Range.End]);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The US announced an additional 25% tariff on India.", 25)]
    [InlineData("Inflation will rise to about 12 percent next month.", 12)]
    [InlineData("Turnout fell by 3.5 per cent.", 3.5)]
    public void Percentages(string text, double value)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(value, q.Value, 3);
    }

    [Theory]
    [InlineData("An assault on Kyiv resulted in at least 32 fatalities.", "at least 32 fatalities", 32, Qualifier.AtLeast, "killed")]
    [InlineData("A Russian attack on a holiday camp left two dead.", "two dead", 2, Qualifier.Exact, "killed")]
    [InlineData("The blast left 12 injured.", "12 injured", 12, Qualifier.Exact, "wounded")]
    [InlineData("The conflict has displaced over 6.4 million Ukrainians.", "over 6.4 million", 6_400_000, Qualifier.Over, "displaced")]
    [InlineData("Police said 14 civilians were killed in the shelling.", "14", 14, Qualifier.Exact, "killed")]
    [InlineData("Security forces arrested nearly forty-five protesters overnight.", "nearly forty-five", 45, Qualifier.Under, "arrested")]
    [InlineData("Hundreds of people were evacuated from the valley.", "Hundreds of", 200, Qualifier.About, "evacuated")]
    [InlineData("A dozen fishermen are still missing.", "A dozen", 12, Qualifier.Exact, "missing")]
    [InlineData("The death toll rose to 57 on Sunday.", "57", 57, Qualifier.Exact, "killed")]
    [InlineData("Police put the number of people wounded in the blast in Kano at 6.", "6", 6, Qualifier.Exact, "wounded")]
    [InlineData("Officials put the death toll from the quake at 40.", "40", 40, Qualifier.Exact, "killed")]
    public void Counts_of_people_carry_what_happened_to_them(string text, string span, double value, Qualifier qualifier, string counts)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(span, text[q.Range.Start..q.Range.End]);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(counts, q.Counts);
    }

    [Theory]
    [InlineData("The war began in 2022 and talks resumed on March 3.")]
    [InlineData("The meeting starts at 10:30 on Friday.")]
    [InlineData("Talks lasted two days and ended on 12 May.")]
    [InlineData("He was the 3rd speaker, in Room No. 5.")]
    public void Years_dates_times_and_durations_are_not_quantities(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Measures_keep_their_unit()
    {
        var q = Assert.Single(Find("Exporters have 2.3 million tonnes waiting in silos."));
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("t", q.Unit);
        Assert.Equal(2_300_000, q.Value, 3);
    }

    [Fact]
    public void A_number_with_a_scale_word_is_a_figure_even_with_no_noun_after_it()
    {
        var q = Assert.Single(Find("Last season, the audience fell to 5.9 million, the network said."));
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(5_900_000, q.Value, 3);
    }

    [Fact]
    public void A_tally_given_with_at_names_what_happened_only_within_its_clause()
    {
        Assert.Contains(Find("Officials put the number of people killed in the attack at 12."), q => q.Counts == "killed");
        Assert.DoesNotContain(Find("The number of people killed was not known, and officials put it at 12."), q => q.Counts == "killed");
    }
}
