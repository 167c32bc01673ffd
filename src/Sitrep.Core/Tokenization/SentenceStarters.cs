using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Capitalized words that begin sentences far more often than they begin names: after an abbreviation
/// ("… in the U.S. The talks …") or an initial, such a word means a new sentence.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> s_words = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
        "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "His", "Her", "Its",
        "Their", "Our", "My", "Your", "Some", "Many", "Most", "All", "No", "Not", "What", "Who", "Why", "How", "Where", "Which",
        "However", "Meanwhile", "Still", "Yet", "Also", "Then", "Now", "For", "With", "By", "From", "To", "Since", "Although",
        "Though", "Because", "Both", "Each", "Every", "Such", "Another", "Other", "Others", "Earlier", "Later", "Today",
        "Yesterday", "Tomorrow", "Instead", "Thus", "Therefore", "Moreover", "Furthermore", "Indeed", "Even", "Only", "Just",
        "Please", "Thanks", "Thank", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Gov.", "Rep.", "Gen.", "Last", "Next", "One", "Two", "Three", "Several",
        "Under", "Over", "During", "Despite", "Until", "Unlike", "Like", "Among", "Officials", "Police", "Analysts");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
