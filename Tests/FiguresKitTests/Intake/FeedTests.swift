@testable import FiguresKit
import Foundation
import Testing

@Suite struct FeedTests {
    let feedURI = "https://example.org/world/rss"

    @Test func readsRSS2ItemsWithCDATAEntitiesAndZones() throws {
        let reports = try IntakeFixtures.reports("rss2.xml", uri: feedURI)
        try #require(reports.count == 5)
        #expect(reports.allSatisfy { $0.outlet == "Example Wire & Partners: World" })

        let first = reports[0]
        #expect(first.title == "Nearly 300 North Korean soldiers killed, Seoul says")
        #expect(first.uri == feedURI + "#example-wire-2025-0113-nk")
        #expect(first.identity == "example-wire-2025-0113-nk")
        #expect(first.published == "2025-01-13T02:30:00Z")
        #expect(first.text == """
            About 300 North Korean soldiers have been killed and another 2,700 wounded, South Korea\u{2019}s spy agency said.

            Some 11,000 troops were sent to Kursk.
            """, "content:encoded wins over the description, and its script is dropped")

        let escaped = reports[1]
        #expect(escaped.identity == "https://example.org/world/ua-estimate", "without a guid, the link names the item")
        #expect(escaped.uri == feedURI + "#https://example.org/world/ua-estimate")
        #expect(escaped.published == "2025-01-12T19:15:00Z")
        #expect(escaped.text == "Kyiv put North Korean losses at 3,000 killed or wounded.\n\nSeoul\u{2019}s figure is lower.")

        let plain = reports[2]
        #expect(plain.identity == "https://example.org/world/pentagon")
        #expect(plain.published == "2025-01-10T21:45:00Z", "EST is five hours behind UTC")
        #expect(plain.text == "The Pentagon said North Korean troops had suffered hundreds of casualties.\n\nA second paragraph of plain text.")

        #expect(reports[3].published == "2025-01-09T08:00:00Z")
        #expect(reports[3].text == "Plain CDATA text with one tag & an ampersand.")
        #expect(reports[4].published == nil, "an unreadable date is left out, not guessed")
    }

    @Test func readsRSS1() throws {
        let reports = try IntakeFixtures.reports("rss1.rdf", uri: "https://ledger.example/rss")
        try #require(reports.count == 2)
        #expect(reports.map(\.outlet) == ["The Daily Ledger", "The Daily Ledger"])
        #expect(reports[0].identity == "https://ledger.example/quake-1")
        #expect(reports[0].uri == "https://ledger.example/rss#https://ledger.example/quake-1")
        #expect(reports[0].title == "Quake kills at least 112")
        #expect(reports[0].published == "2025-03-06T08:00:00Z")
        #expect(reports[0].text == "At least 112 people have been killed in the earthquake, the governor said.")
        #expect(reports[1].published == "2025-03-07")
    }

    @Test func readsAtomWithHTMLAndXHTMLContent() throws {
        let reports = try IntakeFixtures.reports("atom.xml", uri: "https://riverside.example/atom.xml")
        try #require(reports.count == 3)
        #expect(reports.allSatisfy { $0.outlet == "Riverside Post" })
        let floods = reports[0]
        #expect(floods.title == "Floods: 1,200 homes under water")
        #expect(floods.identity == "tag:riverside.example,2025:floods-1")
        #expect(floods.published == "2025-04-02T22:05:00Z", "published comes before updated")
        #expect(floods.text == "More than 1,200 homes were flooded, the county said.\n\nAbout 300 people were evacuated.")
        #expect(reports[1].published == "2025-04-03T09:30:15Z")
        #expect(reports[1].text == "The levee held overnight.\n\nEngineers said two breaches were repaired & sealed.")
        #expect(reports[2].published == "2025-04-01T06:30:00Z")
        #expect(reports[2].text == "Three shelters opened for 450 residents.")
    }

    @Test func readsJSONFeed() throws {
        let reports = try IntakeFixtures.reports("feed.json", uri: "https://harbour.example/feed.json")
        try #require(reports.count == 3)
        #expect(reports.allSatisfy { $0.outlet == "Harbour Herald" })
        #expect(reports[0].identity == "2025-05-01-ferry")
        #expect(reports[0].uri == "https://harbour.example/feed.json#2025-05-01-ferry")
        #expect(reports[0].published == "2025-04-30T22:00:00Z")
        #expect(reports[0].text == "At least 18 people are missing after a ferry capsized, the coast guard said.\n\nAnother 40 were rescued.")
        #expect(reports[1].identity == "42", "a numeric id is still an id")
        #expect(reports[1].published == "2025-05-02T01:00:00Z")
        #expect(reports[1].text == "Divers searched overnight.\n\nThe coast guard said 12 remain missing.")
        #expect(reports[2].identity == "https://harbour.example/brief")
        #expect(reports[2].title == nil)
        #expect(reports[2].published == "2025-05-03")
        #expect(reports[2].text == "A brief & nothing more.")
    }

    @Test func itemsWithoutGuidOrLinkGetAStableName() throws {
        let feed = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><description>First 10 killed.</description></item>
            <item><title>Two</title><description>Then 20 killed.</description></item>
            </channel></rss>
            """
        let first = try Intake.reports(in: Data(feed.utf8), uri: "f.xml")
        let again = try Intake.reports(in: Data(feed.replacingOccurrences(of: "<channel><title>T</title>",
                                                                         with: "<channel><title>T</title><item><title>New</title><description>x</description></item>").utf8),
                                       uri: "f.xml")
        #expect(first.count == 2)
        #expect(first[0].uri != first[1].uri)
        #expect(again.map(\.uri).suffix(2) == first.map(\.uri)[...], "a new item at the top renames nothing")
        #expect(first.allSatisfy { $0.identity == nil })
    }

