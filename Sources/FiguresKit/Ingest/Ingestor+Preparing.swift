import FiguresExtraction
import Foundation

/// Reading, hashing and extracting reports, on any thread, ahead of the writer.
extension Ingestor {
    /// A report read and hashed, with its claims extracted when the store did not hold it yet.
    struct PreparedReport: Sendable {
        var report: Report
        var contentHash: String
        /// Nil when the report was already stored as it was read: nothing to extract.
        var claims: [Claim]?
    }

    /// What a fetched URL sends back for the store to remember once its reports are stored.
    struct FetchedState: Sendable {
        var url: String
        var etag: String?
        var lastModified: String?
    }

    /// One input's reports, or why it failed.
    enum PreparedInput: Sendable {
        case reports([PreparedReport], fetched: FetchedState? = nil)
        case failure(String)
    }

    /// Reads and extracts files on every core; each file's reports, or its failure, in order.
    func prepare(files: [String], extractor: ClaimExtractor) -> [PreparedInput] {
        let read = parallelMap(files) { [self] file -> Result<[Report], IntakeError> in
            Result { () throws(IntakeError) in try Intake.reports(atPath: file, sizeLimit: options.sizeLimit) }
        }
        let prepared = prepare(read.flatMap { (try? $0.get()) ?? [] }, extractor: extractor)
        var next = prepared.startIndex
        return read.map { result in
            switch result {
            case .success(let reports):
                defer { next += reports.count }
                return .reports(Array(prepared[next..<next + reports.count]))
            case .failure(let error):
                return .failure(error.description)
            }
        }
    }

    /// Hashes reports, asks the store which it already holds, and extracts the others, on
    /// every core. The writer checks the hashes again: another run may store one meanwhile.
    func prepare(_ reports: [Report], extractor: ClaimExtractor) -> [PreparedReport] {
        let hashed = parallelMap(reports) { [self] report in
            var report = report
            if report.subject == nil, let subject = options.defaultSubject { report.subject = subject }
            return PreparedReport(report: report, contentHash: report.contentHash, claims: nil)
        }
        let stored = (try? store.storedContentHashes(among: hashed.map(\.contentHash))) ?? []
        return parallelMap(hashed) { prepared in
            var prepared = prepared
            if !stored.contains(prepared.contentHash) {
                prepared.claims = prepared.report.claims ?? extractor.claims(in: prepared.report.document)
            }
            return prepared
        }
    }

    /// A page or feed over HTTP, asking only for what changed since the last fetch.
    func fetch(_ url: URL, extractor: ClaimExtractor) async throws(IntakeError) -> PreparedInput {
        let key = url.absoluteString
        let state = try? store.fetchState(for: key)
        let result = try await options.fetcher.fetch(url, etag: state?.etag, lastModified: state?.lastModified)
        switch result {
        case .notModified:
            return .reports([])
        case let .fetched(data, contentType, etag, lastModified, finalURL):
            let reports = try Intake.reports(in: data, uri: finalURL.absoluteString, contentType: contentType)
            return .reports(prepare(reports, extractor: extractor),
                            fetched: FetchedState(url: key, etag: etag, lastModified: lastModified))
        }
    }
}
