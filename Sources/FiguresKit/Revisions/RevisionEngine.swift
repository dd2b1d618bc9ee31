import FiguresExtraction
import Foundation
import GRDB

/// The diff engine: a stored total claim in, the alerts it raises out (SPEC's revision rules).
///
/// It runs inside the transaction that stored the claim, so that a claim and its alerts are
/// committed together or not at all, and reads only the claim's own figure: through indexes
/// (`StoredSeries`), or from what an ingest run holds of it (`RememberedSeries`).
struct RevisionEngine {
    var rules: RevisionRules

    /// Checks a claim just inserted against its series; returns the alerts to raise, already
    /// stored with their outbox rows for `sinks`, as raised at `raised` (ISO 8601; the
    /// claim's recording time). Only totals make a series. `memory` holds the series an
    /// ingest run has read.
    func check(_ inserted: InsertedClaim, figure: FigureKey, runID: Int64?, raised: String, sinks: [String],
               memory: SeriesMemory? = nil, in db: Database) throws -> [String] {
        guard inserted.scope == .total else { return [] }
        var claim = inserted.series
        let figureID = inserted.figureID
        let claimID = inserted.id
        let threshold = rules.threshold(for: figure)
        var alerts: [String] = []
        let window = rules.conflictWindowDays
        guard let day = CalendarDay(iso: claim.asOf) else { return [] }
        let series: any SeriesReading = try memory?.series(figureID: figureID, excluding: claimID, in: db)
            ?? StoredSeries(figureID: figureID, engine: self)

        // The standing totals from the conflict window's first day on, newest first, hold
        // the current value too when it is that recent: one read in the common case.
        let since = day.adding(days: -window).description
        var recent = try series.standing(since: since, excluding: claimID, in: db)
        if let current = try recent.first ?? series.current(excluding: claimID, in: db) {
            if claim.asOf < current.asOf {
                // A late or backfilled claim: history only; the series after it may read
                // differently now, and so may the window's marks.
                claim.isStale = try series.backfill(claim, threshold: threshold, in: db)
                recent = try series.standing(since: since, excluding: claimID, in: db)
            } else if claim.quantity.value != current.quantity.value,   // the same value repeats nothing replaced
                      try series.repeatsReplacedValue(claim, current: current, threshold: threshold, in: db) {
                claim.isStale = true
                try FigureStore.setStale(claimID, true, in: db)
            } else if Agreement.disagrees(claim.quantity, with: current.quantity, threshold: threshold) {
                let change = claim.quantity.value - current.quantity.value
                if rules.raises(.revised, for: figure, change: change),
                   let id = try store(.revised, figureID: figureID, previous: current, current: claim, runID: runID,
                                      raised: raised, sinks: sinks, in: db) {
                    alerts.append(id)
                }
            }
        } else if rules.raises(.new, for: figure, change: nil),
                  let id = try store(.new, figureID: figureID, previous: nil, current: claim, runID: runID,
                                     raised: raised, sinks: sinks, in: db) {
            alerts.append(id)
        }
        series.checked(claim)

        // Two sources that disagree within a few days; a stale restatement is not a view.
        if let sourceID = claim.sourceID, !claim.isStale, rules.raises(.conflict, for: figure, change: nil) {
            let last = day.adding(days: window).description
            if let other = recent.first(where: {
                $0.asOf <= last && $0.sourceID != nil && $0.sourceID != sourceID
                    && Agreement.disagrees(claim.quantity, with: $0.quantity, threshold: threshold)
                    && Agreement.disagrees($0.quantity, with: claim.quantity, threshold: threshold)
            }), let id = try store(.conflict, figureID: figureID, previous: other, current: claim, runID: runID,
                                   raised: raised, sinks: sinks, in: db) {
                alerts.append(id)
            }
        }
        return alerts
    }

    /// Whether `claim` repeats what an earlier total said (same hedge, same value) that
    /// `current` has since replaced: "at least 100" again after the agency moved on to
    /// "nearly 300". Such a claim is kept in the history, never a revision, and never the
    /// current value, even where its bounds would agree with the current one.
    ///
    /// The earlier totals are those that stand (not stale) in the series before `bound`,
    /// asked of SQLite through `claim_series_value`, and `alsoEarlier`, which the caller holds.
    func repeatsReplacedValue(_ claim: SeriesClaim, current: SeriesClaim, figureID: Int64, before bound: SeriesClaim,
                              alsoEarlier: [SeriesClaim] = [], threshold: Double, in db: Database) throws -> Bool {
        if alsoEarlier.contains(where: { $0.asOf < current.asOf && RevisionEngine.repeats(claim, $0, replacedBy: current, threshold: threshold) }) {
            return true
        }
        return try FigureStore.hasReplacedTotal(figureID: figureID, repeating: claim, replacedBy: current,
                                                notAfter: bound.asOf, excluding: bound.id, threshold: threshold, in: db)
    }

