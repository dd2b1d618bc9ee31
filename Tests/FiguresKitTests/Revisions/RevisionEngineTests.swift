import FiguresExtraction
@testable import FiguresKit
import Foundation
import Logging
import Testing

/// SPEC's revision rules, claim by claim, through the same path `figures record` takes.
@Suite struct RevisionEngineTests {
    let store: FigureStore
    var rules = RevisionRules()

    init() throws {
        store = try FigureStore()
    }

    func record(_ value: Double, _ qualifier: Qualifier = .exact, low: Double? = nil, high: Double? = nil,
                figure: FigureKey = .killed, asOf: String, source: String = "NIS", scope: Scope = .total,
                rules: RevisionRules? = nil) throws -> [Alert] {
        var quantity = Quantity(value, qualifier: qualifier)
        if qualifier == .range, let low, let high { quantity = .range(low, high) }
        let ingestor = Ingestor(store: store, options: IngestOptions(rules: rules ?? self.rules),
                                logger: Logger(label: "test"))
        return try ingestor.record(ManualClaim(figure: figure, subject: "north-korean-troops", quantity: quantity,
                                               scope: scope, asOf: CalendarDay(iso: asOf)!, source: source)).alerts
    }

    @Test func specExamples() throws {
        #expect(try record(450, .nearly, asOf: "2025-01-01").isEmpty, "the first claim: `new` is off")
        #expect(try record(450, .approximate, asOf: "2025-01-02").isEmpty, "about 450 after nearly 450 agrees")

        let other = try FigureStore()
        let ingestor = Ingestor(store: other, logger: Logger(label: "test"))
        func add(_ q: Quantity, _ day: String) throws -> [Alert] {
            try ingestor.record(ManualClaim(figure: .killed, subject: "x", quantity: q, asOf: CalendarDay(iso: day)!,
                                            source: "NIS")).alerts
        }
        #expect(try add(Quantity(150, qualifier: .atLeast), "2025-01-01").isEmpty)
        let up = try add(Quantity(450, qualifier: .nearly), "2025-02-01")
        #expect(up.map(\.kind) == [.revised])
        #expect(up.first?.direction == .up)
        #expect(up.first?.change == 300)
        #expect(up.first?.changePercent == 200)

        #expect(try add(.range(8_500, 9_000), "2025-03-01").count == 1)
        #expect(try add(Quantity(8_000, qualifier: .atLeast), "2025-03-02").isEmpty,
                "more than 8,000 after between 8,500 and 9,000 agrees")
    }

    @Test func aStaleRestatementByAnotherSourceRaisesNoConflict() throws {
        _ = try record(100, asOf: "2025-01-01")
        #expect(try record(300, asOf: "2025-01-20").map(\.kind) == [.revised])
        #expect(try record(100, asOf: "2025-01-21", source: "Ukraine's General Staff").isEmpty,
                "100 again, after the series moved on to 300, is stale: no revision, no conflict")
        #expect(try record(200, asOf: "2025-01-22", source: "Ukraine's General Staff").map(\.kind).sorted { $0.rawValue < $1.rawValue }
                == [.conflict, .revised], "a new value by another source two days later is both")
    }

    @Test func olderClaimsAreHistoryOnly() throws {
        _ = try record(300, .nearly, asOf: "2025-01-13")
        #expect(try record(100, .atLeast, asOf: "2024-12-19").isEmpty)
        #expect(try store.latest().first?.claim.quantity.value == 300)
    }

    @Test func downwardRevisionsAndThresholds() throws {
        _ = try record(14_000, .approximate, figure: .deployed, asOf: "2025-02-20")
        let down = try record(10_000, .approximate, figure: .deployed, asOf: "2025-09-04")
        #expect(down.first?.direction == .down)
        #expect(try record(10_050, figure: .deployed, asOf: "2025-09-05").isEmpty, "0.5% is within the 1% threshold")
    }

    @Test func staleRestatementsRaiseNothingAndDoNotBecomeCurrent() throws {
        _ = try record(100, .atLeast, asOf: "2024-12-19")
        #expect(try record(300, .nearly, asOf: "2025-01-13").count == 1)
        #expect(try record(100, .atLeast, asOf: "2025-01-20", source: "Slow Wire").filter { $0.kind == .revised }.isEmpty)
        #expect(try store.latest().first?.claim.quantity.value == 300)
        var history: [StoredClaim] = []
        try store.history(HistoryQuery(figure: .killed)) { history.append($0) }
        #expect(history.last?.isStale == true)
    }

    @Test func newAlertsOnlyWhenAskedFor() throws {
        var withNew = RevisionRules()
        withNew.kinds.insert(.new)
        let alerts = try record(100, asOf: "2025-01-01", rules: withNew)
        #expect(alerts.map(\.kind) == [.new])
        #expect(alerts.first?.previous == nil)
    }

    @Test func disagreeingSourcesWithinTheWindowConflict() throws {
        _ = try record(2_000, .approximate, asOf: "2025-09-04", source: "NIS")
        let alerts = try record(4_000, .approximate, asOf: "2025-09-05", source: "Ukraine's General Staff")
        #expect(Set(alerts.map(\.kind)) == [.revised, .conflict])
        #expect(try record(4_000, .approximate, asOf: "2025-09-20", source: "NIS").isEmpty, "agrees: no alert")
        let far = try FigureStore()
        let ingestor = Ingestor(store: far, logger: Logger(label: "test"))
        _ = try ingestor.record(ManualClaim(figure: .killed, subject: "x", quantity: Quantity(100, qualifier: .exact),
                                            asOf: CalendarDay(iso: "2025-01-01")!, source: "NIS"))
        let later = try ingestor.record(ManualClaim(figure: .killed, subject: "x", quantity: Quantity(300, qualifier: .exact),
                                                    asOf: CalendarDay(iso: "2025-01-10")!, source: "Pentagon")).alerts
        #expect(later.map(\.kind) == [.revised], "nine days apart is no conflict")
    }

    @Test func nonTotalsNeverRevise() throws {
        _ = try record(300, asOf: "2025-01-01")
        #expect(try record(40, asOf: "2025-02-01", scope: .incident).isEmpty)
        #expect(try record(8_000, asOf: "2025-02-01", scope: .projection).isEmpty)
        #expect(try store.latest().first?.claim.quantity.value == 300)
    }

    @Test func rulesFilterByDirectionMinimumAndGroup() throws {
        var upOnly = RevisionRules()
        upOnly.rules = [.init(figure: FigureKey("casualties")!, direction: .up, minimumChange: 50)]
        _ = try record(300, asOf: "2025-01-01", rules: upOnly)
        #expect(try record(200, asOf: "2025-01-02", rules: upOnly).isEmpty, "down is filtered")
        #expect(try record(230, asOf: "2025-01-03", rules: upOnly).isEmpty, "up by 30 is below the minimum")
        #expect(try record(400, asOf: "2025-01-04", rules: upOnly).count == 1)
        #expect(try record(1_000, figure: .deployed, asOf: "2025-01-01", rules: upOnly).isEmpty)
        #expect(try record(500, figure: .deployed, asOf: "2025-01-02", rules: upOnly).count == 1, "the rule is for casualties only")
    }

    @Test func rejectingTheCurrentValueReadsTheSeriesAgain() throws {
        _ = try record(300, asOf: "2025-01-01")
        _ = try record(9_999, asOf: "2025-01-05")
        let wrong = try #require(store.latest().first)
        #expect(wrong.claim.quantity.value == 9_999)
        let rejected = try store.reject(claimID: wrong.id, reason: "misread: a count of shells")
        #expect(rejected.status == .rejected)
        #expect(try store.latest().first?.claim.quantity.value == 300)
        var shown: [StoredClaim] = []
        try store.history(HistoryQuery(figure: .killed)) { shown.append($0) }
        #expect(shown.count == 1)
        try store.history(HistoryQuery(figure: .killed, includeRejected: true)) { shown.append($0) }
        #expect(shown.count == 3)
        #expect(try store.confirm(claimID: wrong.id, reason: nil).status == .confirmed)
        #expect(try store.latest().first?.claim.quantity.value == 9_999)
    }

    @Test func agreementFollowsSpec() {
        let t = 0.01
        #expect(!Agreement.disagrees(Quantity(450, qualifier: .approximate), with: Quantity(450, qualifier: .nearly), threshold: t))
        #expect(Agreement.disagrees(Quantity(450, qualifier: .nearly), with: Quantity(150, qualifier: .atLeast), threshold: t))
        #expect(!Agreement.disagrees(Quantity(8_000, qualifier: .atLeast), with: .range(8_500, 9_000), threshold: t))
        #expect(Agreement.disagrees(Quantity(2_700, qualifier: .exact), with: Quantity(2_650, qualifier: .exact), threshold: t))
        #expect(!Agreement.disagrees(Quantity(2_701, qualifier: .exact), with: Quantity(2_700, qualifier: .exact), threshold: t))
    }
}

