import Foundation

/// What an input is, told from its first bytes: names and content types lie more often than
/// content does ("feed.php" serving RSS, an article saved as "notes.txt").
enum InputKind: Equatable {
    case html
    case feed
    case jsonFeed
    case claimLines
    case claimCSV
    case text

    /// The kind of `data`. The content decides; `contentType` and the extension of `name` only
    /// settle what the content leaves open, and only where the first byte agrees with them.
    init(of data: Data, contentType: String?, name: String) {
        let bytes = InputKind.significant(data)
        if let kind = InputKind.fromContent(bytes) {
            self = kind
            return
        }
        let first = bytes.first
        for hint in [InputKind.hint(contentType: contentType), InputKind.hint(name: name)] {
            guard let hint else { continue }
            let agrees = switch hint {
            case .html, .feed: first == UInt8(ascii: "<")
            case .jsonFeed, .claimLines: first == UInt8(ascii: "{")
            case .claimCSV: InputKind.firstLine(bytes.prefix(4096)).contains(",")
            case .text: false
            }
            if agrees {
                self = hint
                return
            }
        }
        self = .text
    }

    // MARK: Content

    private static func fromContent(_ bytes: ArraySlice<UInt8>) -> InputKind? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "<") { return markup(bytes) }
        if first == UInt8(ascii: "{") {
            if let json = try? JSONSerialization.jsonObject(with: Data(bytes)), JSONFeed.isFeed(json) { return .jsonFeed }
            // A JSON Feed cut short still says what it is near the top.
            if String(decoding: bytes.prefix(512), as: UTF8.self).contains("jsonfeed.org/version") { return .jsonFeed }
            let line = firstLine(bytes)
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
               object["figure"] != nil {
                return .claimLines
            }
            return nil
        }
        // A CSV header is short: a one-line file of 60 MB is no header, and is not split to find out.
        let line = firstLine(bytes.prefix(4096))
        guard line.utf8.count < 4096 else { return nil }
        let header = line.lowercased().split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"")) }
        if header.count > 1, header.contains("figure"), header.contains("value") { return .claimCSV }
        return nil
    }

    /// Elements that open a web page (or a fragment of one) rather than a feed.
    private static let pageElements: Set<String> = [
        "html", "head", "body", "p", "div", "article", "main", "section", "meta", "title", "link", "header",
        "nav", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "span", "a", "script", "style", "base",
    ]

    /// Markup: a page or a feed, by the first element after the XML declaration, comments and
    /// the doctype. Another XML root is passed to the feed reader, which names it in its refusal.
    private static func markup(_ bytes: ArraySlice<UInt8>) -> InputKind? {
        var rest = bytes
        var isXML = false
        while rest.first == UInt8(ascii: "<") {
            let head = String(decoding: rest.prefix(16), as: UTF8.self).lowercased()
            if head.hasPrefix("<?") {
                isXML = isXML || head.hasPrefix("<?xml")
                rest = after("?>", in: rest)
            } else if head.hasPrefix("<!--") {
                rest = after("-->", in: rest)
            } else if head.hasPrefix("<!doctype") {
                let doctype = String(decoding: rest.prefix(64), as: UTF8.self).lowercased()
                if doctype.dropFirst(9).trimmingCharacters(in: .whitespaces).hasPrefix("html") { return .html }
                rest = after(">", in: rest)
            } else {
                let name = String(decoding: rest.dropFirst().prefix { byte in
                    !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
                        || byte == UInt8(ascii: "/"))
                }, as: UTF8.self)
                let local = (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
                if ["rss", "rdf", "feed"].contains(local) { return .feed }
                if pageElements.contains(local) { return .html }
                return isXML ? .feed : nil
            }
            rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        return isXML ? .feed : nil
    }

    // MARK: Hints

    private static func hint(contentType: String?) -> InputKind? {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        else { return nil }
        switch type {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml":
            return .feed
        case "application/feed+json": return .jsonFeed
        case "application/x-ndjson", "application/jsonl", "application/x-jsonlines": return .claimLines
        case "text/csv": return .claimCSV
        default: return nil
        }
    }

    private static func hint(name: String) -> InputKind? {
        var path = name
        if let url = URL(string: name), url.scheme != nil { path = url.path }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml": return .html
        case "xml", "rss", "atom", "rdf": return .feed
        case "jsonl", "ndjson": return .claimLines
        case "csv": return .claimCSV
        default: return nil
        }
    }

    // MARK: Bytes

    /// The bytes from the first that is not a byte order mark or white space. Only markup and
    /// JSON are read past their first 4 KB, so only they are copied whole: a long text is not.
    private static func significant(_ data: Data) -> ArraySlice<UInt8> {
        var start = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < data.endIndex, data[start] == 0x20 || data[start] == 0x09 || data[start] == 0x0A || data[start] == 0x0D {
            start += 1
        }
        guard start < data.endIndex else { return [] }
        if data[start] == UInt8(ascii: "<") || data[start] == UInt8(ascii: "{") { return ArraySlice(data[start...]) }
        return ArraySlice(data[start..<Swift.min(data.endIndex, start + 4096)])
    }

    private static func firstLine(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func after(_ marker: String, in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let needle = Array(marker.utf8)
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return bytes[(index + needle.count)...] }
            index += 1
        }
        return bytes[bytes.endIndex...]
    }
}
