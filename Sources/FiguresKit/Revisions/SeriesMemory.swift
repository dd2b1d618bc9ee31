import FiguresExtraction
import GRDB

/// A figure's series as `RevisionEngine.check` reads it. Its two readings answer alike:
/// SQLite through the series indexes (`StoredSeries`), and the totals an ingest run holds
/// in memory (`RememberedSeries`). The claim being checked is already stored; every answer
/// leaves it out until `checked` is told its mark.
protocol SeriesReading {
    /// The standing totals (neither rejected nor stale) dated `day` or later, newest first.
    func standing(since day: String, excluding claimID: Int64, in db: Database) throws -> [SeriesClaim]
    /// The latest standing total.
    func current(excluding claimID: Int64, in db: Database) throws -> SeriesClaim?
    /// `RevisionEngine.repeats` against a standing total dated before `current` and on or
    /// before `claim`: whether `claim`, newer than `current`, restates a value it replaced.
    func repeatsReplacedValue(_ claim: SeriesClaim, current: SeriesClaim, threshold: Double,
                              in db: Database) throws -> Bool
    /// Marks the series again after `claim`, dated before the current total, as a forward
    /// reading would; whether `claim` ends stale.
    func backfill(_ claim: SeriesClaim, threshold: Double, in db: Database) throws -> Bool
    /// The claim, with its mark, now belongs to the series.
    func checked(_ claim: SeriesClaim)
}

/// The series in SQLite: each answer is an indexed lookup.
struct StoredSeries: SeriesReading {
    let figureID: Int64
    let engine: RevisionEngine

    func standing(since day: String, excluding claimID: Int64, in db: Database) throws -> [SeriesClaim] {
        try FigureStore.standingTotals(figureID: figureID, since: day, excluding: claimID, in: db)
    }

    func current(excluding claimID: Int64, in db: Database) throws -> SeriesClaim? {
        try FigureStore.currentTotal(figureID: figureID, excluding: claimID, in: db)
    }

    func repeatsReplacedValue(_ claim: SeriesClaim, current: SeriesClaim, threshold: Double,
                              in db: Database) throws -> Bool {
        try engine.repeatsReplacedValue(claim, current: current, figureID: figureID, before: claim,
                                        threshold: threshold, in: db)
    }

    func backfill(_ claim: SeriesClaim, threshold: Double, in db: Database) throws -> Bool {
        try engine.reevaluate(figureID: figureID, threshold: threshold, from: claim, in: db)
    }

    func checked(_ claim: SeriesClaim) {}
}

/// The totals of one figure that are not rejected, in series order (`as_of`, then id), with
/// their stale marks, as an ingest run holds them: read once, then kept in step with what
/// the run stores. Answers are the same as `StoredSeries` gives, by the same rules.
final class RememberedSeries: SeriesReading {
    let figureID: Int64
    private(set) var totals: [SeriesClaim]

    init(figureID: Int64, totals: [SeriesClaim]) {
        self.figureID = figureID
        self.totals = totals
    }

    func standing(since day: String, excluding claimID: Int64, in db: Database) throws -> [SeriesClaim] {
        totals.reversed().prefix { $0.asOf >= day }.filter { !$0.isStale && $0.id != claimID }
    }

    func current(excluding claimID: Int64, in db: Database) throws -> SeriesClaim? {
        totals.last { !$0.isStale && $0.id != claimID }
    }

    func repeatsReplacedValue(_ claim: SeriesClaim, current: SeriesClaim, threshold: Double,
                              in db: Database) throws -> Bool {
        totals.contains { old in
            !old.isStale && old.asOf < current.asOf && old.asOf <= claim.asOf && old.id != claim.id
                && RevisionEngine.repeats(claim, old, replacedBy: current, threshold: threshold)
        }
    }

    /// `RevisionEngine.reevaluate(from:)` on the totals in hand: the claim takes its place,
    /// and the totals from it on are marked again; changed marks are written.
    func backfill(_ claim: SeriesClaim, threshold: Double, in db: Database) throws -> Bool {
        let start = place(claim)
        var current = totals[..<start].last { !$0.isStale }
        var seen = totals[..<start].filter { !$0.isStale }
        var startIsStale = false
        for index in start..<totals.count {
            let total = totals[index]
            var isStale = false
            // The value the series stands at now repeats nothing it replaced.
            if let now = current, total.quantity.value != now.quantity.value {
                isStale = seen.contains { old in
                    old.asOf < now.asOf && RevisionEngine.repeats(total, old, replacedBy: now, threshold: threshold)
                }
            }
            if isStale != total.isStale {
                try FigureStore.setStale(total.id, isStale, in: db)
                totals[index].isStale = isStale
            }
            if index == start { startIsStale = isStale }
            if !isStale {
                current = total
                seen.append(total)
            }
        }
        return startIsStale
    }

    func checked(_ claim: SeriesClaim) {
        let index = place(claim)
        totals[index].isStale = claim.isStale
    }

    /// Where the claim stands in series order, inserted there if it is not yet.
    private func place(_ claim: SeriesClaim) -> Int {
        var low = 0
        var high = totals.count
        while low < high {
            let middle = (low + high) / 2
            let other = totals[middle]
            if (other.asOf, other.id) < (claim.asOf, claim.id) { low = middle + 1 } else { high = middle }
        }
        if low == totals.count || totals[low].id != claim.id { totals.insert(claim, at: low) }
        return low
    }
}

/// The series an ingest run has read, by figure. It stays true to the database because it
/// changes only with what the run itself stores and marks, and another connection's commit
/// (a concurrent run, a `reject`) makes it forget everything, as SQLite's `data_version`
/// tells at the start of each transaction.
final class SeriesMemory {
    /// A figure with more totals than this is read through SQLite's indexes claim by claim:
    /// holding it would cost more than the lookups it saves.
    static let longestSeries = 5_000

    private var series: [Int64: RememberedSeries] = [:]
    private var tooLong: Set<Int64> = []
    private var dataVersion: Int?

    /// Forgets everything when another connection committed since the last transaction.
    func forgetIfChanged(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion { forgetSeries() }
        dataVersion = version
    }

    /// After a rollback, or when the store changed under the run.
    func forget() {
        forgetSeries()
        dataVersion = nil
    }

    private func forgetSeries() {
        series.removeAll()
        tooLong.removeAll()
    }

    /// The figure's series, read on first use without `claimID` (just stored, not yet
    /// checked); nil for a series too long to hold.
    func series(figureID: Int64, excluding claimID: Int64, in db: Database) throws -> RememberedSeries? {
        if let known = series[figureID] { return known }
        guard !tooLong.contains(figureID) else { return nil }
        let totals = try FigureStore.allTotals(figureID: figureID, limit: SeriesMemory.longestSeries + 1, in: db)
        guard totals.count <= SeriesMemory.longestSeries else {
            tooLong.insert(figureID)
            return nil
        }
        let remembered = RememberedSeries(figureID: figureID, totals: totals.filter { $0.id != claimID })
        series[figureID] = remembered
        return remembered
    }
}
