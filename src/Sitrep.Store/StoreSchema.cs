namespace Sitrep.Store;

/// <summary>
/// The store's tables, one version at a time. Each migration is applied once, in order, in its own transaction, and
/// the store records the version it reached (<c>store_meta.schema_version</c>). Add a migration; never edit one.
/// </summary>
internal static class StoreSchema
{
    /// <summary>What <c>store_meta.format</c> says in every Sitrep store.</summary>
    public const string Format = "sitrep-store";

    /// <summary>The tables holding items of a document (deleted with it), in delete order.</summary>
    public static readonly string[] ItemTables = ["mentions", "entities", "quotes", "times", "quantities", "events", "places", "findings", "doc_buckets", "doc_signatures", "duplicates"];

    /// <summary>The tables counted by <see cref="IRecordStore.Counts"/>.</summary>
    public static readonly string[] CountedTables = ["documents", "identities", "entities", "mentions", "quotes", "times", "quantities", "events", "places", "findings", "duplicates"];

    private const string FillCounts = """
        INSERT INTO entity_counts(type, identity, documents, mentions) SELECT type, identity, count(*), sum(mention_count) FROM entities GROUP BY type, identity
        """;

    private const string FillSpeakerCounts = """
        INSERT INTO speaker_counts(identity, quotes) SELECT speaker_identity, count(*) FROM quotes WHERE speaker_identity IS NOT NULL GROUP BY speaker_identity
        """;

