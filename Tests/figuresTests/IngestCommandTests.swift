import Foundation
import Testing

/// `figures ingest`, `runs`, `reject` and `watch` as a user runs them: the built binary,
/// real files, a real HTTP server on 127.0.0.1.
@Suite struct IngestCommandTests {
    let folder = FiguresCommand.temporaryFolder()
    var db: String { folder.appendingPathComponent("figures.sqlite").path }
    let figures = FiguresCommand()
    static let reports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/reports")

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func report(_ name: String, published: String, _ body: String) throws -> String {
        try write(name, """
            ---
            title: \(name)
            published: \(published)
            outlet: Test Wire
            subject: north-korean-troops
            ---
            \(body)
            """)
    }

    @Test func theSampleTimelineRaisesAlertsOnceAndIsQuietAfter() throws {
        let first = try figures.run(["ingest", IngestCommandTests.reports.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.contains("revised up: casualties.killed north-korean-troops"))
        let again = try figures.run(["ingest", IngestCommandTests.reports.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty, "the same reports again raise nothing")
        let history = try figures.run(["history", "casualties.killed", "--db", db, "--format", "json"])
        #expect(history.jsonLines.count >= 8)
        #expect(history.jsonLines.allSatisfy { ($0["report"] as? String)?.isEmpty == false })
        let runs = try figures.run(["runs", "--db", db, "--format", "json"]).jsonLines
        #expect(runs.count == 2)
        #expect(runs[0]["reports_new"] as? Int == 0)
        #expect((runs[1]["reports_new"] as? Int ?? 0) >= 13)
    }

    @Test func badInputsAreNamedAndTheOthersStillIngested() throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/404", .fixed(.init(status: 404, contentType: "text/plain", body: "no")))
        server.route("/500", .fixed(.init(status: 500, contentType: "text/plain", body: "boom")))
        let good = try report("good.md", published: "2025-01-13",
                              "South Korea's spy agency said nearly 300 North Korean soldiers have been killed.")
        let truncated = try write("truncated.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>x")
        let binary = folder.appendingPathComponent("photo.png").path
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)))
        let missing = folder.appendingPathComponent("missing.md").path
        let result = try figures.run(["ingest", truncated, good, binary, missing, server.url("/404").absoluteString,
                                      server.url("/500").absoluteString, "http://127.0.0.1:9/closed", "--db", db])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(result.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("error: ") })
        for name in [truncated, binary, missing, "/404", "/500", "127.0.0.1:9"] {
            #expect(lines.contains { $0.contains(name) }, "\(name) is not named in \(result.stderr)")
        }
        #expect(lines.contains { $0.contains("HTTP 404") })
        let history = try figures.run(["history", "casualties", "--db", db, "--format", "json"])
        #expect(history.jsonLines.map { $0["value"] as? Double } == [300])
        let integrity = try sqlite(db, "PRAGMA integrity_check")
        #expect(integrity == "ok\n")
    }

    @Test func feedsOverHTTPAreFetchedConditionallyAndVersioned() throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        func feed(_ items: [(String, String, String)]) -> Data {
            Data("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test Wire</title>
                \(items.map { "<item><title>\($0.0)</title><guid>\($0.0)</guid><pubDate>\($0.1)</pubDate><description><![CDATA[<p>\($0.2)</p>]]></description></item>" }.joined())
                </channel></rss>
                """.utf8)
        }
        let first = feed([("a", "Mon, 13 Jan 2025 08:00:00 GMT",
                           "The NIS said nearly 300 North Korean soldiers have been killed.")])
        server.route("/feed.xml", .conditional(body: first, contentType: "application/rss+xml", etag: "\"v1\"", lastModified: nil))
        let url = server.url("/feed.xml").absoluteString
        #expect(try figures.run(["ingest", url, "--db", db]).status == 0)
        #expect(try figures.run(["ingest", url, "--db", db]).stdout.isEmpty)
        #expect(server.requests.last?.headers["if-none-match"] == "\"v1\"", "the second fetch is conditional")

        let second = feed([("a", "Mon, 13 Jan 2025 08:00:00 GMT",
                            "The NIS said nearly 300 North Korean soldiers have been killed."),
                           ("b", "Wed, 30 Apr 2025 08:00:00 GMT",
                            "The NIS said about 600 North Korean soldiers have been killed.")])
        server.route("/feed.xml", .conditional(body: second, contentType: "application/rss+xml", etag: "\"v2\"", lastModified: nil))
        let update = try figures.run(["ingest", url, "--db", db, "--alerts", "json"])
        #expect(update.status == 0, "\(update.stderr)")
        let alerts = update.jsonLines
        #expect(alerts.count == 1)
        #expect(alerts.first?["kind"] as? String == "revised")
        #expect((alerts.first?["current"] as? [String: Any])?["value"] as? Double == 600)
        #expect((alerts.first?["previous"] as? [String: Any])?["value"] as? Double == 300)
    }

    @Test func alertsGoToTheLogAndToACommandWithoutAShell() throws {
        _ = try report("a.md", published: "2024-12-19", "The NIS said at least 100 North Korean soldiers have been killed.")
        let log = folder.appendingPathComponent("alerts.jsonl").path
        let received = folder.appendingPathComponent("received $(touch pwned).json").path
        let script = try write("sink.sh", "#!/bin/sh\ncat > \"$1\"\n")
        chmod(script, 0o755)
        _ = try figures.run(["ingest", folder.appendingPathComponent("a.md").path, "--db", db])
        _ = try report("b.md", published: "2025-01-13", "The NIS said nearly 300 North Korean soldiers have been killed.")
        let result = try figures.run(["ingest", folder.appendingPathComponent("b.md").path, "--db", db, "--alerts", "none",
                                      "--alert-log", log, "--alert-exec", "\(script) '\(received)'"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 1)
        let alert = try JSONSerialization.jsonObject(with: Data(logged[0].utf8)) as? [String: Any]
        #expect(alert?["kind"] as? String == "revised")
        for key in ["id", "kind", "figure", "subject", "direction", "change", "change_pct", "previous", "current", "raised"] {
            #expect(alert?[key] != nil, "alert lacks \(key)")
        }
        let delivered = try String(contentsOfFile: received, encoding: .utf8)
        #expect(delivered.contains(alert?["id"] as? String ?? "?"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/pwned"))
        let listed = try figures.run(["alerts", "--db", db, "--format", "json"]).jsonLines
        #expect(listed.map { $0["id"] as? String } == [alert?["id"] as? String])
    }

    @Test func sixRunsAtOnceStoreEachReportOnce() throws {
        for index in 0..<40 {
            _ = try report("inbox/r\(index).md", published: "2025-01-\(String(format: "%02d", index % 28 + 1))",
                           "The NIS said \(100 + index * 10) North Korean soldiers have been killed.")
        }
        let inbox = folder.appendingPathComponent("inbox").path
        let results = try (0..<6).map { _ in try figures.start(["ingest", inbox, "--db", db, "--alerts", "json"]) }
            .map { try $0.wait() }
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
        #expect(try sqlite(db, "SELECT count(*) FROM report") == "40\n")
        #expect(try sqlite(db, "SELECT count(*) FROM claim") == "40\n")
        let alertIDs = results.flatMap { $0.jsonLines.compactMap { $0["id"] as? String } }
        #expect(Set(alertIDs).count == alertIDs.count, "an alert printed by two runs")
    }

    @Test func rejectTakesAClaimOutOfItsSeries() throws {
        _ = try report("a.md", published: "2025-01-13", "The NIS said nearly 300 North Korean soldiers have been killed.")
        _ = try report("b.md", published: "2025-01-20", "The NIS said 30,000 North Korean soldiers have been killed.")
        _ = try figures.run(["ingest", folder.path, "--db", db])
        let latest = try figures.run(["latest", "--db", db, "--format", "json"]).jsonLines
        let wrong = try #require(latest.first?["id"] as? Int)
        let rejected = try figures.run(["reject", String(wrong), "--reason", "misread", "--db", db, "--format", "json"])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        #expect(rejected.jsonLines.first?["status"] as? String == "rejected")
        #expect(try figures.run(["latest", "--db", db, "--format", "json"]).jsonLines.first?["value"] as? Double == 300)
        #expect(try figures.run(["history", "casualties", "--db", db, "--format", "json"]).jsonLines.count == 1)
        #expect(try figures.run(["history", "casualties", "--all", "--db", db, "--format", "json"]).jsonLines.count == 2)
        let unknown = try figures.run(["reject", "999999", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no claim 999999"))
    }

    @Test func watchIngestsNewFilesAndStopsCleanlyOnSIGTERM() throws {
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("alerts.jsonl").path
        let config = try write("figures.yaml", """
            inputs:
              - path: \(inbox.path)
                every: 0.2s
            alerts:
              stdout: none
              log: \(log)
            """)
        _ = try report("inbox/a.md", published: "2024-12-19", "The NIS said at least 100 North Korean soldiers have been killed.")
        let daemon = try figures.start(["watch", "--config", config, "--db", db])
        try waitUntil { (try? self.sqlite(self.db, "SELECT count(*) FROM report")) == "1\n" }
        _ = try report("inbox/b.md", published: "2025-01-13", "The NIS said nearly 300 North Korean soldiers have been killed.")
        try waitUntil { FileManager.default.contents(atPath: log).map { !$0.isEmpty } ?? false }
        // logrotate moves the log away and sends SIGHUP: the next alert goes to a new file.
        let rotated = log + ".1"
        try FileManager.default.moveItem(atPath: log, toPath: rotated)
        kill(daemon.process.processIdentifier, SIGHUP)
        usleep(300_000)
        _ = try report("inbox/c.md", published: "2025-04-30", "The NIS said about 600 North Korean soldiers have been killed.")
        try waitUntil { FileManager.default.contents(atPath: log).map { !$0.isEmpty } ?? false }
        daemon.terminate()
        let result = try daemon.wait()
        #expect(result.status == 0, "\(result.stderr)")
        let logged = try String(contentsOfFile: rotated, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 1)
        #expect(logged.first?.contains("\"kind\":\"revised\"") == true)
        let reopened = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(reopened.count == 1)
        #expect(reopened.first?.contains("\"value\":600") == true)
    }

    @Test func newAlertsOnlyWhenAskedFor() throws {
        let path = try report("a.md", published: "2025-01-13", "The NIS said nearly 300 North Korean soldiers have been killed.")
        let quiet = try figures.run(["ingest", path, "--db", db, "--alerts", "json"])
        #expect(quiet.stdout.isEmpty, "new alerts are off by default")
        let other = folder.appendingPathComponent("other.sqlite").path
        let asked = try figures.run(["ingest", path, "--db", other, "--alerts", "json", "--alert-kinds", "new,revised"])
        #expect(asked.jsonLines.map { $0["kind"] as? String } == ["new"])
        #expect(asked.jsonLines.first?["previous"] is NSNull)
        let bad = try figures.run(["ingest", path, "--db", other, "--alert-kinds", "loud"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("not an alert kind"))
    }

    @Test func standardInputIsAReport() throws {
        let text = """
            ---
            published: 2025-01-13
            outlet: Stdin Wire
            ---
            The NIS said nearly 300 North Korean soldiers have been killed.
            """
        let result = try figures.run(["ingest", "-", "--db", db], input: text)
        #expect(result.status == 0, "\(result.stderr)")
        let history = try figures.run(["history", "casualties", "--db", db, "--format", "json"]).jsonLines
        #expect(history.first?["report"] as? String == "stdin")
        #expect(history.first?["outlet"] as? String == "Stdin Wire")
    }

    @Test func initWritesAConfigurationThatWatchReads() throws {
        let printed = try figures.run(["init"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("inputs:"))
        let path = folder.appendingPathComponent("figures.yaml").path
        #expect(try figures.run(["init", "-o", path]).status == 0)
        let again = try figures.run(["init", "-o", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
        let bad = try write("bad.yaml", "inputs:\n  - path: /x\n    every: often\n")
        let refused = try figures.run(["watch", "--config", bad, "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("every 'often'"))
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Polls `condition` until it holds; a safety net against a hang, not a timing check.
    func waitUntil(_ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        Issue.record("condition not met within 60 s")
    }
}
