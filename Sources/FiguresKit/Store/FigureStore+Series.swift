import FiguresExtraction
import GRDB

/// A total claim as the revision engine sees it: what it says, when, and who said it.
struct SeriesClaim: Sendable, Equatable {
    var id: Int64
    var quantity: Quantity
    var asOf: String
    var sourceID: Int64?
    var isStale: Bool

    init(id: Int64, quantity: Quantity, asOf: String, sourceID: Int64?, isStale: Bool) {
        self.id = id
        self.quantity = quantity
        self.asOf = asOf
        self.sourceID = sourceID
        self.isStale = isStale
    }

    /// Decodes the columns of `FigureStore.seriesColumns`, by position.
    init(row: Row) {
        id = row[0]
        quantity = Quantity(value: row[1], low: row[2], high: row[3], qualifier: Qualifier(rawValue: row[4]) ?? .exact)
        asOf = row[5]
        sourceID = row[6]
        isStale = row[7]
    }
}

/// The indexed lookups the revision engine makes: each reads one figure's totals through
/// `claim_series (figure_id, scope, as_of)`, never the whole table. They run for every claim
/// ingested, so their statements are compiled once per connection and reused.
extension FigureStore {
    static let seriesColumns = "id, value, low, high, qualifier, as_of, source_id, is_stale"

    /// The figure's current value: its latest total that is neither rejected nor stale;
    /// with `notAfter`, the one that was current on that day.
    static func currentTotal(figureID: Int64, notAfter day: String? = nil, excluding claimID: Int64? = nil,
                             in db: Database) throws -> SeriesClaim? {
        try series(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND status <> 'rejected' AND is_stale = 0 AND id IS NOT ?
              AND (? IS NULL OR as_of <= ?)
            ORDER BY as_of DESC, id DESC LIMIT 1
            """), arguments: [figureID, claimID, day, day]).first
    }

    /// Whether a total that stands (neither rejected nor stale) before `current`'s day, on or
    /// before `notAfter`, and is neither `claim` nor `excluding`, said what `claim` says
    /// (the same hedge, a value within `threshold`) while `current` differs from it by more:
    /// `RevisionEngine.repeats`, asked of SQLite with the same arithmetic, one row at most.
    static func hasReplacedTotal(figureID: Int64, repeating claim: SeriesClaim, replacedBy current: SeriesClaim,
                                 notAfter day: String, excluding boundID: Int64, threshold: Double,
                                 in db: Database) throws -> Bool {
        // Every value within the threshold of the claim's, and a little more, for the index.
        let value = claim.quantity.value
        let slack = (abs(value) + 1) * threshold / max(1 - threshold, 0.01) + 0.5
        // INDEXED BY: without statistics SQLite would walk claim_series instead.
        return try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM claim INDEXED BY claim_series_value
            WHERE figure_id = ? AND scope = 'total' AND value BETWEEN ? AND ? AND qualifier = ?
              AND status <> 'rejected' AND is_stale = 0 AND as_of < ? AND as_of <= ? AND id <> ? AND id <> ?
              AND abs(? - value) / max(abs(value), 1.0) <= ? AND abs(? - value) / max(abs(value), 1.0) > ?
            LIMIT 1
            """), arguments: [figureID, value - slack, value + slack, claim.quantity.qualifier.rawValue,
                             current.asOf, day, claim.id, boundID, value, threshold, current.quantity.value,
                             threshold]) ?? false
    }

    /// The standing totals (neither rejected nor stale) from `day` on, other than
    /// `excluding`, newest first: the current value when it is that recent, and the totals
    /// a new claim may conflict with.
    static func standingTotals(figureID: Int64, since day: String, excluding claimID: Int64,
                               in db: Database) throws -> [SeriesClaim] {
        try series(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND as_of >= ? AND status <> 'rejected' AND is_stale = 0 AND id <> ?
            ORDER BY as_of DESC, id DESC
            """), arguments: [figureID, day, claimID])
    }

    /// Every total of a figure in series order, for reading the series again after a
    /// correction or holding it for a run; at most `limit` of them.
    static func allTotals(figureID: Int64, limit: Int = -1, in db: Database) throws -> [SeriesClaim] {
        try series(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND status <> 'rejected'
            ORDER BY as_of, id LIMIT ?
            """), arguments: [figureID, limit])
    }

    /// The totals after `day`, and the claim `id` (the newest), in series order: what a
    /// backfilled claim may change.
    static func totals(figureID: Int64, after day: String, including id: Int64, in db: Database) throws -> [SeriesClaim] {
        try series(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND status <> 'rejected' AND as_of >= ?
            ORDER BY as_of, id
            """), arguments: [figureID, day]).filter { $0.asOf != day || $0.id == id }
    }

    /// The rows of a statement that selects `seriesColumns`, decoded from SQLite's own
    /// buffers through a cursor: no row is copied on the way.
    static func series(_ statement: Statement, arguments: StatementArguments) throws -> [SeriesClaim] {
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var claims: [SeriesClaim] = []
        while let row = try cursor.next() { claims.append(SeriesClaim(row: row)) }
        return claims
    }

    static func setStale(_ claimID: Int64, _ isStale: Bool, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE claim SET is_stale = ? WHERE id = ?").execute(arguments: [isStale, claimID])
    }
}
