using Sitrep.Core.Record;

namespace Sitrep.Application.Tests;

/// <summary>A correction is checked against the record: the item must exist, the field must be the item's, a category PLOVER.</summary>
public sealed class ReviewTests
{
    private static readonly DateTimeOffset s_now = new(2025, 3, 5, 10, 30, 0, TimeSpan.Zero);

    private static readonly SitrepRecord s_record = new()
    {
        Document = new RecordDocument { Id = "abc", Text = "The army shelled Marisol. “Enough,” said Kim." },
        Entities =
        [
            new RecordEntity { Id = "e1", Type = "ORG", Name = "Army", Mentions = [new RecordMention(4, 8, "army")] },
            new RecordEntity { Id = "e2", Type = "GPE", Name = "Marisol", Mentions = [new RecordMention(17, 24, "Marisol")] },
            new RecordEntity { Id = "e3", Type = "PERSON", Name = "Kim", Mentions = [new RecordMention(41, 44, "Kim")] },
        ],
        Quotes = [new RecordQuote { Id = "q1", Text = "“Enough,”", Start = 26, End = 35, Kind = "direct", Speaker = "e3", SpeakerName = "Kim" }],
        Times = [new RecordTime("today", 0, 0, "DATE", "2025-03-05", "published")],
        Events = [new RecordEvent { Id = "v1", Type = "ASSAULT", Source = "e1", Where = "e2", Evidence = new RecordSpan(0, 24) }],
        Places = [new RecordPlace("e2", "Marisol", "MLT", 35.9, 14.5, 1)],
        Findings = [new RecordFinding { Kind = "date_conflict", Severity = "warning", Message = "Two dates.", Evidence = [new RecordSpan(0, 3)] }],
    };

    private static RecordCorrection Check(string item, string id, string action, string? field = null, string? value = null, string? note = null)
        => Review.Check(s_record, new CorrectionRequest { DocumentId = "abc", Item = item, ItemId = id, Action = action, Field = field, Value = value, Note = note }, s_now);

    [Fact]
    public void Corrections_take_the_machine_value_and_a_timestamp()
    {
        var speaker = Check("quote", "q1", "correct", "speaker", "  Kim Lee ", "full name");
        Assert.Equal(("Kim", "Kim Lee", "full name", "2025-03-05T10:30:00Z"), (speaker.Machine, speaker.Value, speaker.Note, speaker.Created));
        Assert.Equal(("ASSAULT", "COERCE"), (Check("event", "v1", "correct", "type", "coerce").Machine, Check("event", "v1", "correct", "type", "coerce").Value));
        Assert.Equal("Marisol", Check("event", "v1", "correct", "place", "Valletta").Machine);
        Assert.Equal("Marisol", Check("place", "e2", "correct", "place", "Marsaxlokk").Machine);
        Assert.Equal("The army shelled Marisol", Check("event", "v1", "wrong").Machine);
        Assert.Equal("today", Check("time", "0", "wrong").Machine);
        Assert.Equal("Two dates.", Check("finding", "0", "wrong").Machine);
        Assert.Equal("Army", Check("entity", "e1", "wrong").Machine);
    }

    [Theory]
    [InlineData("quote", "q9", "wrong", null, null, "no quote 'q9'")]
    [InlineData("time", "1", "wrong", null, null, "no time '1'")]
    [InlineData("time", "-1", "wrong", null, null, "no time '-1'")]
    [InlineData("rumour", "x", "wrong", null, null, "item must be one of")]
    [InlineData("quote", "q1", "delete", null, null, "action must be")]
    [InlineData("quote", "q1", "wrong", "speaker", null, "give no field or value")]
    [InlineData("quote", "q1", "correct", "type", "AID", "a quote has no field 'type'")]
    [InlineData("event", "v1", "correct", "type", "PARTY", "not a PLOVER category")]
    [InlineData("event", "v1", "correct", "type", "  ", "needs a value")]
    [InlineData("time", "0", "correct", "value", "tomorrow", "a time has no field 'value'")]
    public void Bad_corrections_are_refused_with_a_reason(string item, string id, string action, string? field, string? value, string reason)
    {
        var ex = Assert.Throws<ReviewException>(() => Check(item, id, action, field, value));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_and_notes_are_capped_and_free_of_control_characters()
    {
        Assert.Contains("too long", Assert.Throws<ReviewException>(() => Check("quote", "q1", "correct", "speaker", new string('x', Review.MaxValueLength + 1))).Message, StringComparison.Ordinal);
        Assert.Contains("control", Assert.Throws<ReviewException>(() => Check("quote", "q1", "correct", "speaker", "Kim\u0000")).Message, StringComparison.Ordinal);
        Assert.Contains("too long", Assert.Throws<ReviewException>(() => Check("quote", "q1", "wrong", note: new string('n', Review.MaxNoteLength + 1))).Message, StringComparison.Ordinal);
    }
}
