import Foundation
@testable import FiguresExtraction
import Testing

/// A long text read on several threads, its chunks joined, gives exactly the claims of one
/// reading from start to end.
@Suite struct ChunkJoinTests {
    let extractor = ClaimExtractor(sources: SourceDirectory([
        .init(name: "National Intelligence Service", aliases: ["NIS", "South Korea's intelligence service", "the spy agency"]),
        .init(name: "Ukrainian General Staff", aliases: ["Ukraine's General Staff", "the General Staff"]),
    ]))

    /// The corpus reports' bodies, in a scrambled order, as one text.
    static let corpusText: String = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()  // (the format's README is no report)
        let bodies = names.compactMap { name -> String? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return text.components(separatedBy: "\n---\n").last
        }
        // Every seventh report, round and round: neighbours that were not neighbours.
        let order = bodies.indices.sorted { ($0 * 7) % bodies.count < ($1 * 7) % bodies.count }
        return order.map { bodies[$0] }.joined(separator: "\n\n")
    }()

    @Test(arguments: [300, 1_000, 4_000, 20_000])
    func threadsReadAsOneReaderDoes(chunkSize: Int) throws {
        let text = ChunkJoinTests.corpusText
        try #require(text.utf8.count > 50_000, "the corpus is missing")
        let document = Document(text: text, published: CalendarDay(iso: "2025-03-06"), outlet: "Example Wire")
        let one = extractor.claims(in: document, workers: 1, chunkSize: chunkSize)
        #expect(one.count > 200)
        if chunkSize >= 4_000 {
            // Chunks this long end at blank lines, where a paragraph ends anyway: reading
            // them one after another is reading the text whole.
            let whole = extractor.claims(in: document, workers: 1, chunkSize: text.utf8.count)
            // (The first claim that differs, not both lists: they run to megabytes.)
            let first = zip(one, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(one.count == whole.count)
            #expect(first == nil, "claim \(first ?? -1) differs read whole: \(first.map { one[$0] } as Any) \(first.map { whole[$0] } as Any)")
        }
        for workers in [2, 3] {
            let many = extractor.claims(in: document, workers: workers, chunkSize: chunkSize)
            #expect(many.count == one.count)
            let first = zip(one, many).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(first == nil, "claim \(first ?? -1) differs with \(workers) workers: \(first.map { one[$0] } as Any) \(first.map { many[$0] } as Any)")
        }
    }

    /// Paragraphs of the corpus in random orders, cut into chunks of random sizes (inside
    /// paragraphs too, where a chunk ends at a sentence or a space): 30 seeds.
    @Test(arguments: 1...30)
    func randomCutsReadAsOneReaderDoes(seed: Int) throws {
        let paragraphs = ChunkJoinTests.corpusText.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        try #require(paragraphs.count > 100, "the corpus is missing")
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let text = (0..<60).map { _ in paragraphs[next(paragraphs.count)] }.joined(separator: next(2) == 0 ? "\n\n" : "\n")
        let chunkSize = 100 + next(3_000)
        let document = Document(text: text, published: CalendarDay(iso: "2025-03-06"), outlet: "Example Wire")
        let one = extractor.claims(in: document, workers: 1, chunkSize: chunkSize)
        let many = extractor.claims(in: document, workers: 2, chunkSize: chunkSize)
        #expect(many == one, "chunks of \(chunkSize) bytes")
    }

    /// "It said" at the top of a chunk names the source the chunk before named last, and
    /// "another 2,100 were wounded" right after a number killed is another figure, not an
    /// increment: what the chunk before left crosses into the next, on one thread or two.
    @Test func aChunkOpensWithWhatTheChunkBeforeLeft() throws {
        let paragraphs = (0..<40).map { index in
            index % 2 == 0
                ? "The NIS said on Monday that \(300 + index) North Korean soldiers had been killed."
                : "Another 2,\(100 + index) were wounded in the fighting near the border town, it said."
        }
        // Chunks of one paragraph each.
        let document = Document(text: paragraphs.joined(separator: "\n\n"), published: CalendarDay(iso: "2025-01-13"),
                                outlet: "Example Wire")
        let one = extractor.claims(in: document, workers: 1, chunkSize: 100)
        let many = extractor.claims(in: document, workers: 2, chunkSize: 100)
        #expect(many == one)
        let wounded = one.filter { $0.figure == .wounded }
        #expect(wounded.count == 20)
        #expect(wounded.allSatisfy { $0.source == "National Intelligence Service" })
        #expect(wounded.allSatisfy { $0.scope == .total })
    }

    /// An earlier value of a toll told just after a chunk's start still knows the toll the
    /// chunk before told.
    @Test func anEarlierTollReadsAlikeAcrossAChunksStart() {
        let text = """
            The death toll from Saturday's attack on the market has risen to 74, the ministry said on Monday.

            The ministry had put the toll at 58 on Sunday.
            """
        let document = Document(text: text, published: CalendarDay(iso: "2025-03-06"), outlet: "Example Wire")
        let whole = extractor.claims(in: document, workers: 1, chunkSize: text.utf8.count)
        #expect(whole.map(\.scope) == [.incident, .incident])
        // (Chunks of about 120 bytes: the first paragraph, then the second.)
        for workers in [1, 2] {
            #expect(extractor.claims(in: document, workers: workers, chunkSize: 120) == whole)
        }
    }
}

