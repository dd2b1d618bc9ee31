import Foundation
import Testing

/// `record`, `history`, `latest` and `alerts` as a user runs them.
@Suite struct RecordHistoryTests {
    let folder = FiguresCommand.temporaryFolder()
    var db: String { folder.appendingPathComponent("figures.sqlite").path }
    let figures = FiguresCommand()

    func record(_ arguments: [String]) throws {
        let result = try figures.run(["record"] + arguments + ["--db", db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func recordedClaimsComeBackInHistoryOldestFirst() throws {
        try record(["casualties.killed", "300", "--qualifier", "nearly", "--subject", "north-korean-troops",
                    "--source", "Seoul's spy agency", "--as-of", "2024-12-19"])
        try record(["casualties.killed", "100", "--qualifier", "at_least", "--subject", "north-korean-troops",
                    "--source", "NIS", "--as-of", "2024-11-19"])
        try record(["casualties.wounded", "2,700", "--subject", "north-korean-troops", "--as-of", "2024-12-19"])
        try record(["troops.deployed", "10000", "--qualifier", "approximate", "--subject", "north-korean-troops",
                    "--as-of", "2024-11-01"])

        let history = try figures.run(["history", "casualties", "--db", db, "--format", "json"])
        #expect(history.status == 0)
        #expect(history.stderr.isEmpty)
        let claims = history.jsonLines
        #expect(claims.map { $0["value"] as? Double } == [100, 300, 2700])
        #expect(claims.map { $0["figure"] as? String } == ["casualties.killed", "casualties.killed", "casualties.wounded"])
        #expect(claims[1]["source"] as? String == "National Intelligence Service")
        #expect(claims[1]["qualifier"] as? String == "nearly")
        #expect(claims[1]["low"] as? Double == 270)
        #expect(claims[0]["high"] is NSNull)
        for key in ["figure", "subject", "value", "low", "high", "qualifier", "scope", "as_of", "source",
                    "source_text", "quote", "start", "end", "report", "outlet", "published"] {
            #expect(claims[0].keys.contains(key), "missing \(key)")
        }

        let killedOnly = try figures.run(["history", "casualties.killed", "--db", db, "--format", "json"])
        #expect(killedOnly.jsonLines.count == 2)
        let since = try figures.run(["history", "casualties", "--since", "2024-12-01", "--db", db, "--format", "json"])
        #expect(since.jsonLines.count == 2)
        let bySource = try figures.run(["history", "casualties", "--source", "South Korea's intelligence service",
                                        "--db", db, "--format", "json"])
        #expect(bySource.jsonLines.count == 2)
    }

    @Test func latestIsTheTotalThatHoldsLatest() throws {
        try record(["casualties.killed", "300", "--qualifier", "nearly", "--subject", "north-korean-troops",
                    "--as-of", "2024-12-19"])
        try record(["casualties.killed", "100", "--qualifier", "at_least", "--subject", "north-korean-troops",
                    "--as-of", "2024-11-19"])
        try record(["casualties.killed", "40", "--scope", "incident", "--subject", "north-korean-troops",
                    "--as-of", "2025-01-02"])
        let latest = try figures.run(["latest", "--db", db, "--format", "json"])
        #expect(latest.jsonLines.count == 1)
        #expect(latest.jsonLines.first?["value"] as? Double == 300)
    }

    @Test func tableShowsQualifiersAsPeopleWriteThem() throws {
        try record(["casualties.killed", "300", "--qualifier", "nearly", "--subject", "x", "--as-of", "2024-12-19"])
        try record(["casualties.wounded", "2700", "--subject", "x", "--as-of", "2024-12-19"])
        try record(["casualties.captured", "100", "--qualifier", "at_least", "--subject", "x", "--as-of", "2024-12-19"])
        try record(["troops.deployed", "10000", "--qualifier", "approximate", "--subject", "x", "--as-of", "2024-12-19"])
        try record(["troops.deployed", "11450", "--qualifier", "range", "--low", "10,900", "--high", "12,000",
                    "--subject", "y", "--as-of", "2024-12-19"])
        let table = try figures.run(["latest", "--db", db, "--format", "table"])
        #expect(table.status == 0)
        for text in ["nearly 300", "2,700", "≥ 100", "~10,000", "10,900–12,000"] {
            #expect(table.stdout.contains(text), "\(text) missing from\n\(table.stdout)")
        }
        #expect(!table.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or off a terminal")
        let ascii = try figures.run(["latest", "--db", db, "--format", "table", "--ascii"])
        #expect(ascii.stdout.contains(">= 100"))
        // Columns line up: every row is as wide as the header or narrower, and the value
        // column ends at the same place in every line.
        let lines = table.lines
        let valueEnd = lines[0].range(of: "VALUE")!.upperBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst() {
            let prefix = String(line.utf16.prefix(valueEnd))!
            #expect(prefix.last != " ", "value column misaligned in \(line)")
        }
    }

    @Test func csvHasAHeaderAndQuotesCommas() throws {
        try record(["casualties.killed", "300", "--subject", "x", "--source", "Smith, Jones and Partners",
                    "--as-of", "2024-12-19"])
        let csv = try figures.run(["history", "casualties", "--db", db, "--format", "csv"])
        #expect(csv.lines.count == 2)
        #expect(csv.lines[0].hasPrefix("id,figure,subject,value,low,high,qualifier,scope,as_of,source"))
        #expect(csv.lines[1].contains("\"Smith, Jones and Partners\""))
    }

    @Test func databaseComesFromTheEnvironmentWhenNotGiven() throws {
        let env = ["FIGURES_DB": db]
        let recorded = try figures.run(["record", "casualties.killed", "5", "--subject", "x", "--format", "json"],
                                       environment: env)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(FileManager.default.fileExists(atPath: db))
        let xdg = folder.appendingPathComponent("xdg").path
        let viaXDG = try figures.run(["record", "casualties.killed", "5", "--subject", "x", "--format", "json"],
                                     environment: ["XDG_DATA_HOME": xdg])
        #expect(viaXDG.status == 0, "\(viaXDG.stderr)")
        #expect(FileManager.default.fileExists(atPath: xdg + "/figures/figures.sqlite"))
    }

    @Test func alertsListsNothingOnANewDatabase() throws {
        let alerts = try figures.run(["alerts", "--db", db, "--format", "json"])
        #expect(alerts.status == 0)
        #expect(alerts.stdout.isEmpty)
    }
}
