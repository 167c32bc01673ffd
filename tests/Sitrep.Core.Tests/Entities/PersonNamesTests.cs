using Sitrep.Core.Entities;

namespace Sitrep.Core.Tests.Entities;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Frank Carlucci", "National Security Adviser Frank Carlucci", true)]
    [InlineData("Vince Cable", "Vincent Cable", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("Trump", "Donald Trump", true)]
    [InlineData("Cherie Blair", "Tony Blair", false)]
    [InlineData("Frank Carlucci", "Frank Jones", false)]
    [InlineData("Jo Smith", "John Smith", false)]
    public void Whole_names_match_when_they_can_name_one_person(string a, string b, bool same)
    {
        Assert.Equal(same, PersonNames.SamePerson(a, b));
        Assert.Equal(same, PersonNames.SamePerson(b, a));
    }

    [Fact]
    public void Forename_and_surname_forms_follow_the_same_rule()
    {
        Assert.True(PersonNames.SamePerson("Donald", "Trump", null, "Trump"));
        Assert.True(PersonNames.SamePerson("D.", "Trump", "Donald", "Trump"));
        Assert.False(PersonNames.SamePerson("Ivanka", "Trump", "Donald", "Trump"));
        Assert.False(PersonNames.SamePerson("Donald", "Trump", "Donald", "Tusk"));
    }
}