    /// `claim` says what `old` said (same hedge, same value), and `current` has moved away from it.
    static func repeats(_ claim: SeriesClaim, _ old: SeriesClaim, replacedBy current: SeriesClaim, threshold: Double) -> Bool {
        claim.quantity.qualifier == old.quantity.qualifier
            && Agreement.relativeDifference(claim.quantity.value, old.quantity.value) <= threshold
            && Agreement.relativeDifference(current.quantity.value, old.quantity.value) > threshold
    }

    /// Sets the stale marks of a figure's totals as a forward reading of the series would, so
    /// that reports taken in any order end in the same series.
    ///
    /// With `start`, a total just inserted (the newest id) behind the series' end, only the
    /// totals from its day on are read again: the marks of those before it do not depend on
    /// it. Without, the whole series is (after a correction).
    /// Returns whether `start` ends stale.
    @discardableResult
    func reevaluate(figureID: Int64, threshold: Double, from start: SeriesClaim? = nil, in db: Database) throws -> Bool {
        let totals: [SeriesClaim]
        var current: SeriesClaim?
        if let start {
            totals = try FigureStore.totals(figureID: figureID, after: start.asOf, including: start.id, in: db)
            current = try FigureStore.currentTotal(figureID: figureID, notAfter: start.asOf, excluding: start.id, in: db)
        } else {
            totals = try FigureStore.allTotals(figureID: figureID, in: db)
        }
        // The totals read again that stand; with `start`, those before it are asked of SQLite.
        var seen: [SeriesClaim] = []
        var startIsStale = false
        for claim in totals {
            var isStale = false
            // The value the series stands at now repeats nothing it replaced.
            if let now = current, claim.quantity.value != now.quantity.value {
                if let start {
                    isStale = try repeatsReplacedValue(claim, current: now, figureID: figureID, before: start,
                                                       alsoEarlier: seen, threshold: threshold, in: db)
                } else {
                    isStale = seen.contains { old in
                        old.asOf < now.asOf && RevisionEngine.repeats(claim, old, replacedBy: now, threshold: threshold)
                    }
                }
            }
            if isStale != claim.isStale { try FigureStore.setStale(claim.id, isStale, in: db) }
            if claim.id == start?.id { startIsStale = isStale }
            if !isStale {
                current = claim
                seen.append(claim)
            }
        }
        return startIsStale
    }

    /// Stores an alert and its outbox rows; nil when it was raised before (same id).
    func store(_ kind: AlertKind, figureID: Int64, previous: SeriesClaim?, current: SeriesClaim, runID: Int64?,
               raised: String, sinks: [String], in db: Database) throws -> String? {
        let id = AlertIdentity.make(kind: kind, figureID: figureID, previous: previous?.id, current: current.id)
        let change = previous.map { current.quantity.value - $0.quantity.value }
        let percent = previous.flatMap { $0.quantity.value == 0 ? nil : (current.quantity.value - $0.quantity.value) / abs($0.quantity.value) * 100 }
        let direction: Direction? = change.flatMap { $0 == 0 ? nil : ($0 > 0 ? .up : .down) }
        // Raised once: an alert with this id already stored is not stored or delivered again.
        try db.cachedStatement(sql: """
            INSERT INTO alert (id, kind, figure_id, previous_claim_id, current_claim_id, direction, change, change_pct, raised, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """).execute(arguments: [id, kind.rawValue, figureID, previous?.id, current.id, direction?.rawValue, change,
                                     percent.map { ($0 * 10).rounded() / 10 }, raised, runID])
        guard db.changesCount == 1 else { return nil }
        let delivery = try db.cachedStatement(sql: "INSERT INTO delivery (alert_id, sink, delivered, run_id) VALUES (?, ?, NULL, ?)")
        for sink in sinks { try delivery.execute(arguments: [id, sink, runID]) }
        return id
    }
}

/// Alert ids: the same change always gets the same id, so that a sink can tell it saw one.
enum AlertIdentity {
    static func make(kind: AlertKind, figureID: Int64, previous: Int64?, current: Int64) -> String {
        var hasher = SHA256Lite()
        hasher.update(Array("\(kind.rawValue)|\(figureID)|\(previous.map(String.init) ?? "-")|\(current)".utf8))
        return String(hasher.hexDigest().prefix(16))
    }
}
