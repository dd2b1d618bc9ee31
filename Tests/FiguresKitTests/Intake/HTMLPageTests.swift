@testable import FiguresKit
import Foundation
import Testing

@Suite struct HTMLPageTests {
    @Test func readsTheArticleWithoutScriptsNavigationAsidesAndFooters() throws {
        let report = try #require(try IntakeFixtures.reports("article.html").first)
        #expect(report.text == """
            About 300 North Korean soldiers have been killed and another 2,700 have been wounded fighting for \
            Russia, South Korea\u{2019}s intelligence service said on Monday.

            The National Intelligence Service (NIS) told lawmakers that the troops \u{2014} some 11,000 in all \
            \u{2014} had been deployed to the Kursk region & were suffering heavy losses.

            They were sent as cannon fodder, a lawmaker said.

            What we know

            Deployed: around 11,000

            Wounded: 2,700

            Seoul first reported the deployment in October.

            Moscow has not commented.
            """)
        for absent in ["9999", "dataLayer", "Markets", "Breaking", "50,000", "newsletter", "1,000 more", "24 bureaus",
                       "Photo", "display: none", "Markets fall"] {
            #expect(!report.text.contains(absent), "\(absent) should not be in the text")
        }
    }

    @Test func takesMetadataFromOpenGraphFirst() throws {
        let report = try #require(try IntakeFixtures.reports("article.html", uri: "saved/nk.html").first)
        #expect(report.uri == "saved/nk.html")
        #expect(report.title == "Nearly 300 North Korean soldiers killed in Russia\u{2019}s war, Seoul says")
        #expect(report.outlet == "Example Wire")
        #expect(report.published == "2025-01-13T02:30:00Z")
        #expect(report.identity == "https://example.org/world/north-korea-troops-toll")
        #expect(report.claims == nil)
    }

    @Test func fallsBackToJSONLDAndStripsTheSiteFromTheTitle() throws {
        let report = try #require(try IntakeFixtures.reports("jsonld-only.html", uri: "https://ledger.example/quake?ref=rss").first)
        #expect(report.title == "Quake toll climbs as rescuers reach mountain villages")
        #expect(report.outlet == "The Daily Ledger")
        #expect(report.published == "2025-03-06T12:45:00Z")
        #expect(report.identity == "https://ledger.example/2025/03/06/quake-toll")
        #expect(report.text == """
            Quake toll climbs as rescuers reach mountain villages

            At least 112 people have been killed in the earthquake, the regional governor said on Thursday.

            Rescuers said dozens were still missing in three villages.
            """)
    }

    @Test func readsTheTimeElementAndOpenGraphURL() throws {
        let report = try #require(try IntakeFixtures.reports("time-only.html").first)
        #expect(report.title == "Flood waters recede | Riverside Post", "no site name is known, so nothing is stripped")
        #expect(report.outlet == nil)
        #expect(report.published == "2025-04-02T22:05:00Z")
        #expect(report.identity == "https://riverside.example/floods")
        #expect(report.text == "Posted April 2\n\nMore than 1,200 homes were flooded, the county said.")
    }

    @Test func keepsADateAloneAsADate() throws {
        let report = try #require(try IntakeFixtures.reports("meta-date.html").first)
        #expect(report.published == "2025-02-20")
        #expect(report.publishedDay?.description == "2025-02-20")
        #expect(report.title == "Harvest report")
        #expect(report.text == "Farmers lost roughly 40,000 tonnes of wheat.\n\nThe ministry expects a better year.")
    }

    @Test func repairsBrokenMarkup() throws {
        let report = try #require(try IntakeFixtures.reports("broken.html").first)
        #expect(report.title == "Broken & badly nested")
        let paragraphs = report.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("First paragraph with bold and italic text"))
        #expect(paragraphs.contains("Second paragraph, 45 people were injured."))
        #expect(report.text.contains("<still> here"))
        #expect(!report.text.contains("not text"))
        // (The unclosed cells are repaired into one row.)
        #expect(paragraphs.contains("| Cell 1 | Cell 2 |"))
    }

    @Test func decodesCharsetsOtherThanUTF8() throws {
        // "Café", "Naïve café € 5" in Windows-1252: é is E9, ï is EF, € is 80.
        var page = Data("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        page.append(contentsOf: [0xE9])
        page.append(contentsOf: Array("</title></head><body><p>Na".utf8) + [0xEF] + Array("ve caf".utf8) + [0xE9, 0x20, 0x80])
        page.append(contentsOf: Array(" 5</p></body></html>".utf8))
        let report = try #require(try Intake.reports(in: page, uri: "cp1252.html").first)
        #expect(report.title == "Caf\u{E9}")
        #expect(report.text == "Na\u{EF}ve caf\u{E9} \u{20AC} 5")
    }

    @Test func stripsOnlyTheSiteName() {
        #expect(HTMLPage.strip(site: "Example Wire", from: "Toll rises | Example Wire") == "Toll rises")
        #expect(HTMLPage.strip(site: "Example Wire", from: "Toll rises \u{2013} example wire") == "Toll rises")
        #expect(HTMLPage.strip(site: "Example Wire", from: "Kyiv - Moscow talks") == "Kyiv - Moscow talks")
        #expect(HTMLPage.strip(site: nil, from: "Toll rises | Example Wire") == "Toll rises | Example Wire")
    }

    @Test func pageWithNoTextGivesAnEmptyReport() throws {
        let report = try #require(try Intake.reports(in: Data("<html><body><nav>Home</nav></body></html>".utf8), uri: "empty.html").first)
        #expect(report.text == "")
    }

    @Test func deeplyNestedMarkupDoesNotOverflowTheStack() throws {
        let depth = 5_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>12 killed</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let report = try #require(try Intake.reports(in: Data(page.utf8), uri: "deep.html").first)
        #expect(report.text.contains("12 killed"))
    }

    @Test func readsATableAsMarkdownRowsWithItsHeader() throws {
        let page = """
            <html><body><p>Casualties by province.</p>
            <table><thead><tr><th>Province</th><th>Killed</th><th>Injured</th></tr></thead>
            <tbody><tr><td>North</td><td>12</td><td><b>40</b></td></tr>
            <tr><td>South | East</td><td>7</td><td></td></tr></tbody></table>
            <table><tr><td>Deaths</td><td>473</td></tr><tr><td>Missing</td><td>96</td></tr></table>
            </body></html>
            """
        let report = try #require(try Intake.reports(in: Data(page.utf8), uri: "table.html").first)
        #expect(report.text == """
            Casualties by province.

            | Province | Killed | Injured |
            |---|---|---|
            | North | 12 | 40 |
            | South / East | 7 |   |

            | Deaths | 473 |
            | Missing | 96 |
            """)
    }
}
