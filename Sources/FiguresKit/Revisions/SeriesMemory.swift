import FiguresExtraction
import GRDB

/// What one ingest run has read of each figure's series: its current total, and the
/// standing totals from a horizon day on, newest first. A run that stores many claims of a
/// figure reads its series once rather than once a claim.
///
/// It stays true to the database because it changes only with what the run itself stores:
/// a claim that becomes current is added; a backfill, which may re-mark later totals,
/// forgets its figure; and another connection's commit (a concurrent run, a `reject`)
/// forgets everything, as SQLite's `data_version` tells at the start of each transaction.
final class SeriesMemory {
    struct Entry {
        var current: SeriesClaim?
        /// `recent` holds every standing total dated on or after this day.
        var horizon: String
        /// Newest first.
        var recent: [SeriesClaim]
    }

    private var entries: [Int64: Entry] = [:]
    private var dataVersion: Int?

    /// Forgets everything when another connection committed since the last transaction.
    func forgetIfChanged(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion { entries.removeAll() }
        dataVersion = version
    }

    func forget() {
        entries.removeAll()
        dataVersion = nil
    }

    func forget(figureID: Int64) { entries[figureID] = nil }

    /// The figure's current total and its standing totals dated `since` or later (newest
    /// first), when what the run holds covers that day.
    func window(figureID: Int64, since day: String) -> (current: SeriesClaim?, recent: [SeriesClaim])? {
        guard let entry = entries[figureID], entry.horizon <= day else { return nil }
        return (entry.current, entry.recent.prefix { $0.asOf >= day }.map { $0 })
    }

    /// What the database said: the current total and the standing totals from `horizon` on.
    func remember(figureID: Int64, current: SeriesClaim?, horizon: String, recent: [SeriesClaim]) {
        entries[figureID] = Entry(current: current, horizon: horizon, recent: recent)
    }

    /// A claim the run stored that is now the figure's current total. Totals older than the
    /// window before it are let go: no later claim that is not a backfill looks that far back.
    func becameCurrent(_ claim: SeriesClaim, figureID: Int64, window: Int) {
        guard var entry = entries[figureID] else { return }
        entry.current = claim
        entry.recent.insert(claim, at: 0)
        if let day = CalendarDay(iso: claim.asOf)?.adding(days: -window).description, day > entry.horizon {
            entry.horizon = day
            while let last = entry.recent.last, last.asOf < day { entry.recent.removeLast() }
        }
        entries[figureID] = entry
    }
}
