import FiguresExtraction
import GRDB

/// A person correcting the machine: `figures reject` and `figures confirm`.
extension FigureStore {
    /// Takes a wrongly extracted claim out of its series: it stays in the history, marked,
    /// and the figure's current value is read again without it.
    public func reject(claimID: Int64, reason: String?) throws -> StoredClaim {
        try setStatus(.rejected, reason: reason, of: claimID)
    }

    /// Marks a claim as checked by a person (or takes a rejection back).
    public func confirm(claimID: Int64, reason: String?) throws -> StoredClaim {
        try setStatus(.confirmed, reason: reason, of: claimID)
    }

    private func setStatus(_ status: ClaimStatus, reason: String?, of claimID: Int64) throws -> StoredClaim {
        try write { db in
            let before = try FigureStore.storedClaim(id: claimID, in: db)
            try db.execute(sql: "UPDATE claim SET status = ?, status_reason = ? WHERE id = ?",
                           arguments: [status.rawValue, reason, claimID])
            if before.claim.scope == .total, (before.status == .rejected) != (status == .rejected),
               let figureID = try Int64.fetchOne(db, sql: "SELECT figure_id FROM claim WHERE id = ?", arguments: [claimID]) {
                // The series reads differently without it (or with it back): re-read its stale marks.
                let rules = RevisionRules()
                try RevisionEngine(rules: rules).reevaluate(figureID: figureID, threshold: rules.threshold, in: db)
            }
            return try FigureStore.storedClaim(id: claimID, in: db)
        }
    }

}