/// A backfilled claim re-reads only the series after it; the marks must be those a reading of
/// the whole series gives, whatever order the claims came in.
@Suite struct StaleMarksInAnyOrderTests {

    /// Stale marks by (day, value, qualifier), after recording `claims` in their order.
    func marks(_ claims: [(day: Int, value: Double, qualifier: Qualifier)], rereadAll: Bool) throws -> [String] {
        let store = try FigureStore()
        let ingestor = Ingestor(store: store, logger: Logger(label: "test"))
        for claim in claims {
            _ = try ingestor.record(ManualClaim(
                figure: .killed, subject: "x", quantity: Quantity(claim.value, qualifier: claim.qualifier),
                asOf: CalendarDay(iso: "2025-01-01")!.adding(days: claim.day), source: "NIS"))
        }
        if rereadAll {
            try store.write { db in
                let figureID = try FigureStore.figureID(.killed, subject: "x", in: db)
                try RevisionEngine(rules: RevisionRules()).reevaluate(figureID: figureID, threshold: 0.01, in: db)
            }
        }
        var result: [String] = []
        try store.history(HistoryQuery(figure: .killed)) { stored in
            let q = stored.claim.quantity
            result.append("\(stored.claim.asOf) \(q.qualifier.rawValue) \(q.value) stale=\(stored.isStale)")
        }
        return result.sorted()
    }

    @Test(arguments: 1...40)
    func backfillsEndInTheMarksOfAWholeReading(seed: Int) throws {
        var random = SeededGenerator(state: UInt64(seed))
        let values: [Double] = [100, 300, 450, 600, 2_000]
        let qualifiers: [Qualifier] = [.exact, .atLeast, .nearly]
        let claims = (0..<24).map { _ in
            (day: Int.random(in: 0..<30, using: &random), value: values.randomElement(using: &random)!,
             qualifier: qualifiers.randomElement(using: &random)!)
        }
        // Days are unique per claim here, so that the series order does not depend on ids.
        var seenDays: Set<Int> = []
        let unique = claims.filter { seenDays.insert($0.day).inserted }
        let shuffled = unique.shuffled(using: &random)
        let forward = try marks(unique.sorted { $0.day < $1.day }, rereadAll: false)
        #expect(try marks(shuffled, rereadAll: false) == forward, "seed \(seed)")
        #expect(try marks(shuffled, rereadAll: true) == forward, "seed \(seed)")
    }
}
