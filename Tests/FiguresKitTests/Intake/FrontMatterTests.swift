@testable import FiguresKit
import Foundation
import Testing
import Yams

/// The plain front-matter reader must read what Yams reads, or leave the header to Yams.
@Suite struct FrontMatterTests {
    static let headers = [
        "title: Quake toll climbs\npublished: 2025-03-06\noutlet: Example Wire",
        "title: Ukraine's toll, report 12\nurl: https://news.example/world/12?x=1#top\nsubject: north-korean-troops",
        "title: Yes",
        "title: off",
        "title: 300 killed in a week",
        "title: Casualties: the latest count",
        "title: Toll rises # a comment",
        "title: Ends with a colon:",
        "published: 2025-02-30",
        "published: 2025-03-06T10:00:00Z",
        "published: 2025-03-06 10:00:00",
        "title: \"Quoted title\"",
        "title: [a, list]",
        "  title: indented",
        "title: One\ntitle: Two",
        "Title: Capital key",
        "title:",
        "date: 2024-12-31\nsource: UNICEF",
        "title: Dot. Dash - and more\r\noutlet: Wire",
    ]

    @Test(arguments: headers)
    func plainReaderAgreesWithYAML(header: String) throws {
        guard let plain = FrontMatter.plainFields(header) else { return }   // Yams reads it
        let yaml = try #require(try Yams.load(yaml: header) as? [String: Any])
        #expect(Set(plain.keys) == Set(yaml.keys), "\(header)")
        for (key, value) in yaml {
            if let date = value as? Date {
                #expect(Timestamp.string(date) == "\(plain[key]!)T00:00:00Z", "\(header)")
            } else {
                #expect("\(value)".trimmingCharacters(in: .whitespaces) == "\(plain[key]!)", "\(header)")
            }
        }
    }

    @Test func readsTheCommonHeaderWithoutYAML() {
        #expect(FrontMatter.plainFields(Self.headers[0]) != nil)
        #expect(FrontMatter.plainFields(Self.headers[1]) != nil)
        for tricky in ["title: Yes", "title: 300 killed in a week", "title: Casualties: the latest count",
                       "published: 2025-02-30", "published: 2025-03-06T10:00:00Z", "title: One\ntitle: Two"] {
            #expect(FrontMatter.plainFields(tricky) == nil, "\(tricky)")
        }
    }

    @Test func bothPathsGiveTheSameReport() throws {
        let text = "---\ntitle: Quake toll climbs\npublished: 2025-03-06\n---\nAt least 112 people have been killed.\n"
        let fast = try FrontMatter.report(from: Data(text.utf8), uri: "a.md")
        let quoted = text.replacingOccurrences(of: "title: Quake toll climbs", with: "title: 'Quake toll climbs'")
        let slow = try FrontMatter.report(from: Data(quoted.utf8), uri: "a.md")
        #expect(fast == slow)
        #expect(fast.published == "2025-03-06" && fast.title == "Quake toll climbs")
    }
}
