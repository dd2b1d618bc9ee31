import FiguresExtraction
@testable import FiguresKit
import Foundation
import Testing

@Suite struct StoreTests {
    func claim(_ key: FigureKey, _ value: Double, _ qualifier: Qualifier = .exact, subject: String = "x",
               asOf: String, source: String? = nil, scope: Scope = .total) -> ManualClaim {
        ManualClaim(figure: key, subject: subject, quantity: Quantity(value, qualifier: qualifier),
                    scope: scope, asOf: CalendarDay(iso: asOf)!, source: source)
    }

    func history(_ store: FigureStore, _ query: HistoryQuery) throws -> [StoredClaim] {
        var claims: [StoredClaim] = []
        try store.history(query) { claims.append($0) }
        return claims
    }

    @Test func keepsEveryClaimWithItsProvenance() throws {
        let store = try FigureStore()
        let stored = try store.record(claim(.killed, 300, .nearly, asOf: "2024-12-19", source: "Seoul's spy agency"))
        #expect(stored.claim.source == "National Intelligence Service")
        #expect(stored.claim.quantity.low == 270)
        #expect(try store.claim(id: stored.id) == stored)
        #expect(throws: StoreError.unknownClaim(id: 99)) { try store.claim(id: 99) }
    }

    @Test func groupsSelectTheirKeysOnly() throws {
        let store = try FigureStore()
        try store.record(claim(.killed, 1, asOf: "2024-01-01"))
        try store.record(claim(.wounded, 2, asOf: "2024-01-02"))
        try store.record(claim(.deployed, 3, asOf: "2024-01-03"))
        try store.record(claim(FigureKey("casualties_extra.killed")!, 4, asOf: "2024-01-04"))
        let casualties = try history(store, HistoryQuery(figure: FigureKey("casualties")!))
        #expect(casualties.map(\.claim.quantity.value) == [1, 2])
        let killed = try history(store, HistoryQuery(figure: .killed))
        #expect(killed.map(\.claim.quantity.value) == [1])
    }

    @Test func unknownSourceInAFilterMatchesNothing() throws {
        let store = try FigureStore()
        try store.record(claim(.killed, 1, asOf: "2024-01-01", source: "NIS"))
        #expect(try history(store, HistoryQuery(figure: .killed, source: "Nobody Knows")).isEmpty)
        #expect(try history(store, HistoryQuery(figure: .killed, source: "National Intelligence Service")).count == 1)
    }

    @Test func latestIgnoresNonTotalsAndTakesTheLatestAsOf() throws {
        let store = try FigureStore()
        try store.record(claim(.killed, 300, asOf: "2024-12-19"))
        try store.record(claim(.killed, 100, asOf: "2024-11-19"))
        try store.record(claim(.killed, 40, asOf: "2025-01-01", scope: .incident))
        try store.record(claim(.killed, 7, subject: "y", asOf: "2025-01-01"))
        let latest = try store.latest()
        #expect(latest.map(\.claim.quantity.value) == [300, 7])
        #expect(try store.latest(subject: "y").map(\.claim.quantity.value) == [7])
    }

    @Test func overlappingWritersFromTwoStoresOnOneFileBothLand() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID()).sqlite").path
        let first = try FigureStore(path: path)
        let second = try FigureStore(path: path)
        await withTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for n in 0..<50 {
                        _ = try? store.record(claim(.killed, Double(index * 100 + n), asOf: "2024-01-01"))
                    }
                }
            }
        }
        #expect(try history(first, HistoryQuery(figure: .killed)).count == 100)
    }

    /// Stores opened at once on a file that does not exist yet: every one opens (WAL is set
    /// by whichever gets the lock first; the others wait and retry), and the schema is made once.
    @Test func storesOpenedAtOnceOnANewFileAllOpen() throws {
        for round in 0..<10 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("open-\(round)-\(UUID()).sqlite").path
            let failures = OpenFailures()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do {
                    _ = try FigureStore(path: path)
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}

/// Errors collected from concurrent iterations.
private final class OpenFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []

    func add(_ error: String) { lock.withLock { errors.append(error) } }
    var all: [String] { lock.withLock { errors } }
}