    @Test func prefersTheFeedsOwnElementsOverExtensions() throws {
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"
                 xmlns:content="http://purl.org/rss/1.0/modules/contents">
            <item><media:title>Photo: rubble</media:title><title>Toll rises to 140</title>
            <atom:link rel="related" href="https://example.org/related"/><link>https://example.org/toll</link>
            <media:content url="https://example.org/a.jpg"/>
            <content:encoded>&lt;p&gt;The toll rose to 140.&lt;/p&gt;</content:encoded></item>
            </rss>
            """
        let report = try #require(try Intake.reports(in: Data(feed.utf8), uri: "f.xml").first)
        #expect(report.title == "Toll rises to 140")
        #expect(report.identity == "https://example.org/toll")
        #expect(report.text == "The toll rose to 140.", "content:encoded is found even under a misspelt namespace")
        #expect(report.outlet == nil, "items beside a missing channel are still read")
    }

    @Test func readsRSS091WithItsDoctypeAndHTMLEntities() throws {
        let feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; Gazette</title>
            <item><title>Caf&eacute; fire</title><link>https://gazette.example/fire</link>
            <description>Two people were hurt&nbsp;&mdash; firefighters said.</description></item>
            </channel></rss>
            """
        let report = try #require(try Intake.reports(in: Data(feed.utf8), uri: "old.rss").first)
        #expect(report.outlet == "Caf\u{E9} Gazette")
        #expect(report.title == "Caf\u{E9} fire")
        #expect(report.text == "Two people were hurt \u{2014} firefighters said.")
    }

    @Test func unknownEntityIsOneError() {
        let feed = "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>A &bogus; entity</title></item></channel></rss>"
        let error = intakeError { try Intake.reports(in: Data(feed.utf8), uri: "bad.xml") }
        #expect(error == .malformed("bad.xml", "malformed XML at line 2: an entity that XML does not define, or a bare '&' (write &amp;); a feed must be well-formed XML"))
    }

    @Test func truncatedFeedIsOneError() throws {
        let error = try #require(intakeError { try IntakeFixtures.reports("truncated.xml") })
        guard case let .malformed(input, reason) = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
        #expect(input == "truncated.xml")
        #expect(reason == "malformed XML at line 12: the document ends before its elements do (a truncated download?); a feed must be well-formed XML")
        #expect(!error.description.contains("\n"))
    }

    @Test func malformedFeedNamesTheLine() throws {
        let error = try #require(intakeError { try IntakeFixtures.reports("malformed.xml") })
        guard case let .malformed(_, reason) = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
        #expect(reason == "malformed XML at line 5: an element is closed by the wrong end tag; a feed must be well-formed XML")
        #expect(!error.description.contains("\n"))
    }

    @Test func feedsCutAtEveryPointFailCleanly() throws {
        // Wherever a download stops, the answer is a one-line error or (when the cut falls
        // after the root element closes) the whole feed: never a crash, never a partial list.
        let data = try IntakeFixtures.data("rss1.rdf")
        for length in stride(from: 1, to: data.count, by: 37) {
            do {
                let reports = try Intake.reports(in: data.prefix(length), uri: "cut.rdf")
                #expect(reports.isEmpty || reports.count == 2, "cut at \(length)")
            } catch {
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func xmlThatIsNotAFeedIsUnsupported() {
        let error = intakeError {
            try Intake.reports(in: Data("<?xml version=\"1.0\"?><note><to>Ann</to></note>".utf8), uri: "note.xml")
        }
        #expect(error == .unsupported("note.xml", "an XML document whose root is <note>, not an RSS, RDF or Atom feed"))
    }

    @Test func brokenJSONFeedIsOneError() {
        let error = intakeError {
            try Intake.reports(in: Data(#"{"version": "https://jsonfeed.org/version/1.1", "title": "X", "items": [{"id": "#.utf8), uri: "feed.json")
        }
        #expect(error == .malformed("feed.json", "not valid JSON, so not a JSON Feed; check that the download is complete"))
    }
}