    /// <summary>SQLite migrations: index + 1 is the schema version.</summary>
    public static readonly string[][] Sqlite =
    [
        [
            "CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE documents(
              id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT, author TEXT,
              published TEXT, published_inferred TEXT, date TEXT, text TEXT NOT NULL, pipeline TEXT NOT NULL, record TEXT NOT NULL)
            """,
            "CREATE INDEX documents_source ON documents(source)",
            "CREATE INDEX documents_date ON documents(date)",
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id')",
            "CREATE TABLE identities(identity TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, norm_name TEXT NOT NULL, kb_id TEXT) WITHOUT ROWID",
            "CREATE INDEX identities_norm ON identities(norm_name)",
            """
            CREATE TABLE entities(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, identity TEXT NOT NULL, type TEXT NOT NULL,
              name TEXT NOT NULL, kb_id TEXT, mention_count INTEGER NOT NULL, span_start INTEGER, span_end INTEGER,
              PRIMARY KEY(doc_id, entity_id)) WITHOUT ROWID
            """,
            "CREATE INDEX entities_identity ON entities(identity)",
            "CREATE TABLE mentions(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL)",
            "CREATE INDEX mentions_doc ON mentions(doc_id)",
            """
            CREATE TABLE quotes(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, quote_id TEXT NOT NULL, text TEXT NOT NULL,
              span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, kind TEXT NOT NULL, speaker_id TEXT, speaker_identity TEXT,
              speaker_name TEXT, cue TEXT, confidence REAL NOT NULL)
            """,
            "CREATE INDEX quotes_doc ON quotes(doc_id)",
            "CREATE INDEX quotes_speaker ON quotes(speaker_identity)",
            "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id')",
            """
            CREATE TABLE times(doc_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, anchor TEXT NOT NULL, PRIMARY KEY(doc_id, idx)) WITHOUT ROWID
            """,
            """
            CREATE TABLE quantities(doc_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL, unit TEXT, qualifier TEXT NOT NULL, counts TEXT,
              PRIMARY KEY(doc_id, idx)) WITHOUT ROWID
            """,
            """
            CREATE TABLE events(doc_id TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
              source_id TEXT, source_identity TEXT, source_name TEXT, target_id TEXT, target_identity TEXT, target_name TEXT,
              source_country TEXT, target_country TEXT, place_id TEXT, place_name TEXT, place_country TEXT, lat REAL, lon REAL,
              when_value TEXT, event_date TEXT, fatalities INTEGER, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
              evidence TEXT NOT NULL, PRIMARY KEY(doc_id, event_id)) WITHOUT ROWID
            """,
            "CREATE INDEX events_source ON events(source_identity)",
            "CREATE INDEX events_target ON events(target_identity)",
            "CREATE INDEX events_date ON events(event_date)",
            "CREATE INDEX events_type ON events(type)",
            """
            CREATE TABLE places(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
              geonames_id INTEGER, PRIMARY KEY(doc_id, entity_id)) WITHOUT ROWID
            """,
            "CREATE INDEX places_name ON places(name COLLATE NOCASE)",
            """
            CREATE TABLE findings(doc_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL,
              message TEXT NOT NULL, span_start INTEGER, span_end INTEGER, evidence TEXT NOT NULL, PRIMARY KEY(doc_id, idx)) WITHOUT ROWID
            """,
            "CREATE INDEX findings_kind ON findings(kind)",
        ],
        [
            // people/orgs aggregate over this index alone (1.1 s → see README); --where uses the place indexes.
            "CREATE INDEX entities_type_identity ON entities(type, identity, mention_count)",
            "CREATE INDEX events_place ON events(place_name COLLATE NOCASE)",
            "CREATE INDEX events_place_country ON events(place_country)",
        ],
        [
            // A quote's principal: whom its speaker speaks for ("Blair" in "Blair's spokesman"); filled for stored rows from their records.
            "ALTER TABLE quotes ADD COLUMN speaker_principal TEXT",
            "ALTER TABLE quotes ADD COLUMN speaker_principal_name TEXT",
            """
            UPDATE quotes SET (speaker_principal, speaker_principal_name) = (
              SELECT json_extract(j.value, '$.speaker_principal'), json_extract(j.value, '$.speaker_principal_name')
              FROM documents d, json_each(d.record, '$.quotes') j
              WHERE d.doc_id = quotes.doc_id AND json_extract(j.value, '$.id') = quotes.quote_id)
            WHERE doc_id IN (SELECT doc_id FROM documents WHERE instr(record, '"speaker_principal"') > 0)
            """,
        ],
        [
            // people/orgs read per-identity counts kept at ingest instead of aggregating every entity and quote row;
            // --who finds knowledge-base ids by index.
            """
            CREATE TABLE entity_counts(type TEXT NOT NULL, identity TEXT NOT NULL, documents INTEGER NOT NULL, mentions INTEGER NOT NULL,
              PRIMARY KEY(type, identity)) WITHOUT ROWID
            """,
            "CREATE INDEX entity_counts_rank ON entity_counts(type, mentions DESC, identity)",
            "CREATE TABLE speaker_counts(identity TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID",
            FillCounts,
            FillSpeakerCounts,
            "CREATE INDEX identities_kb ON identities(kb_id)",
        ],
        [
            // Review: a person's corrections beside the machine's reading (never over it); kept when a document is re-ingested.
            """
            CREATE TABLE corrections(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, item TEXT NOT NULL, item_id TEXT NOT NULL,
              action TEXT NOT NULL, field TEXT, machine TEXT, value TEXT, note TEXT, created TEXT NOT NULL)
            """,
            "CREATE INDEX corrections_doc ON corrections(doc_id)",
        ],
        [
            // Near-duplicates (MinHash over word shingles, src/Sitrep.Core/Text/MinHash.cs): a document's signature, its
            // LSH buckets, and, for a copy, the original it copies. Feeds: the items already seen, per feed.
            "CREATE TABLE doc_signatures(doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL) WITHOUT ROWID",
            "CREATE TABLE doc_buckets(bucket INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(bucket, doc_id)) WITHOUT ROWID",
            "CREATE INDEX doc_buckets_doc ON doc_buckets(doc_id)",
            "CREATE TABLE duplicates(doc_id TEXT PRIMARY KEY, duplicate_of TEXT NOT NULL, similarity REAL NOT NULL) WITHOUT ROWID",
            "CREATE INDEX duplicates_of ON duplicates(duplicate_of)",
            "CREATE TABLE feed_items(feed TEXT NOT NULL, item TEXT NOT NULL, doc_id TEXT, seen TEXT NOT NULL, PRIMARY KEY(feed, item)) WITHOUT ROWID",
        ],
        [
            // A queue's messages, recorded in the transaction that writes their documents (sitrep worker, issue 17).
            "CREATE TABLE queue_messages(msg_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, stream_seq INTEGER, worker TEXT NOT NULL, processed_at INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE INDEX queue_messages_at ON queue_messages(processed_at)",
            // The names an identity's entities carry, counted, so that its name (the most frequent, then the first in
            // ordinal order) does not depend on the order documents arrive in (IdentityStep).
            "CREATE TABLE identity_names(identity TEXT NOT NULL, name TEXT NOT NULL, entities INTEGER NOT NULL, PRIMARY KEY(identity, name)) WITHOUT ROWID",
            "INSERT INTO identity_names(identity, name, entities) SELECT identity, name, count(*) FROM entities GROUP BY identity, name",
            "UPDATE identities SET name = (SELECT n.name FROM identity_names n WHERE n.identity = identities.identity ORDER BY n.entities DESC, n.name LIMIT 1) WHERE identity IN (SELECT identity FROM identity_names)",
        ],
        [
            "CREATE TABLE story_docs(doc_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, day INTEGER, seq INTEGER NOT NULL, vector BLOB NOT NULL, entities TEXT NOT NULL) WITHOUT ROWID",
            "CREATE INDEX story_docs_story ON story_docs(story_id)",
            "CREATE INDEX story_docs_seq ON story_docs(seq)",
            "CREATE TABLE story_links(doc_a TEXT NOT NULL, doc_b TEXT NOT NULL, similarity REAL NOT NULL, PRIMARY KEY(doc_a, doc_b)) WITHOUT ROWID",
            "CREATE INDEX story_links_b ON story_links(doc_b)",
        ],
        [
            // Incidents (issue 15): every event of an original document is a report; reports of one happening share an
            // incident, named by its lowest report key (Sql/IncidentStep.cs). Contradictions between sources are kept beside.
            """
            CREATE TABLE incident_reports(doc_id TEXT NOT NULL, event_id TEXT NOT NULL, incident TEXT NOT NULL, type TEXT NOT NULL,
              source_identity TEXT, source_name TEXT, target_identity TEXT, target_name TEXT, source_country TEXT, target_country TEXT,
              place_key TEXT, place_name TEXT, place_country TEXT, day_from INTEGER, day_to INTEGER, stated_day INTEGER,
              time_start INTEGER NOT NULL, time_end INTEGER NOT NULL, published INTEGER, figures TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
              PRIMARY KEY(doc_id, event_id)) WITHOUT ROWID
            """,
            "CREATE INDEX incident_reports_incident ON incident_reports(incident)",
            "CREATE INDEX incident_reports_source ON incident_reports(source_identity, day_from)",
            "CREATE INDEX incident_reports_target ON incident_reports(target_identity, day_from)",
            "CREATE INDEX incident_reports_place ON incident_reports(place_key, day_from)",
            """
            CREATE TABLE incidents(incident TEXT PRIMARY KEY, type TEXT NOT NULL, first_date TEXT, last_date TEXT, reports INTEGER NOT NULL,
              sources INTEGER NOT NULL, source_name TEXT, target_name TEXT, place_name TEXT, place_country TEXT, killed_min INTEGER, killed_max INTEGER) WITHOUT ROWID
            """,
            "CREATE INDEX incidents_sources ON incidents(sources DESC, first_date, incident)",
            """
            CREATE TABLE quote_keys(key INTEGER NOT NULL, doc_id TEXT NOT NULL, quote_id TEXT NOT NULL, speaker_identity TEXT NOT NULL, speaker_name TEXT NOT NULL,
              span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, words TEXT NOT NULL, PRIMARY KEY(key, doc_id, quote_id)) WITHOUT ROWID
            """,
            "CREATE INDEX quote_keys_doc ON quote_keys(doc_id)",
            """
            CREATE TABLE source_findings(kind TEXT NOT NULL, incident TEXT, doc_a TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
              doc_b TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, message TEXT NOT NULL, PRIMARY KEY(kind, doc_a, a_start, doc_b, b_start)) WITHOUT ROWID
            """,
            "CREATE INDEX source_findings_incident ON source_findings(incident)",
            "CREATE INDEX source_findings_a ON source_findings(doc_a)",
            "CREATE INDEX source_findings_b ON source_findings(doc_b)",
        ],
        [
            // Stories that hold on a whole corpus (Sql/StoryStep.cs): each article's template signature and figures, so that
            // templated reports of different happenings are not linked. Rows stored before have none (never vetoed).
            "ALTER TABLE story_docs ADD COLUMN template BLOB",
            "ALTER TABLE story_docs ADD COLUMN figures BLOB",
        ],
        [
            // Articles that left the stories (replaced, or demoted to a copy), numbered in the one sequence with story_docs.seq,
            // so that every writer's index forgets them in the order they went (Sql/StoryStep.cs, StoryIndex.Catch).
            "CREATE TABLE story_removals(seq INTEGER PRIMARY KEY, doc_id TEXT NOT NULL)",
        ],
        [
            // Incidents: whether a report's stated day is its document's dateline (the day the source wrote), which is not
            // compared as a date between sources (Incidents/SourceConflicts.cs). Rows stored before have none (0).
            "ALTER TABLE incident_reports ADD COLUMN dateline INTEGER NOT NULL DEFAULT 0",
        ],
    ];

    /// <summary>PostgreSQL migrations, version for version the same tables as <see cref="Sqlite"/> (full text: generated tsvector columns).</summary>
    public static readonly string[][] Postgres =
    [
        [
            "CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE documents(
              id BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT, author TEXT,
              published TEXT, published_inferred TEXT, date TEXT, text TEXT NOT NULL, pipeline TEXT NOT NULL, record TEXT NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED)
            """,
            "CREATE INDEX documents_source ON documents(source)",
            "CREATE INDEX documents_date ON documents(date)",
            "CREATE INDEX documents_tsv ON documents USING GIN(tsv)",
            "CREATE TABLE identities(identity TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, norm_name TEXT NOT NULL, kb_id TEXT)",
            "CREATE INDEX identities_norm ON identities(norm_name)",
            """
            CREATE TABLE entities(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, identity TEXT NOT NULL, type TEXT NOT NULL,
              name TEXT NOT NULL, kb_id TEXT, mention_count BIGINT NOT NULL, span_start BIGINT, span_end BIGINT, PRIMARY KEY(doc_id, entity_id))
            """,
            "CREATE INDEX entities_identity ON entities(identity)",
            "CREATE TABLE mentions(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, text TEXT NOT NULL)",
            "CREATE INDEX mentions_doc ON mentions(doc_id)",
            """
            CREATE TABLE quotes(id BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL, quote_id TEXT NOT NULL, text TEXT NOT NULL,
              span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, kind TEXT NOT NULL, speaker_id TEXT, speaker_identity TEXT,
              speaker_name TEXT, cue TEXT, confidence DOUBLE PRECISION NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)
            """,
            "CREATE INDEX quotes_doc ON quotes(doc_id)",
            "CREATE INDEX quotes_speaker ON quotes(speaker_identity)",
            "CREATE INDEX quotes_tsv ON quotes USING GIN(tsv)",
            """
            CREATE TABLE times(doc_id TEXT NOT NULL, idx BIGINT NOT NULL, text TEXT NOT NULL, span_start BIGINT NOT NULL,
              span_end BIGINT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, anchor TEXT NOT NULL, PRIMARY KEY(doc_id, idx))
            """,
            """
            CREATE TABLE quantities(doc_id TEXT NOT NULL, idx BIGINT NOT NULL, text TEXT NOT NULL, span_start BIGINT NOT NULL,
              span_end BIGINT NOT NULL, kind TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT, qualifier TEXT NOT NULL, counts TEXT,
              PRIMARY KEY(doc_id, idx))
            """,
            """
            CREATE TABLE events(doc_id TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
              source_id TEXT, source_identity TEXT, source_name TEXT, target_id TEXT, target_identity TEXT, target_name TEXT,
              source_country TEXT, target_country TEXT, place_id TEXT, place_name TEXT, place_country TEXT,
              lat DOUBLE PRECISION, lon DOUBLE PRECISION, when_value TEXT, event_date TEXT, fatalities BIGINT,
              span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY(doc_id, event_id))
            """,
            "CREATE INDEX events_source ON events(source_identity)",
            "CREATE INDEX events_target ON events(target_identity)",
            "CREATE INDEX events_date ON events(event_date)",
            "CREATE INDEX events_type ON events(type)",
            """
            CREATE TABLE places(doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
              lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonames_id BIGINT, PRIMARY KEY(doc_id, entity_id))
            """,
            "CREATE INDEX places_name ON places(lower(name))",
            """
            CREATE TABLE findings(doc_id TEXT NOT NULL, idx BIGINT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL,
              message TEXT NOT NULL, span_start BIGINT, span_end BIGINT, evidence TEXT NOT NULL, PRIMARY KEY(doc_id, idx))
            """,
            "CREATE INDEX findings_kind ON findings(kind)",
        ],
        [
            "CREATE INDEX entities_type_identity ON entities(type, identity, mention_count)",
            "CREATE INDEX events_place ON events(lower(place_name))",
            "CREATE INDEX events_place_country ON events(place_country)",
        ],
        [
            "ALTER TABLE quotes ADD COLUMN speaker_principal TEXT, ADD COLUMN speaker_principal_name TEXT",
            """
            UPDATE quotes q SET speaker_principal = j ->> 'speaker_principal', speaker_principal_name = j ->> 'speaker_principal_name'
            FROM documents d CROSS JOIN LATERAL jsonb_array_elements(CAST(d.record AS jsonb) -> 'quotes') j
            WHERE d.doc_id = q.doc_id AND j ->> 'id' = q.quote_id AND j ->> 'speaker_principal' IS NOT NULL
            """,
        ],
        [
            """
            CREATE TABLE entity_counts(type TEXT NOT NULL, identity TEXT NOT NULL, documents BIGINT NOT NULL, mentions BIGINT NOT NULL,
              PRIMARY KEY(type, identity))
            """,
            "CREATE INDEX entity_counts_rank ON entity_counts(type, mentions DESC, identity)",
            "CREATE TABLE speaker_counts(identity TEXT PRIMARY KEY, quotes BIGINT NOT NULL)",
            FillCounts,
            FillSpeakerCounts,
            "CREATE INDEX identities_kb ON identities(kb_id)",
            // --who "Bush" matches names ending in " bush": a trigram index answers LIKE '% bush' without reading every identity,
            // a pattern index LIKE 'bush %'.
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE INDEX identities_norm_trgm ON identities USING GIN(norm_name gin_trgm_ops)",
            "CREATE INDEX identities_norm_prefix ON identities(norm_name text_pattern_ops)",
            // search ranks every matching document by its tsv: kept in the row (compressed) rather than in the TOAST table,
            // ranking reads a quarter of the pages (rows written before this version move only when rewritten: VACUUM FULL documents).
            "ALTER TABLE documents ALTER COLUMN tsv SET STORAGE MAIN",
            "ANALYZE",
        ],
        [
            """
            CREATE TABLE corrections(id BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL, item TEXT NOT NULL, item_id TEXT NOT NULL,
              action TEXT NOT NULL, field TEXT, machine TEXT, value TEXT, note TEXT, created TEXT NOT NULL)
            """,
            "CREATE INDEX corrections_doc ON corrections(doc_id)",
        ],
        [
            "CREATE TABLE doc_signatures(doc_id TEXT PRIMARY KEY, signature BYTEA NOT NULL)",
            "CREATE TABLE doc_buckets(bucket BIGINT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(bucket, doc_id))",
            "CREATE INDEX doc_buckets_doc ON doc_buckets(doc_id)",
            "CREATE TABLE duplicates(doc_id TEXT PRIMARY KEY, duplicate_of TEXT NOT NULL, similarity DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX duplicates_of ON duplicates(duplicate_of)",
            "CREATE TABLE feed_items(feed TEXT NOT NULL, item TEXT NOT NULL, doc_id TEXT, seen TEXT NOT NULL, PRIMARY KEY(feed, item))",
        ],
        [
            "CREATE TABLE queue_messages(msg_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, stream_seq BIGINT, worker TEXT NOT NULL, processed_at BIGINT NOT NULL)",
            "CREATE INDEX queue_messages_at ON queue_messages(processed_at)",
            "CREATE TABLE identity_names(identity TEXT NOT NULL, name TEXT NOT NULL, entities BIGINT NOT NULL, PRIMARY KEY(identity, name))",
            "INSERT INTO identity_names(identity, name, entities) SELECT identity, name, count(*) FROM entities GROUP BY identity, name",
            """UPDATE identities SET name = (SELECT n.name FROM identity_names n WHERE n.identity = identities.identity ORDER BY n.entities DESC, n.name COLLATE "C" LIMIT 1) WHERE identity IN (SELECT identity FROM identity_names)""",
        ],
        [
            "CREATE TABLE story_docs(doc_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, day INTEGER, seq BIGINT NOT NULL, vector BYTEA NOT NULL, entities TEXT NOT NULL)",
            "CREATE INDEX story_docs_story ON story_docs(story_id)",
            "CREATE INDEX story_docs_seq ON story_docs(seq)",
            "CREATE TABLE story_links(doc_a TEXT NOT NULL, doc_b TEXT NOT NULL, similarity DOUBLE PRECISION NOT NULL, PRIMARY KEY(doc_a, doc_b))",
            "CREATE INDEX story_links_b ON story_links(doc_b)",
        ],
        [
            // Incidents (issue 15): every event of an original document is a report; reports of one happening share an
            // incident, named by its lowest report key (Sql/IncidentStep.cs). Contradictions between sources are kept beside.
            """
            CREATE TABLE incident_reports(doc_id TEXT NOT NULL, event_id TEXT NOT NULL, incident TEXT NOT NULL, type TEXT NOT NULL,
              source_identity TEXT, source_name TEXT, target_identity TEXT, target_name TEXT, source_country TEXT, target_country TEXT,
              place_key TEXT, place_name TEXT, place_country TEXT, day_from BIGINT, day_to BIGINT, stated_day BIGINT,
              time_start BIGINT NOT NULL, time_end BIGINT NOT NULL, published BIGINT, figures TEXT, span_start BIGINT NOT NULL, span_end BIGINT NOT NULL,
              PRIMARY KEY(doc_id, event_id))
            """,
            "CREATE INDEX incident_reports_incident ON incident_reports(incident)",
            "CREATE INDEX incident_reports_source ON incident_reports(source_identity, day_from)",
            "CREATE INDEX incident_reports_target ON incident_reports(target_identity, day_from)",
            "CREATE INDEX incident_reports_place ON incident_reports(place_key, day_from)",
            """
            CREATE TABLE incidents(incident TEXT PRIMARY KEY, type TEXT NOT NULL, first_date TEXT, last_date TEXT, reports BIGINT NOT NULL,
              sources BIGINT NOT NULL, source_name TEXT, target_name TEXT, place_name TEXT, place_country TEXT, killed_min BIGINT, killed_max BIGINT)
            """,
            "CREATE INDEX incidents_sources ON incidents(sources DESC, first_date, incident)",
            """
            CREATE TABLE quote_keys(key BIGINT NOT NULL, doc_id TEXT NOT NULL, quote_id TEXT NOT NULL, speaker_identity TEXT NOT NULL, speaker_name TEXT NOT NULL,
              span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, words TEXT NOT NULL, PRIMARY KEY(key, doc_id, quote_id))
            """,
            "CREATE INDEX quote_keys_doc ON quote_keys(doc_id)",
            """
            CREATE TABLE source_findings(kind TEXT NOT NULL, incident TEXT, doc_a TEXT NOT NULL, a_start BIGINT NOT NULL, a_end BIGINT NOT NULL,
              doc_b TEXT NOT NULL, b_start BIGINT NOT NULL, b_end BIGINT NOT NULL, message TEXT NOT NULL, PRIMARY KEY(kind, doc_a, a_start, doc_b, b_start))
            """,
            "CREATE INDEX source_findings_incident ON source_findings(incident)",
            "CREATE INDEX source_findings_a ON source_findings(doc_a)",
            "CREATE INDEX source_findings_b ON source_findings(doc_b)",
        ],
        [
            "ALTER TABLE story_docs ADD COLUMN template BYTEA",
            "ALTER TABLE story_docs ADD COLUMN figures BYTEA",
        ],
        [
            "CREATE TABLE story_removals(seq BIGINT PRIMARY KEY, doc_id TEXT NOT NULL)",
        ],
        [
            "ALTER TABLE incident_reports ADD COLUMN dateline BIGINT NOT NULL DEFAULT 0",
        ],
    ];

    /// <summary>The newest schema version this code knows.</summary>
    public static int Latest => Sqlite.Length;
}
