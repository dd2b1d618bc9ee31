import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`, which `scripts/test` installs through
/// `scripts/setup chromium`), run on a file as a reader's browser would open it.
struct Chromium {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The browser on PATH, or nil when none is installed.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    let executable: URL

    /// Runs the browser headless on `page` with `arguments` (`--dump-dom`, `--screenshot=...`),
    /// logging the page's console to stderr; a browser that hangs is stopped after `timeout`.
    func run(_ arguments: [String], page: URL, timeout: TimeInterval = 90) throws -> Run {
        let folder = FiguresCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = executable
        // A profile of its own, so that tests running at once never share one.
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
                             "--no-first-run", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--enable-logging=stderr", "--v=0", "--window-size=1280,2000"]
            + arguments + [page.absoluteString]
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: outURL), stderr = try FileHandle(forWritingTo: errURL)
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("chromium did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The page's console messages and script errors in Chromium's log. The page has no
    /// script, so any console line at all means something ran or was refused (a Content
    /// Security Policy violation is logged as a console line too).
    static func consoleProblems(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter {
            $0.contains("Uncaught") || $0.contains("Refused") || $0.contains(":CONSOLE")
                || $0.contains("Content Security Policy")
        }
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

/// `figures report` rendered in headless Chromium: the page loads with no console error,
/// shows a chart per series with a point per running total, and keeps hostile text as text.
@Suite struct ReportPageTests {
    let database = ChartDatabase()
    var figures: FiguresCommand { database.figures }

    /// The package's own folder, for the screenshot.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func browser() throws -> Chromium {
        let executable = try #require(Chromium.executable,
                                      "chromium is not installed: run scripts/setup chromium (or apt-get install chromium)")
        return Chromium(executable: executable)
    }

    @Test func reportRendersInChromiumWithEveryChartAndPoint() throws {
        let chromium = try browser()
        try database.fill()
        let page = database.folder.appendingPathComponent("report.html")
        let title = "North Korean troops </title><script>alert(1)</script> \"onload=alert(1)"
        let result = try figures.run(["report", "-o", page.path, "--title", title, "--db", database.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote \(page.path) (\(ChartDatabase.seriesCount) charts, "))

        let dom = try chromium.run(["--dump-dom"], page: page)
        #expect(dom.status == 0, "\(dom.stderr)")
        #expect(Chromium.consoleProblems(dom.stderr).isEmpty, "\(Chromium.consoleProblems(dom.stderr))")
        let html = dom.stdout
        #expect(Chromium.count("<svg", in: html) == ChartDatabase.seriesCount, "a chart per series")
        #expect(Chromium.count("class=\"point\"", in: html) == ChartDatabase.totals, "a point per running total")
        #expect(Chromium.count("class=\"revision\"", in: html) == (try database.revisions()), "a ring per revision")
        #expect(html.contains("<h2>Latest values</h2>"))
        #expect(Chromium.count("<tr>", in: html) == 1 + ChartDatabase.seriesCount, "a row per figure")
        // Hostile words in the title and a source's name stay text: the browser made no
        // script element of them, and shows them as written.
        #expect(Chromium.count("<script", in: html) == 0)
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("onload=\"") && !html.contains(" onload="))
        #expect(html.contains("Only running totals (scope total) that are not rejected are charted."))

        // For a person to look at: .build/figures-report-screenshot.png, beside the build.
        let screenshot = ReportPageTests.packageRoot.appendingPathComponent(".build/figures-report-screenshot.png")
        try FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try chromium.run(["--screenshot=\(screenshot.path)", "--hide-scrollbars"], page: page)
        #expect(shot.status == 0, "\(shot.stderr)")
        #expect(Chromium.consoleProblems(shot.stderr).isEmpty, "\(Chromium.consoleProblems(shot.stderr))")
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(png.count > 20_000, "a page with charts, not a blank one")
    }

    @Test func emptyDatabaseGivesAPageSayingThereIsNothingYet() throws {
        let chromium = try browser()
        let page = database.folder.appendingPathComponent("empty.html")
        let result = try figures.run(["report", "-o", page.path, "--db", database.path])
        #expect(result.status == 0, "\(result.stderr)")
        let dom = try chromium.run(["--dump-dom"], page: page)
        #expect(dom.status == 0)
        #expect(Chromium.consoleProblems(dom.stderr).isEmpty, "\(Chromium.consoleProblems(dom.stderr))")
        #expect(dom.stdout.contains("<h2>Nothing yet</h2>"))
        #expect(Chromium.count("<svg", in: dom.stdout) == 0)
    }

    @Test func reportWritesToStandardOutputWithADash() throws {
        try database.fill()
        let result = try figures.run(["report", "-o", "-", "--since", "2025-01-01", "--db", database.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.hasSuffix("</html>\n"))
        // Since 2025: killed (north-korean-troops) 2, wounded 2, killed (russian-troops) 1; no deployment.
        #expect(Chromium.count("class=\"point\"", in: result.stdout) == 5)
        let missing = try figures.run(["report", "--db", database.path])
        #expect(missing.status == 64)
    }
}
