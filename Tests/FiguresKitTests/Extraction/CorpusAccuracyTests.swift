import FiguresExtraction
import FiguresKit
import Foundation
import Testing

/// Keeps extraction from sliding: the hand-written corpus (data/corpus) must stay at or above
/// the goal, F1 0.95 on figure + value + qualifier + scope, computed as
/// scripts/eval-extraction computes it.
@Suite struct CorpusAccuracyTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/corpus")

    struct Expected {
        var value: Double
        var figure: String
        var qualifier: String
        var scope: String
    }

    @Test func corpusStaysAboveTheGoal() throws {
        let extractor = ClaimExtractor(sources: Extraction.sources())
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusAccuracyTests.corpus.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        #expect(files.count >= 60)
        var expectedCount = 0, predictedCount = 0, matched = 0
        for file in files {
            let report = CorpusAccuracyTests.corpus.appendingPathComponent(file)
            let claimsURL = report.deletingPathExtension().appendingPathExtension("claims.jsonl")
            let expected = try String(contentsOf: claimsURL, encoding: .utf8).split(separator: "\n").map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                return Expected(value: object["value"] as! Double, figure: object["figure"] as! String,
                                qualifier: object["qualifier"] as! String, scope: object["scope"] as! String)
            }
            let predicted = try Intake.reports(atPath: report.path).flatMap { extractor.claims(in: $0.document) }
            expectedCount += expected.count
            predictedCount += predicted.count
            var used = Set<Int>()
            for want in expected {
                if let index = predicted.indices.first(where: { index in
                    let got = predicted[index]
                    return !used.contains(index) && abs(got.quantity.value - want.value) <= 1e-6 * max(1, want.value)
                        && got.figure.rawValue == want.figure && got.quantity.qualifier.rawValue == want.qualifier
                        && got.scope.rawValue == want.scope
                }) {
                    used.insert(index)
                    matched += 1
                }
            }
        }
        let precision = Double(matched) / Double(max(predictedCount, 1))
        let recall = Double(matched) / Double(max(expectedCount, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        #expect(f1 >= 0.95, "figure+value+qualifier+scope F1 \(f1) (precision \(precision), recall \(recall))")
    }
}
