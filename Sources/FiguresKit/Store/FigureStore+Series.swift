import FiguresExtraction
import GRDB

/// A total claim as the revision engine sees it: what it says, when, and who said it.
struct SeriesClaim: Sendable, Equatable {
    var id: Int64
    var quantity: Quantity
    var asOf: String
    var sourceID: Int64?
    var isStale: Bool

    init(row: Row) {
        id = row["id"]
        quantity = Quantity(value: row["value"], low: row["low"], high: row["high"],
                            qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact)
        asOf = row["as_of"]
        sourceID = row["source_id"]
        isStale = row["is_stale"]
    }
}

/// The indexed lookups the revision engine makes: each reads one figure's totals through
/// `claim_series (figure_id, scope, as_of)`, never the whole table. They run for every claim
/// ingested, so their statements are compiled once per connection and reused.
extension FigureStore {
    static let seriesColumns = "id, value, low, high, qualifier, as_of, source_id, is_stale"

    /// The figure's current value: its latest total that is neither rejected nor stale.
    static func currentTotal(figureID: Int64, excluding claimID: Int64? = nil, in db: Database) throws -> SeriesClaim? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND status <> 'rejected' AND is_stale = 0 AND id IS NOT ?
            ORDER BY as_of DESC, id DESC LIMIT 1
            """), arguments: [figureID, claimID]).map(SeriesClaim.init)
    }

    /// Totals that hold before `asOf`, with a value within `low...high`: earlier values a
    /// new claim may be repeating.
    static func earlierTotals(figureID: Int64, before asOf: String, valueIn range: ClosedRange<Double>,
                              in db: Database) throws -> [SeriesClaim] {
        // INDEXED BY: without statistics SQLite would walk claim_series for its ORDER BY.
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim INDEXED BY claim_series_value
            WHERE figure_id = ? AND scope = 'total' AND value BETWEEN ? AND ? AND status <> 'rejected' AND as_of < ?
            ORDER BY as_of, id
            """), arguments: [figureID, range.lowerBound, range.upperBound, asOf]).map(SeriesClaim.init)
    }

    /// Totals by other sources that hold within `window` days of `asOf`.
    static func totalsNear(figureID: Int64, asOf: CalendarDay, window: Int, otherThan sourceID: Int64,
                           excluding claimID: Int64, in db: Database) throws -> [SeriesClaim] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND as_of BETWEEN ? AND ?
              AND status <> 'rejected' AND is_stale = 0 AND source_id IS NOT NULL AND source_id <> ? AND id <> ?
            ORDER BY as_of DESC, id DESC
            """), arguments: [figureID, asOf.adding(days: -window).description, asOf.adding(days: window).description,
                             sourceID, claimID]).map(SeriesClaim.init)
    }

    /// Every total of a figure in series order, for re-reading the series after a backfill.
    static func allTotals(figureID: Int64, in db: Database) throws -> [SeriesClaim] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(seriesColumns) FROM claim
            WHERE figure_id = ? AND scope = 'total' AND status <> 'rejected'
            ORDER BY as_of, id
            """), arguments: [figureID]).map(SeriesClaim.init)
    }

    static func setStale(_ claimID: Int64, _ isStale: Bool, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE claim SET is_stale = ? WHERE id = ?").execute(arguments: [isStale, claimID])
    }

    /// Whether the figure has any claim before this one (its first claim raises `new`).
    static func hasEarlierClaim(figureID: Int64, than claimID: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM claim WHERE figure_id = ? AND id <> ? AND scope = 'total')",
                          arguments: [figureID, claimID]) ?? false
    }
}
