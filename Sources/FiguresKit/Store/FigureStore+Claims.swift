import FiguresExtraction
import Foundation
import GRDB

/// Which claims `history` shows.
public struct HistoryQuery: Sendable {
    /// A full key, or a group (`casualties`) meaning every key under it.
    public var figure: FigureKey
    public var subject: String?
    /// A source name or alias; matches the canonical source.
    public var source: String?
    public var since: CalendarDay?
    public var until: CalendarDay?
    /// Rejected claims too.
    public var includeRejected: Bool

    public init(figure: FigureKey, subject: String? = nil, source: String? = nil,
                since: CalendarDay? = nil, until: CalendarDay? = nil, includeRejected: Bool = false) {
        self.figure = figure
        self.subject = subject
        self.source = source
        self.since = since
        self.until = until
        self.includeRejected = includeRejected
    }
}

/// A claim to store by hand (`figures record`).
public struct ManualClaim: Sendable {
    public var figure: FigureKey
    public var subject: String
    public var quantity: Quantity
    public var scope: Scope
    public var asOf: CalendarDay
    /// Resolved through the aliases; a name nothing knows becomes a new source.
    public var source: String?

    public init(figure: FigureKey, subject: String, quantity: Quantity, scope: Scope = .total,
                asOf: CalendarDay, source: String?) {
        self.figure = figure
        self.subject = subject
        self.quantity = quantity
        self.scope = scope
        self.asOf = asOf
        self.source = source
    }

    var claim: Claim {
        Claim(figure: figure, subject: subject, quantity: quantity, scope: scope, asOf: asOf, source: source, sourceText: nil)
    }
}

extension FigureStore {
    /// Every claim of a figure or group, oldest first, handed to `body` one at a time so
    /// that a million rows never sit in memory at once.
    public func history(_ query: HistoryQuery, _ body: (StoredClaim) throws -> Void) throws {
        var conditions = [FigureStore.figureCondition(query.figure)]
        var arguments = FigureStore.figureArguments(query.figure)
        if let subject = query.subject {
            conditions.append("f.subject = ?")
            arguments += [subject]
        }
        if let since = query.since {
            conditions.append("c.as_of >= ?")
            arguments += [since.description]
        }
        if let until = query.until {
            conditions.append("c.as_of <= ?")
            arguments += [until.description]
        }
        if !query.includeRejected { conditions.append("c.status <> 'rejected'") }
        try read { db in
            if let source = query.source {
                // A name nothing knows matches nothing, rather than everything.
                conditions.append("c.source_id = ?")
                arguments += [try FigureStore.sourceID(for: source, in: db) ?? -1]
            }
            let sql = FigureStore.claimSelect
                + " WHERE " + conditions.joined(separator: " AND ")
                + " ORDER BY c.as_of, c.id"
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try cursor.next() {
                try body(FigureStore.storedClaim(row))
            }
        }
    }

