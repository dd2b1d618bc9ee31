import GRDB

/// The database schema. Migrations are only ever appended: once a migration has shipped,
/// editing it would leave existing databases on a schema the code no longer describes.
///
/// Value lists are checked with `=` and `OR`, not `IN (...)`: SQLite builds a temporary
/// table for an `IN` list of three or more on every insert.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0)
                );
                -- Names as reports write them, normalised (see SourceDirectory.normalise).
                CREATE TABLE source_alias (
                    alias TEXT PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE
                );
                CREATE INDEX source_alias_source ON source_alias(source_id);

                CREATE TABLE run (
                    id INTEGER PRIMARY KEY,
                    started TEXT NOT NULL,
                    ended TEXT,
                    -- The process doing the run, so that a later run can tell a crashed one.
                    pid INTEGER,
                    host TEXT,
                    status TEXT NOT NULL DEFAULT 'running'
                        CHECK (status = 'running' OR status = 'ok' OR status = 'failed' OR status = 'interrupted'),
                    inputs TEXT NOT NULL DEFAULT '[]',
                    reports_new INTEGER NOT NULL DEFAULT 0,
                    reports_seen INTEGER NOT NULL DEFAULT 0,
                    claims INTEGER NOT NULL DEFAULT 0,
                    alerts INTEGER NOT NULL DEFAULT 0,
                    errors TEXT NOT NULL DEFAULT '[]'
                );

                CREATE TABLE report (
                    id INTEGER PRIMARY KEY,
                    uri TEXT NOT NULL,
                    title TEXT,
                    outlet TEXT,
                    published TEXT,
                    recorded TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    subject TEXT,
                    text TEXT NOT NULL,
                    -- A feed item's guid or a page's canonical URL: what ties versions together.
                    identity TEXT,
                    -- A changed version of a known uri or guid points at the version it replaces.
                    replaces_id INTEGER REFERENCES report(id),
                    run_id INTEGER REFERENCES run(id)
                );
                CREATE INDEX report_uri ON report(uri);
                CREATE INDEX report_identity ON report(identity) WHERE identity IS NOT NULL;

                CREATE TABLE figure (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL CHECK (length(key) > 0),
                    subject TEXT NOT NULL CHECK (length(subject) > 0),
                    UNIQUE (key, subject)
                );

                CREATE TABLE claim (
                    id INTEGER PRIMARY KEY,
                    figure_id INTEGER NOT NULL REFERENCES figure(id),
                    report_id INTEGER REFERENCES report(id),
                    value REAL NOT NULL,
                    low REAL,
                    high REAL,
                    qualifier TEXT NOT NULL
                        CHECK (qualifier = 'exact' OR qualifier = 'approximate' OR qualifier = 'nearly' OR qualifier = 'at_least' OR qualifier = 'at_most' OR qualifier = 'range'),
                    scope TEXT NOT NULL
                        CHECK (scope = 'total' OR scope = 'incident' OR scope = 'period' OR scope = 'change' OR scope = 'projection'),
                    as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    source_id INTEGER REFERENCES source(id),
                    source_text TEXT,
                    quote TEXT,
                    start INTEGER,
                    "end" INTEGER,
                    recorded TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'unchecked'
                        CHECK (status = 'unchecked' OR status = 'confirmed' OR status = 'rejected'),
                    status_reason TEXT,
                    -- A total that repeats a value the series had already replaced.
                    is_stale INTEGER NOT NULL DEFAULT 0 CHECK (is_stale = 0 OR is_stale = 1),
                    CHECK (low IS NULL OR low <= value),
                    CHECK (high IS NULL OR high >= value),
                    CHECK (start IS NULL OR "end" >= start)
                );
                CREATE INDEX claim_series ON claim(figure_id, scope, as_of);
                -- Earlier totals with a given value (stale restatements) without reading the series.
                CREATE INDEX claim_series_value ON claim(figure_id, scope, value);
                CREATE INDEX claim_report ON claim(report_id);

                CREATE TABLE alert (
                    id TEXT PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind = 'revised' OR kind = 'new' OR kind = 'conflict'),
                    figure_id INTEGER NOT NULL REFERENCES figure(id),
                    previous_claim_id INTEGER REFERENCES claim(id),
                    current_claim_id INTEGER NOT NULL REFERENCES claim(id),
                    direction TEXT CHECK (direction = 'up' OR direction = 'down'),
                    change REAL,
                    change_pct REAL,
                    raised TEXT NOT NULL,
                    run_id INTEGER REFERENCES run(id)
                );
                CREATE INDEX alert_raised ON alert(raised);
                CREATE INDEX alert_figure ON alert(figure_id);

                -- The outbox: one row per alert and sink, written with the alert, marked once sent.
                CREATE TABLE delivery (
                    alert_id TEXT NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
                    sink TEXT NOT NULL,
                    delivered TEXT,
                    -- The run that delivers it: the one that raised it, or one that took it over
                    -- from a run that died before delivering.
                    run_id INTEGER REFERENCES run(id),
                    PRIMARY KEY (alert_id, sink)
                );
                CREATE INDEX delivery_pending ON delivery(sink) WHERE delivered IS NULL;

                -- What a conditional GET needs to remember per URL.
                CREATE TABLE fetch_state (
                    url TEXT PRIMARY KEY,
                    etag TEXT,
                    last_modified TEXT,
                    checked TEXT NOT NULL
                );

                CREATE TABLE meta (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """)
        }
        return migrator
    }
}
