import FiguresExtraction
import GRDB

extension FigureStore {
    /// Adds sources and aliases; an alias already known is pointed at its new source,
    /// so that the user's configuration wins over the defaults.
    public func install(sources entries: [SourceDirectory.Entry]) throws {
        try write { db in try FigureStore.install(entries, in: db) }
    }

    /// Installs the built-in sources once per version of the list.
    func installDefaultSourcesIfChanged() throws {
        let stamp = DefaultData.sourcesStamp
        let installed = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'default_sources'")
        }
        guard installed != stamp else { return }
        let entries = try DefaultData.sources()
        try write { db in
            try FigureStore.install(entries, in: db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('default_sources', ?)",
                arguments: [stamp])
        }
    }

    /// Every known source with its aliases, for extraction and `--source` lookups.
    public func sourceDirectory() throws -> SourceDirectory {
        try read { db in
            var aliases: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT source_id, alias FROM source_alias") {
                aliases[row[0], default: []].append(row[1])
            }
            return SourceDirectory(try SourceRecord.order(Column("id")).fetchAll(db).map {
                SourceDirectory.Entry(name: $0.name, aliases: aliases[$0.id!] ?? [])
            })
        }
    }

    /// The canonical name that `name` resolves to, when some alias knows it.
    public func canonicalSource(for name: String) throws -> String? {
        try read { db in try FigureStore.sourceID(for: name, in: db).map { try FigureStore.sourceName($0, in: db) } }
    }

    static func install(_ entries: [SourceDirectory.Entry], in db: Database) throws {
        for entry in entries {
            let id = try sourceID(creating: entry.name, in: db)
            for alias in [entry.name] + entry.aliases {
                let key = SourceDirectory.normalise(alias)
                guard !key.isEmpty else { continue }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO source_alias (alias, source_id) VALUES (?, ?)",
                    arguments: [key, id])
            }
        }
    }

    /// The source that `name` or one of its aliases names, if any.
    static func sourceID(for name: String, in db: Database) throws -> Int64? {
        let key = SourceDirectory.normalise(name)
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT source_id FROM source_alias WHERE alias = ?"), arguments: [key]) {
            return id
        }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE name = ?"), arguments: [name])
    }

    /// The source `name` names, created under that name when nothing knows it yet.
    static func sourceID(creating name: String, cache: StoreCache? = nil, in db: Database) throws -> Int64 {
        if let id = cache?.sources[name] { return id }
        let id = try sourceID(creatingUncached: name, in: db)
        cache?.sources[name] = id
        return id
    }

    private static func sourceID(creatingUncached name: String, in db: Database) throws -> Int64 {
        if let id = try sourceID(for: name, in: db) { return id }
        var record = SourceRecord(id: nil, name: name)
        try record.insert(db)
        try db.execute(
            sql: "INSERT OR IGNORE INTO source_alias (alias, source_id) VALUES (?, ?)",
            arguments: [SourceDirectory.normalise(name), record.id!])
        return record.id!
    }

    static func sourceName(_ id: Int64, in db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM source WHERE id = ?", arguments: [id]) ?? ""
    }
}