    /// The current value of each figure (the total with the latest `as_of`), by key and subject.
    public func latest(of figure: FigureKey? = nil, subject: String? = nil) throws -> [StoredClaim] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let figure {
            conditions.append(FigureStore.figureCondition(figure))
            arguments += FigureStore.figureArguments(figure)
        }
        if let subject {
            conditions.append("f.subject = ?")
            arguments += [subject]
        }
        let sql = FigureStore.claimSelect + """
             WHERE c.id = (\(FigureStore.currentClaimSQL("f.id")))
            """ + conditions.map { " AND " + $0 }.joined() + " ORDER BY f.key, f.subject"
        return try read { db in
            // A cursor decodes each row straight from SQLite; fetchAll would copy every row first.
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            var claims: [StoredClaim] = []
            while let row = try cursor.next() { claims.append(FigureStore.storedClaim(row)) }
            return claims
        }
    }

    /// One claim by id, rejected or not.
    public func claim(id: Int64) throws -> StoredClaim {
        try read { db in try FigureStore.storedClaim(id: id, in: db) }
    }

    /// Stores a claim typed by hand without checking it against its series; `Ingestor.record`
    /// stores and checks.
    @discardableResult
    public func record(_ manual: ManualClaim) throws -> StoredClaim {
        try write { db in
            let inserted = try FigureStore.insert(manual.claim, reportID: nil, creatingSource: true, recorded: Timestamp.now(), in: db)
            return try FigureStore.storedClaim(id: inserted.id, in: db)
        }
    }

    // MARK: - Pieces shared by the queries

    /// The select list that `storedClaim(_:)` decodes, in its column order.
    static let claimSelect = """
        SELECT c.id, f.key, f.subject, c.value, c.low, c.high, c.qualifier, c.scope, c.as_of,
               s.name, c.source_text, c.quote, c.start, c."end",
               r.uri, r.title, r.outlet, r.published, c.recorded, c.status, c.status_reason, c.is_stale
        FROM claim c
        JOIN figure f ON f.id = c.figure_id
        LEFT JOIN source s ON s.id = c.source_id
        LEFT JOIN report r ON r.id = c.report_id
        """

    /// The id of a figure's current claim: its latest total that is neither rejected nor stale.
    static func currentClaimSQL(_ figureID: String) -> String {
        """
        SELECT id FROM claim
        WHERE figure_id = \(figureID) AND scope = 'total' AND status <> 'rejected' AND is_stale = 0
        ORDER BY as_of DESC, id DESC LIMIT 1
        """
    }

    /// A key selects itself; a group selects the keys under it, by a range the index serves.
    static func figureCondition(_ figure: FigureKey) -> String {
        figure.isGroup ? "(f.key = ? OR (f.key > ? AND f.key < ?))" : "f.key = ?"
    }

    static func figureArguments(_ figure: FigureKey) -> [any DatabaseValueConvertible] {
        // "/" sorts right after ".", so [group., group/) holds every key under the group.
        figure.isGroup ? [figure.rawValue, figure.rawValue + ".", figure.rawValue + "/"] : [figure.rawValue]
    }

    static func storedClaim(_ row: Row) -> StoredClaim {
        let start: Int? = row[12]
        let end: Int? = row[13]
        let uri: String? = row[14]
        let claim = Claim(
            figure: FigureKey(row[1] as String) ?? .killed,
            subject: row[2],
            quantity: Quantity(value: row[3], low: row[4], high: row[5],
                               qualifier: Qualifier(rawValue: row[6]) ?? .exact),
            scope: Scope(rawValue: row[7]) ?? .total,
            asOf: CalendarDay(iso: row[8] as String) ?? CalendarDay(daysSinceEpoch: 0),
            source: row[9], sourceText: row[10], quote: row[11],
            span: start.flatMap { s in end.map { s..<max(s, $0) } })
        return StoredClaim(
            id: row[0], claim: claim,
            report: uri.map { ReportReference(uri: $0, title: row[15], outlet: row[16], published: row[17]) },
            recorded: row[18], status: ClaimStatus(rawValue: row[19]) ?? .unchecked,
            statusReason: row[20], isStale: row[21])
    }

    static func storedClaim(id: Int64, in db: Database) throws -> StoredClaim {
        guard let row = try Row.fetchOne(db, sql: claimSelect + " WHERE c.id = ?", arguments: [id]) else {
            throw StoreError.unknownClaim(id: id)
        }
        return storedClaim(row)
    }

    /// The figure's id, created when the key and subject are new.
    static func figureID(_ key: FigureKey, subject: String, cache: StoreCache? = nil, in db: Database) throws -> Int64 {
        if let id = cache?.figures[FigureIdentity(key: key, subject: subject)] { return id }
        // Called for every claim ingested: the statements are compiled once per connection.
        let arguments: StatementArguments = [key.rawValue, subject]
        let id: Int64
        if let known = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM figure WHERE key = ? AND subject = ?"),
                                          arguments: arguments) {
            id = known
        } else {
            try db.cachedStatement(sql: "INSERT INTO figure (key, subject) VALUES (?, ?)").execute(arguments: arguments)
            id = db.lastInsertedRowID
        }
        cache?.figures[FigureIdentity(key: key, subject: subject)] = id
        return id
    }

    /// Inserts one claim row. `creatingSource` makes an unknown source name a new source
    /// (a person typed it); otherwise an unknown name stays in `source_text` only.
    @discardableResult
    static func insert(_ claim: Claim, reportID: Int64?, creatingSource: Bool, recorded: String,
                       isStale: Bool = false, cache: StoreCache? = nil, in db: Database) throws -> InsertedClaim {
        let sourceRowID: Int64? = try claim.source.flatMap { name in
            creatingSource ? try sourceID(creating: name, cache: cache, in: db) : try sourceID(for: name, in: db)
        }
        let figureID = try figureID(claim.figure, subject: claim.subject, cache: cache, in: db)
        // The columns of `ClaimRecord`, written directly: the record's Codable encoding costs
        // more than the insert itself on the ingest path.
        try db.cachedStatement(sql: """
            INSERT INTO claim (figure_id, report_id, value, low, high, qualifier, scope, as_of, source_id,
                               source_text, quote, start, "end", recorded, status, status_reason, is_stale)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
            """).execute(arguments: [
                figureID, reportID, claim.quantity.value, claim.quantity.low, claim.quantity.high,
                claim.quantity.qualifier.rawValue, claim.scope.rawValue, claim.asOf.description, sourceRowID,
                claim.sourceText, claim.quote, claim.span?.lowerBound, claim.span?.upperBound, recorded,
                ClaimStatus.unchecked.rawValue, isStale,
            ])
        let series = SeriesClaim(id: db.lastInsertedRowID, quantity: claim.quantity, asOf: claim.asOf.description,
                                 sourceID: sourceRowID, isStale: isStale)
        return InsertedClaim(series: series, figureID: figureID, scope: claim.scope)
    }
}

/// A claim just stored: what the revision engine needs to check it without reading it back.
struct InsertedClaim {
    var series: SeriesClaim
    var figureID: Int64
    var scope: Scope
    var id: Int64 { series.id }
}

struct FigureIdentity: Hashable {
    var key: FigureKey
    var subject: String
}

/// The ids of sources and figures one run has looked up or created, so that each is asked of
/// SQLite once per run rather than once per claim. Rows of both tables are never deleted, so
/// an id stays right for the life of the run; a write that fails makes it forget them.
final class StoreCache {
    var sources: [String: Int64] = [:]
    var figures: [FigureIdentity: Int64] = [:]

    /// After a rollback: an id created in it names nothing now.
    func forget() {
        sources.removeAll()
        figures.removeAll()
    }
}
