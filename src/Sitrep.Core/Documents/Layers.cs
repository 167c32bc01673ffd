using Sitrep.Core.Annotations;
using Sitrep.Core.Parsing;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Documents;

/// <summary>The annotation layers a document can carry: one key per layer, one place to find them all.</summary>
public static class Layers
{
    public static readonly AnnotationKey<ArticleStructure> Structure = new("structure");
    public static readonly AnnotationKey<TokenList> Tokens = new("tokens");
    public static readonly AnnotationKey<IReadOnlyList<Sentence>> Sentences = new("sentences");
    public static readonly AnnotationKey<PosTags> PosTags = new("pos-tags");

    /// <summary>
    /// Each token's feature atoms (hashes of its forms and affixes, its cluster, gazetteer marks and tag class): computed
    /// once by the POS tagger and read by every tagger after it (parser, entity recognizer). Not part of the record.
    /// </summary>
    public static readonly AnnotationKey<TokenAtoms[]> Atoms = new("token-atoms");

    /// <summary>Each token's syntactic head and dependency relation.</summary>
    public static readonly AnnotationKey<DependencyTree> Parse = new("parse");
    public static readonly AnnotationKey<IReadOnlyList<EntityMention>> Mentions = new("mentions");
    public static readonly AnnotationKey<IReadOnlyList<Entity>> Entities = new("entities");

    /// <summary>
    /// He/she that stand for a person the text only describes, introduced as the main subject of a sentence before ("A
    /// UKIP spokesman said … He added:"): pronoun token → the description's tokens. The entity layer leaves such a pronoun
    /// unresolved (no named entity is meant); the quote reader names its speaker by the description.
    /// </summary>
    public static readonly AnnotationKey<IReadOnlyDictionary<int, Sitrep.Core.Entities.Antecedent>> DescribedAntecedents = new("described-antecedents");

    /// <summary>
    /// The actors the text describes without naming ("police", "five public sector unions"): entities with an
    /// <see cref="Entity.Agent"/> code, numbered after the named ones. The record lists them with the entities.
    /// </summary>
    public static readonly AnnotationKey<IReadOnlyList<Entity>> DescribedActors = new("described-actors");
    public static readonly AnnotationKey<IReadOnlyList<TimeExpression>> Times = new("times");
    public static readonly AnnotationKey<InferredDate> PublishedInferred = new("published-inferred");

    /// <summary>When the article can have been written, by the titled office-holders it names (only when it has no date).</summary>
    public static readonly AnnotationKey<OfficeEra> OfficeEra = new("office-era");
    public static readonly AnnotationKey<IReadOnlyList<Quantity>> Quantities = new("quantities");
    public static readonly AnnotationKey<IReadOnlyList<Quote>> Quotes = new("quotes");
    public static readonly AnnotationKey<IReadOnlyList<NewsEvent>> Events = new("events");
    public static readonly AnnotationKey<IReadOnlyList<Place>> Places = new("places");

    /// <summary>Entity id to a stable knowledge-base id (a Wikidata Q-id where known).</summary>
    public static readonly AnnotationKey<IReadOnlyDictionary<string, string>> EntityLinks = new("entity-links");
    public static readonly AnnotationKey<IReadOnlyList<Finding>> Findings = new("findings");

    /// <summary>The article's id, title, author and dates as the record states them (DocumentInfoResolver).</summary>
    public static readonly AnnotationKey<DocumentInfo> Info = new("document-info");
}
