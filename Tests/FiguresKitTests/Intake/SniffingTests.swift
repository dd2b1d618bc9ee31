@testable import FiguresKit
import Foundation
import Testing

@Suite struct SniffingTests {
    @Test func contentWinsOverMisleadingNames() throws {
        let page = try IntakeFixtures.reports("article.html", uri: "notes.txt")
        #expect(page.count == 1 && page[0].outlet == "Example Wire")

        let feed = try IntakeFixtures.reports("rss2.xml", uri: "page.html")
        #expect(feed.count == 5)

        let rdf = try IntakeFixtures.reports("rss1.rdf", uri: "index.php")
        #expect(rdf.count == 2)

        let json = try IntakeFixtures.reports("feed.json", uri: "data.txt")
        #expect(json.count == 3 && json[0].outlet == "Harbour Herald")

        let lines = try IntakeFixtures.reports("claims.jsonl", uri: "report.md")
        #expect(lines.count == 3 && lines.allSatisfy { $0.claims != nil })

        let csv = try IntakeFixtures.reports("claims.csv", uri: "claims.txt")
        #expect(csv.count == 3 && csv.allSatisfy { $0.claims != nil })

        let markdown = """
            ---
            title: Quake toll climbs
            published: 2025-03-06
            ---
            At least 112 people have been killed.
            """
        let text = try Intake.reports(in: Data(markdown.utf8), uri: "feed.xml")
        #expect(text.count == 1 && text[0].title == "Quake toll climbs" && text[0].claims == nil)
        #expect(text[0].text == "At least 112 people have been killed.")
    }

    @Test func contentTypeSettlesWhatContentLeavesOpen() throws {
        let fragment = Data("<em>Breaking</em>: 5 killed &amp; 7 hurt".utf8)
        let asText = try Intake.reports(in: fragment, uri: "https://example.org/x")
        #expect(asText[0].text == "<em>Breaking</em>: 5 killed &amp; 7 hurt")
        let asHTML = try Intake.reports(in: fragment, uri: "https://example.org/x", contentType: "text/html; charset=utf-8")
        #expect(asHTML[0].text == "Breaking: 5 killed & 7 hurt")
        let named = try Intake.reports(in: fragment, uri: "https://example.org/x.html")
        #expect(named[0].text == "Breaking: 5 killed & 7 hurt")
    }

    @Test func plainTextStaysText() throws {
        let text = "Officials said 40 people died.\n\nA second paragraph, figure and value, not CSV."
        let reports = try Intake.reports(in: Data(text.utf8), uri: "note.txt")
        #expect(reports == [Report(uri: "note.txt", text: text)])
    }

    @Test func binaryInputIsRefused() {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(Data(repeating: 0, count: 64))
        #expect(intakeError { try Intake.reports(in: png, uri: "photo.html") } == .binary("photo.html"))
        let noise = Data((0..<2048).map { $0 % 3 == 0 ? 0 : UInt8(truncatingIfNeeded: 64 + $0 % 100) })
        #expect(intakeError { try Intake.reports(in: noise, uri: "blob.xml") } == .binary("blob.xml"))
    }

    @Test(arguments: ["article.html", "jsonld-only.html", "broken.html", "rss2.xml", "atom.xml", "feed.json",
                      "claims.jsonl", "claims.csv"])
    func everyCutOfEveryKindEndsInReportsOrOneLineError(name: String) throws {
        let data = try IntakeFixtures.data(name)
        for length in stride(from: 0, through: data.count, by: 23) {
            do {
                _ = try Intake.reports(in: data.prefix(length), uri: name)
            } catch {
                #expect(!error.description.contains("\n"), "\(name) cut at \(length): \(error)")
                #expect(error.input == name)
            }
        }
    }

    @Test func readsFixturesByPath() throws {
        let reports = try Intake.reports(atPath: IntakeFixtures.path("atom.xml"))
        #expect(reports.count == 3)
        #expect(reports[0].uri == IntakeFixtures.path("atom.xml") + "#tag:riverside.example,2025:floods-1")
    }

    /// Long text files with front matter have their body read straight into the report's text:
    /// every file still reads as its bytes do, whatever its body holds or wherever its header ends.
    @Test func longFilesReadAsTheirBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figures-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = Array("Officials said nearly 300 people were killed in the attack on Tuesday.\r\n".utf8)
        let body: [UInt8] = Array(Array(repeating: line, count: 1200).joined()) + [0x00, 0xFF, 0xC3, 0x0A, 0xE2, 0x80, 0x0A, 0xC3]
        let files: [String: [UInt8]] = [
            "front.md": Array("\u{FEFF}---\ntitle: A long report\npublished: 2025-03-06\n---\n".utf8) + body,
            "long-header.md": Array("---\ntitle: A long header\n".utf8) + Array(repeating: 0x23, count: 70_000)
                + Array("\n---\n".utf8) + body,
            "unclosed.md": Array("---\ntitle: Never closed\n".utf8) + body,
            "plain.txt": body,
        ]
        for (name, bytes) in files {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try Intake.reports(atPath: path) == Intake.reports(in: Data(bytes), uri: path), "\(name)")
            #expect(intakeError { try Intake.reports(atPath: path, sizeLimit: 70_000) } == .tooLarge(path, 70_000))
        }
    }

    @Test func fileOverTheLimitIsRefused() {
        let path = IntakeFixtures.path("article.html")
        #expect(intakeError { try Intake.reports(atPath: path, sizeLimit: 1000) } == .tooLarge(path, 1000))
        #expect(IntakeError.tooLarge(path, 1000).description == "\(path): larger than the 1000-byte limit")
        #expect(IntakeError.tooLarge(path, 64 * 1_048_576).description == "\(path): larger than the 64 MB limit")
    }
}

@Suite struct FolderTests {
    @Test func listsFilesRecursivelySortedWithoutHiddenOnes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("figures-intake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["README.md", "b.txt", "a/2025/feed.xml", "a/page.html", ".hidden", ".git/config", "a/.cache/x.txt",
                     "c/d/e/claims.jsonl"]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("loop"), withDestinationURL: root)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.txt"),
                                                   withDestinationURL: root.appendingPathComponent("b.txt"))
        let base = root.path
        #expect(Intake.files(under: base) == [
            "\(base)/README.md", "\(base)/a/2025/feed.xml", "\(base)/a/page.html", "\(base)/b.txt",
            "\(base)/c/d/e/claims.jsonl", "\(base)/link.txt",
        ])
        #expect(Intake.files(under: base + "/") == Intake.files(under: base))
        #expect(Intake.files(under: "\(base)/b.txt") == ["\(base)/b.txt"])
        #expect(Intake.files(under: "\(base)/missing") == [])
    }
}
