import Foundation
import Testing

/// Golden files: `figures extract` on each report in Golden/ must print exactly the JSON lines
/// beside it. scripts/refresh-golden rewrites them after a deliberate change; the diff shows
/// what the change did to real output.
@Suite struct GoldenExtractionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var reports: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: reports)
    func extractMatchesItsGoldenFile(report: String) throws {
        let result = try FiguresCommand().run(["extract", GoldenExtractionTests.folder.appendingPathComponent(report).path,
                                               "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: GoldenExtractionTests.folder
            .appendingPathComponent(String(report.dropLast(3)) + ".jsonl"), encoding: .utf8)
        #expect(result.stdout == golden, "run scripts/refresh-golden if the change is deliberate")
    }
}
