import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes one report.
enum Feed {
    /// The reports that the feed in `data` holds, read from `uri`.
    static func reports(from data: Data, uri: String) throws(IntakeError) -> [Report] {
        let root = try FeedElement.parse(data, uri: uri)
        switch root.name {
        case "rss":
            // RSS 0.9x and some generators put items beside the channel rather than in it.
            let channel = root.child("channel")
            let items = (channel?.children("item") ?? []) + root.children("item")
            return items.map { rssItem($0, outlet: channel?.text("title"), feedURI: uri) }
        case "RDF":
            let channel = root.child("channel")
            let items = root.children("item") + (channel?.children("item") ?? [])
            return items.map { rssItem($0, outlet: channel?.text("title"), feedURI: uri) }
        case "feed":
            let outlet = root.child("title").map(readable)
            return root.children("entry").map { atomEntry($0, outlet: outlet, feedURI: uri) }
        default:
            throw .unsupported(uri, "an XML document whose root is <\(root.qualifiedName)>, not an RSS, RDF or Atom feed")
        }
    }

    private static func rssItem(_ item: FeedElement, outlet: String?, feedURI: String) -> Report {
        let title = item.child("title").map(readable)
        // content:encoded by its local name: feeds misspell its namespace often enough.
        let body = [item.child("encoded"), item.child("content"),
                    item.child("description"), item.child("summary")]
            .lazy.compactMap { $0 }.first { !$0.allText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let link = item.children("link").lazy.compactMap { element -> String? in
            let text = element.allText.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? element.attributes["href"] : text
        }.first
        let guid = nonEmpty(item.text("guid")) ?? nonEmpty(item.attributes["about"])
            ?? nonEmpty(item.text("identifier"))
        let published = ["pubDate", "date", "published", "issued", "updated", "modified"].lazy
            .compactMap { item.text($0).flatMap(PublishedTime.iso) }.first
        return report(feedURI: feedURI, identity: guid ?? link, title: title, outlet: outlet,
                      published: published, text: body.map(readable) ?? "")
    }

    private static func atomEntry(_ entry: FeedElement, outlet: String?, feedURI: String) -> Report {
        let title = entry.child("title").map(readable)
        let links = entry.children("link")
        let alternate = links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first
        let link = nonEmpty(alternate?.attributes["href"])
        let body = [entry.child("content"), entry.child("summary")].lazy.compactMap { $0 }
            .first { $0.attributes["src"] == nil && !$0.allText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let published = ["published", "updated", "issued", "modified"].lazy
            .compactMap { entry.text($0).flatMap(PublishedTime.iso) }.first
        return report(feedURI: feedURI, identity: nonEmpty(entry.text("id")) ?? link, title: title, outlet: outlet,
                      published: published, text: body.map(readable) ?? "")
    }

    /// A feed item's report. Its `uri` is the feed's with the guid (or link) as fragment;
    /// an item with neither is named by a hash of its content, which stays put as the feed grows.
    static func report(feedURI: String, identity: String?, title: String?, outlet: String?,
                       published: String?, text: String) -> Report {
        let fragment = identity ?? {
            var hasher = SHA256Lite()
            hasher.update(Array((title ?? "").utf8) + [0] + Array(text.utf8))
            return "item-" + hasher.hexDigest().prefix(16)
        }()
        return Report(uri: feedURI + "#" + fragment, title: title, outlet: nonEmpty(outlet), published: published,
                      text: text, identity: identity)
    }

    /// An element's content as text: HTML (by its `type`, or because it holds markup) through
    /// the page reader, XHTML likewise, plain text with its paragraphs kept.
    static func readable(_ element: FeedElement) -> String {
        let type = element.attributes["type"]?.lowercased()
        if type == "xhtml" || type == "application/xhtml+xml" {
            return HTMLPage.text(ofFragment: element.innerMarkup)
        }
        return readable(element.allText, isHTML: type == "html" || type == "text/html")
    }

    /// `text` as plain paragraphs: run through the HTML reader when it is (or looks like) markup.
    static func readable(_ text: String, isHTML: Bool = false) -> String {
        if isHTML || HTMLPage.looksLikeMarkup(text) { return HTMLPage.text(ofFragment: text) }
        return paragraphs(text)
    }

    /// Plain text with each paragraph's white space collapsed; paragraphs are split by lines
    /// that hold nothing but white space, and joined by one blank line.
    static func paragraphs(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                paragraphs.append(HTMLPage.collapsed(current.joined(separator: " ")))
                current = []
            } else {
                current.append(line)
            }
        }
        paragraphs.append(HTMLPage.collapsed(current.joined(separator: " ")))
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// An XML element as XMLParser read it, with text and child elements in document order.
struct FeedElement {
    enum Piece {
        case text(String)
        case element(FeedElement)
    }

    var namespace: String?
    /// The local name, without prefix.
    var name: String
    var qualifiedName: String
    /// Attributes by local name (`rdf:about` is `about`), and by qualified name as well.
    var attributes: [String: String]
    var content: [Piece] = []

    var elements: [FeedElement] {
        content.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// The first child named `name`, preferring one in this element's own namespace: an RSS
    /// item's `<title>` before a `<media:title>`, its `<link>` before an `<atom:link>`.
    func child(_ name: String) -> FeedElement? {
        let named = elements.filter { $0.name == name }
        return named.first { $0.namespace == namespace } ?? named.first
    }

    /// The children named `name`, those in this element's own namespace when there are any.
    func children(_ name: String) -> [FeedElement] {
        let named = elements.filter { $0.name == name }
        let own = named.filter { $0.namespace == namespace }
        return own.isEmpty ? named : own
    }

    /// The trimmed text of the first child named `name`; nil when absent or empty.
    func text(_ name: String) -> String? { Feed.nonEmpty(child(name)?.allText) }

    /// The text of the element and its descendants.
    var allText: String {
        content.reduce(into: "") { text, piece in
            switch piece {
            case let .text(string): text += string
            case let .element(element): text += element.allText
            }
        }
    }

    /// The content as markup again, for an Atom `xhtml` body: text escaped, elements rebuilt.
    var innerMarkup: String {
        content.reduce(into: "") { markup, piece in
            switch piece {
            case let .text(string):
                markup += FeedElement.escaped(string)
            case let .element(element):
                let attributes = element.attributes.filter { !$0.key.contains(":") }.sorted { $0.key < $1.key }
                    .map { " \($0.key)=\"\(FeedElement.escaped($0.value))\"" }.joined()
                markup += "<\(element.name)\(attributes)>\(element.innerMarkup)</\(element.name)>"
            }
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The document's root element. XMLParser's `parse()` can return true for a document cut
    /// short, so an element left open or a `parserError` counts as malformed too.
    static func parse(_ data: Data, uri: String) throws(IntakeError) -> FeedElement {
        let parser = XMLParser(data: EntityRepair.repaired(data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let succeeded = parser.parse()
        // The delegate's first error names the line; whether the parse failed is the parser's say,
        // since libxml2 also reports warnings (an entity an unread DTD may declare) that way.
        if !succeeded || parser.parserError != nil {
            let code = builder.error?.code ?? (parser.parserError as NSError?)?.code
            let line = builder.errorLine ?? parser.lineNumber
            throw .malformed(uri, "malformed XML\(line > 0 ? " at line \(line)" : ""): \(describe(code)); a feed must be well-formed XML")
        }
        guard let root = builder.root, builder.stack.isEmpty else {
            throw .malformed(uri, "the XML ends before the feed does (a truncated download?); fetch it again")
        }
        return root
    }

    /// libxml2's error numbers (`xmlParserErrors`), which XMLParser passes on as its codes on
    /// Linux; corelibs-foundation's `XMLParser.ErrorCode` cases are numbered differently, so the
    /// numbers are matched here.
    private static func describe(_ code: Int?) -> String {
        switch code {
        case nil: return "the parser stopped"
        case 5?, 77?: return "the document ends before its elements do (a truncated download?)"
        case 3?, 4?: return "the document is empty or does not start with XML"
        case 76?: return "an element is closed by the wrong end tag"
        case 26?, 27?, 23?, 89?: return "an entity that XML does not define, or a bare '&' (write &amp;)"
        case 72?, 73?, 74?, 68?: return "a tag is not written properly"
        case 33?, 34?, 39?, 40?, 41?, 42?: return "an attribute is malformed"
        case 8?, 9?: return "a character that XML does not allow"
        case 32?, 81?: return "text that is not in the encoding the document declares"
        case 45?, 63?, 47?, 57?: return "a comment, CDATA section or declaration is not closed"
        case 85?: return "the elements are not properly nested"
        case 86?: return "content after the root element ends"
        case let code?: return "not well-formed (libxml2 error \(code))"
        }
    }
}

/// Builds `FeedElement`s from XMLParser's events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [FeedElement] = []
    var root: FeedElement?
    /// The first error, and the line it was found on: the parser's own line number has moved
    /// on by the time `parse()` returns.
    var error: NSError?
    var errorLine: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard error == nil else { return }
        error = parseError as NSError
        errorLine = parser.lineNumber
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            attributes[key] = value
            if let colon = key.lastIndex(of: ":") {
                let local = String(key[key.index(after: colon)...])
                if attributes[local] == nil { attributes[local] = value }
            }
        }
        // With namespaces on, some platforms still hand over `prefix:name`.
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(FeedElement(namespace: namespaceURI.flatMap { $0.isEmpty ? nil : $0 }, name: local,
                                 qualifiedName: qName ?? elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].content.append(.element(element))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        append(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func append(_ text: String) {
        guard !stack.isEmpty else { return }
        if case let .text(previous)? = stack[stack.count - 1].content.last {
            stack[stack.count - 1].content[stack[stack.count - 1].content.count - 1] = .text(previous + text)
        } else {
            stack[stack.count - 1].content.append(.text(text))
        }
    }
}

/// Feeds often carry HTML's named entities (`&nbsp;`, `&rsquo;`) that XML does not define, and
/// one of them would fail the whole feed: outside CDATA, the common ones become numeric references.
enum EntityRepair {
    static let codes: [String: Int] = [
        "nbsp": 0xA0, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7,
        "laquo": 0xAB, "raquo": 0xBB, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "euro": 0x20AC,
        "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sect": 0xA7, "para": 0xB6, "thinsp": 0x2009,
        "ensp": 0x2002, "emsp": 0x2003, "zwnj": 0x200C, "zwj": 0x200D, "shy": 0xAD, "iexcl": 0xA1,
        "iquest": 0xBF, "eacute": 0xE9, "egrave": 0xE8, "ecirc": 0xEA, "euml": 0xEB, "aacute": 0xE1,
        "agrave": 0xE0, "acirc": 0xE2, "auml": 0xE4, "atilde": 0xE3, "aring": 0xE5, "ccedil": 0xE7,
        "iacute": 0xED, "igrave": 0xEC, "icirc": 0xEE, "iuml": 0xEF, "oacute": 0xF3, "ograve": 0xF2,
        "ocirc": 0xF4, "ouml": 0xF6, "otilde": 0xF5, "oslash": 0xF8, "uacute": 0xFA, "ugrave": 0xF9,
        "ucirc": 0xFB, "uuml": 0xFC, "ntilde": 0xF1, "szlig": 0xDF, "Eacute": 0xC9, "Auml": 0xC4,
        "Ouml": 0xD6, "Uuml": 0xDC, "Ccedil": 0xC7, "Ntilde": 0xD1,
    ]

    static func repaired(_ data: Data) -> Data {
        let bytes = Array(data)
        // Entities declared in the document's own DTD are the parser's; an external DTD is
        // never read, so its entities (RSS 0.91's Netscape DTD) need the repair too.
        guard bytes.contains(UInt8(ascii: "&")), !contains(bytes, "<!ENTITY") else { return data }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: cdataOpen) {
                let end = find(cdataClose, in: bytes, from: index + cdataOpen.count).map { $0 + cdataClose.count } ?? bytes.count
                out.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            if bytes[index] == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index <= 8,
                      (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) || (0x30...0x39).contains(bytes[end]) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ";"),
                   let code = codes[String(decoding: bytes[(index + 1)..<end], as: UTF8.self)] {
                    out.append(contentsOf: Array("&#\(code);".utf8))
                    index = end + 1
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return Data(out)
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        find(Array(text.utf8), in: Array(bytes.prefix(4096)), from: 0) != nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// JSON Feed 1 and 1.1 (jsonfeed.org): each item becomes one report.
enum JSONFeed {
    /// Whether `json` is a JSON Feed: an object whose `version` names jsonfeed.org.
    static func isFeed(_ json: Any) -> Bool {
        guard let object = json as? [String: Any], let version = object["version"] as? String else { return false }
        return version.contains("jsonfeed.org")
    }

    /// The reports that the feed `json` holds, read from `uri`.
    static func reports(from json: Any, uri: String) throws(IntakeError) -> [Report] {
        guard let feed = json as? [String: Any], isFeed(feed) else {
            throw .malformed(uri, "not a JSON Feed: expected an object with \"version\": \"https://jsonfeed.org/version/1.1\"")
        }
        guard let items = feed["items"] as? [[String: Any]] else {
            throw .malformed(uri, "JSON Feed without an \"items\" array of objects")
        }
        let outlet = feed["title"] as? String
        return items.map { item in
            func string(_ key: String) -> String? {
                if let number = item[key] as? NSNumber { return number.stringValue }
                return Feed.nonEmpty(item[key] as? String)
            }
            let text: String
            if let html = string("content_html") {
                text = HTMLPage.text(ofFragment: html)
            } else if let plain = string("content_text") {
                text = Feed.paragraphs(plain)
            } else {
                text = string("summary").map { Feed.readable($0) } ?? ""
            }
            let link = string("url") ?? string("external_url")
            let published = (string("date_published") ?? string("date_modified")).flatMap(PublishedTime.iso)
            return Feed.report(feedURI: uri, identity: string("id") ?? link, title: string("title").map { Feed.readable($0) },
                               outlet: outlet, published: published, text: text)
        }
    }
}
