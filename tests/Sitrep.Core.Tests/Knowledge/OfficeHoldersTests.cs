using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Tests.Knowledge;

public sealed class OfficeHoldersTests
{
    [Theory]
    [InlineData("US President", OfficeKind.HeadOfState, "USA")]
    [InlineData("President of the United States", OfficeKind.HeadOfState, "USA")]
    [InlineData("Russian President", OfficeKind.HeadOfState, "RUS")]
    [InlineData("Ukrainian President", OfficeKind.HeadOfState, "UKR")]
    [InlineData("UK Prime Minister", OfficeKind.HeadOfGovernment, "GBR")]
    [InlineData("Prime Minister of Japan", OfficeKind.HeadOfGovernment, "JPN")]
    [InlineData("German Chancellor", OfficeKind.HeadOfGovernment, "DEU")]
    [InlineData("French foreign minister", OfficeKind.ForeignMinister, "FRA")]
    [InlineData("US Vice President", OfficeKind.VicePresident, "USA")]
    [InlineData("White House press secretary", OfficeKind.PressSecretary, "USA")]
    [InlineData("UN Secretary-General", OfficeKind.SecretaryGeneral, "UNO")]
    [InlineData("NATO Secretary General", OfficeKind.SecretaryGeneral, "NATO")]
    [InlineData("Swiss Vice President", OfficeKind.VicePresident, "CHE")]
    [InlineData("Russia's President", OfficeKind.HeadOfState, "RUS")]
    public void Office_titles_read_as_kind_and_country(string title, OfficeKind kind, string country)
    {
        Assert.True(OfficeTitle.TryParse(title, out var k, out var c));
        Assert.Equal(kind, k);
        Assert.Equal(country, c);
    }

    [Theory]
    [InlineData("envoy")]
    [InlineData("foreign policy aide")]
    public void Titles_that_are_no_office_of_state_are_not_read_as_one(string title)
        => Assert.False(OfficeTitle.TryParse(title, out _, out _));

    [Theory]
    [InlineData(OfficeKind.HeadOfState, "USA", "2024-06-02", "Joe Biden")]
    [InlineData(OfficeKind.HeadOfState, "USA", "2025-08-07", "Donald Trump")]
    [InlineData(OfficeKind.HeadOfState, "USA", "2019-06-02", "Donald Trump")]
    [InlineData(OfficeKind.HeadOfGovernment, "GBR", "2022-10-01", "Liz Truss")]
    [InlineData(OfficeKind.HeadOfGovernment, "GBR", "2025-01-01", "Keir Starmer")]
    [InlineData(OfficeKind.PressSecretary, "USA", "2025-08-07", "Karoline Leavitt")]
    [InlineData(OfficeKind.HeadOfState, "RUS", "2025-08-07", "Vladimir Putin")]
    [InlineData(OfficeKind.SecretaryGeneral, "NATO", "2025-01-01", "Mark Rutte")]
    [InlineData(OfficeKind.HeadOfGovernment, "GBR", "1987-03-01", "Margaret Thatcher")] // Archigos, before the extracts' years
    [InlineData(OfficeKind.HeadOfGovernment, "JPN", "1987-03-01", "Yasuhiro Nakasone")]
    [InlineData(OfficeKind.HeadOfGovernment, "DEU", "1987-03-01", "Helmut Kohl")] // West Germany, by the hand-kept CoW row
    [InlineData(OfficeKind.HeadOfState, "FRA", "1987-03-01", "François Mitterrand")]
    [InlineData(OfficeKind.HeadOfGovernment, "TUR", "1991-08-01", "Mesut Yılmaz")]
    public void Who_held_an_office_on_a_date(OfficeKind kind, string country, string date, string person)
    {
        var holders = OfficeHolders.Shared.Who(kind, country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(person, Assert.Single(holders).Person);
    }

    [Fact]
    public void A_persons_terms_are_found_by_alias()
    {
        var terms = OfficeHolders.Shared.TermsOf("Donald J. Trump");
        Assert.Contains(terms, t => t.Kind == OfficeKind.HeadOfState && t.Start == new DateOnly(2017, 1, 20));
        Assert.Contains(terms, t => t.Kind == OfficeKind.HeadOfState && t.Start == new DateOnly(2025, 1, 20));
    }

    [Theory]
    [InlineData("RUS", "1987-03-01")] // Archigos' code 365 is the Soviet Union until December 1991: its leaders did not lead Russia
    [InlineData("CHN", "1987-03-01")] // one-party states: Archigos' leader is the party's, not an office of state
    public void Leaders_whose_office_archigos_cannot_tell_are_left_out(string country, string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(OfficeHolders.Shared.Who(OfficeKind.HeadOfState, country, day));
        Assert.Empty(OfficeHolders.Shared.Who(OfficeKind.HeadOfGovernment, country, day));
    }

    [Fact]
    public void Every_supplement_row_names_its_source()
        => Assert.All(OfficeHolders.Shared.Terms.Where(t => t.Source.StartsWith("supplement", StringComparison.Ordinal)), t => Assert.True(t.Source.Length > "supplement: ".Length + 5));
}
