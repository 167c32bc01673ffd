using Sitrep.Ingest.Web;

namespace Sitrep.Ingest.Tests;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The minister said on Tuesday that the talks would resume in the capital after the holiday.", "en")]
    [InlineData("Le ministre a déclaré mardi que les négociations reprendraient dans la capitale après les vacances.", "fr")]
    [InlineData("Der Minister sagte am Dienstag, dass die Gespräche nach dem Urlaub in der Hauptstadt wieder aufgenommen werden.", "de")]
    [InlineData("El ministro dijo el martes que las conversaciones se reanudarán en la capital después de las vacaciones.", "es")]
    [InlineData("Il ministro ha detto martedì che i colloqui riprenderanno nella capitale dopo le vacanze.", "it")]
    [InlineData("O ministro disse na terça-feira que as negociações serão retomadas na capital depois das férias.", "pt")]
    [InlineData("Министр заявил во вторник, что переговоры возобновятся в столице после праздников, и что все стороны готовы.", "ru")]
    [InlineData("وقال الوزير يوم الثلاثاء إن المحادثات ستستأنف في العاصمة بعد العطلة", "ar")]
    [InlineData("部長は火曜日、休暇の後に首都で協議を再開すると述べた。", "ja")]
    [InlineData("部长周二表示，假期结束后将在首都恢复会谈。", "zh")]
    public void Names_the_language_of_a_sentence(string text, string code)
        => Assert.Equal(code, LanguageIdentifier.Shared.Identify(text)?.Code);

    [Theory]
    [InlineData("Shr 32 cts vs 27 cts")]
    [InlineData("")]
    public void Too_little_text_gives_no_verdict(string text)
    {
        Assert.Null(LanguageIdentifier.Shared.Identify(text));
        Assert.True(LanguageIdentifier.Shared.IsEnglishOrUnknown(text));
    }
}
