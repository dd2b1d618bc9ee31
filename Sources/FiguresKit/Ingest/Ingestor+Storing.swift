import FiguresExtraction
import Foundation
import GRDB

/// Storing prepared reports, their claims and alerts, on the run's thread, and delivering
/// the alerts after each commit.
extension Ingestor {
    /// What the writer keeps for a whole run: the revision engine, the ids it looked up and
    /// the series it read.
    final class ChunkWriter {
        let runID: Int64
        let extractor: ClaimExtractor
        let engine: RevisionEngine
        let sinkKeys: [String]
        let cache = StoreCache()
        let series: SeriesMemory?

        init(runID: Int64, extractor: ClaimExtractor, engine: RevisionEngine, sinkKeys: [String], series: SeriesMemory?) {
            self.runID = runID
            self.extractor = extractor
            self.engine = engine
            self.sinkKeys = sinkKeys
            self.series = series
        }
    }

    /// Stores a chunk's reports with their claims and alerts in one transaction, then
    /// delivers the alerts. `shouldStop` is asked before each report; the reports stored by
    /// then are committed.
    func store(_ chunk: [PreparedInput], writer: ChunkWriter, summary: inout IngestSummary,
               shouldStop: () -> Bool) throws {
        var stored: (new: Int, seen: Int, claims: Int, alerts: [String]) = (0, 0, 0, [])
        var fetched: [FetchedState] = []
        var interrupted = false
        do {
            try store.write { db in
                try writer.series?.forgetIfChanged(db)
                try storeReports(of: chunk, writer: writer, stored: &stored, fetched: &fetched, interrupted: &interrupted,
                                 shouldStop: shouldStop, in: db)
            }
        } catch {
            // Rolled back: ids and series read in the transaction may name rows that are gone.
            writer.cache.forget()
            writer.series?.forget()
            throw error
        }
        summary.reportsNew += stored.new
        summary.reportsSeen += stored.seen
        summary.claims += stored.claims
        summary.alerts += stored.alerts
        summary.wasInterrupted = summary.wasInterrupted || interrupted
        for case .failure(let failure) in chunk {
            summary.failures.append(failure)
            logger.warning("input failed", metadata: ["reason": "\(failure)"])
        }
        for state in fetched {
            try? store.saveFetchState(for: state.url, etag: state.etag, lastModified: state.lastModified)
        }
        summary.undelivered += deliverPending(runID: writer.runID, isRetry: false)
    }

    /// The reports of a chunk, inside the chunk's transaction.
    private func storeReports(of chunk: [PreparedInput], writer: ChunkWriter,
                              stored: inout (new: Int, seen: Int, claims: Int, alerts: [String]),
                              fetched: inout [FetchedState], interrupted: inout Bool, shouldStop: () -> Bool,
                              in db: Database) throws {
        for input in chunk {
            guard case .reports(let reports, let state) = input, !interrupted else { continue }
            for prepared in reports {
                if shouldStop() {
                    interrupted = true
                    break
                }
                guard let outcome = try store(prepared, writer: writer, in: db) else {
                    stored.seen += 1
                    continue
                }
                stored.new += 1
                stored.claims += outcome.claims
                stored.alerts += outcome.alerts
                logger.debug("report stored", metadata: ["uri": "\(prepared.report.uri)", "claims": "\(outcome.claims)",
                                                         "alerts": "\(outcome.alerts.count)"])
            }
            // Remembered only once its reports are: a crash before fetches it all again.
            if let state, !interrupted { fetched.append(state) }
        }
    }

    /// Stores one report with its claims and their alerts; nil when it is stored already.
    func store(_ prepared: PreparedReport, writer: ChunkWriter, in db: Database) throws -> (claims: Int, alerts: [String])? {
        let report = prepared.report
        if try FigureStore.reportID(contentHash: prepared.contentHash, in: db) != nil { return nil }
        let previous = try FigureStore.latestVersion(of: report, in: db)
        let recorded = Timestamp.now()
        let reportID = try FigureStore.insert(report, contentHash: prepared.contentHash, replaces: previous,
                                              runID: writer.runID, recorded: recorded, in: db)
        // Prepared without claims when it was stored already; reports are never removed, so
        // extracting here is a safeguard that the hash check above makes unreachable.
        var claims = prepared.claims ?? report.claims ?? writer.extractor.claims(in: report.document)
        if let previous {
            // A new version: only the claims it changes are new.
            let known = try FigureStore.claimKeys(ofReport: previous, in: db)
            claims = claims.filter { !known.contains(ClaimKey($0)) }
        }
        var alerts: [String] = []
        for claim in claims {
            let inserted = try FigureStore.insert(claim, reportID: reportID, creatingSource: true, recorded: recorded,
                                                  cache: writer.cache, in: db)
            if options.checksRevisions {
                alerts += try writer.engine.check(inserted, figure: claim.figure, runID: writer.runID, raised: recorded,
                                                  sinks: writer.sinkKeys, memory: writer.series, in: db)
            }
        }
        return (claims.count, alerts)
    }

    /// Delivers what this run owns in the outbox, marking each delivery after it succeeded.
    /// Returns the failures, as lines.
    func deliverPending(runID: Int64, isRetry: Bool) -> [String] {
        guard !sinks.isEmpty, let pending = try? store.pendingDeliveries(runID: runID), !pending.isEmpty else { return [] }
        var delivered: [(alertID: String, sink: String)] = []
        var failures: [String] = []
        for sink in sinks {
            // Each sink takes its alerts in one go (the log syncs once); a failure leaves the
            // rest in the outbox for the next run.
            let alerts = pending.filter { $0.sink == sink.key }.map(\.alert)
            guard !alerts.isEmpty else { continue }
            let outcome = sink.deliver(alerts, isRetry: isRetry)
            delivered += alerts.prefix(outcome.delivered).map { ($0.id, sink.key) }
            if let error = outcome.error {
                failures.append("\(error)")
                logger.error("alert not delivered", metadata: ["sink": "\(sink.key)", "reason": "\(error)"])
            }
        }
        do {
            try store.markDelivered(delivered)
        } catch {
            logger.error("deliveries not marked", metadata: ["reason": "\(error)"])
        }
        return failures
    }
}
