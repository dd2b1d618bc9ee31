import FiguresExtraction
import Foundation

/// One document read in: a file, a page, a feed item or a JSON record, ready for extraction.
public struct Report: Sendable, Hashable {
    /// Where it came from: a file path or URL, with `#guid` for a feed item.
    public var uri: String
    public var title: String?
    public var outlet: String?
    /// When it says it was published (ISO 8601 date or time), as given.
    public var published: String?
    /// Front matter's `subject`.
    public var subject: String?
    /// Front matter's `source`.
    public var source: String?
    /// The text claims are read from; claim offsets are UTF-8 bytes into it.
    public var text: String
    /// A feed item's guid or a page's canonical URL: what makes a changed text a new version.
    public var identity: String?
    /// Claims given as data (JSON lines or CSV records), stored as they are; nil means
    /// "extract them from `text`".
    public var claims: [Claim]?

    public init(uri: String, title: String? = nil, outlet: String? = nil, published: String? = nil,
                subject: String? = nil, source: String? = nil, text: String, identity: String? = nil,
                claims: [Claim]? = nil) {
        self.uri = uri
        self.title = title
        self.outlet = outlet
        self.published = published
        self.subject = subject
        self.source = source
        self.text = text
        self.identity = identity
        self.claims = claims
    }

    /// The day it was published, when it says.
    public var publishedDay: CalendarDay? { published.flatMap { CalendarDay(iso: $0) } }

    /// What extraction reads.
    public var document: Document {
        Document(text: text, title: title, published: publishedDay, outlet: outlet, subject: subject, source: source)
    }

    /// The same content ingested twice is one report: this hash names the content.
    public var contentHash: String {
        var hasher = SHA256Lite()
        for var part in [uri, title ?? "", outlet ?? "", published ?? "", subject ?? "", source ?? "", text] {
            part.withUTF8 { hasher.update($0) }
            hasher.update([0])
        }
        // Records with the same quotes but other values are other content; reports without
        // claims hash as they always did.
        if let claims {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for claim in claims {
                hasher.update(Array((try? encoder.encode(claim)) ?? Data()))
                hasher.update([0])
            }
        }
        return hasher.hexDigest()
    }
}
