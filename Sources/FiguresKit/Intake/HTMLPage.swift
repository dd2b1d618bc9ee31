import Foundation

/// A web page read as a report: the article's text, and the title, outlet, time and address
/// that its meta tags, JSON-LD and `<time>` give.
enum HTMLPage {
    /// The report that the page in `data` holds, read from `uri`.
    static func report(from data: Data, uri: String) throws(IntakeError) -> Report {
        guard let tree = HTMLTree(bytes: Array(data), encoding: encoding(of: data)) else {
            throw .malformed(uri, "not an HTML page that can be parsed; check that the file is a web page")
        }
        let root = articleRoot(in: tree)
        let meta = Metadata(tree, articleRoot: root)
        let identity = meta.url.map { resolve($0, against: uri) }
        return Report(uri: uri, title: meta.title, outlet: meta.outlet, published: meta.published,
                      text: text(of: tree, from: root), identity: identity)
    }

    /// The text of an HTML fragment (a feed item's content), paragraphs split by blank lines.
    static func text(ofFragment html: String) -> String {
        guard let tree = HTMLTree(bytes: Array(html.utf8), encoding: "UTF-8") else { return "" }
        let body = tree.first("body") ?? 0
        return text(of: tree, from: body)
    }

    /// Whether `text` holds markup rather than plain words: a feed's description is often HTML
    /// escaped once more, and only markup needs the parser.
    static func looksLikeMarkup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = bytes.firstIndex(of: UInt8(ascii: "<"))
        while let open = index, open + 1 < bytes.count {
            let next = bytes[open + 1]
            if (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next) || next == UInt8(ascii: "/")
                || next == UInt8(ascii: "!") {
                if bytes[(open + 1)...].contains(UInt8(ascii: ">")) { return true }
            }
            index = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "<"))
        }
        // Entities alone (`&amp;`, `&#8217;`) also want decoding.
        var ampersand = bytes.firstIndex(of: UInt8(ascii: "&"))
        while let start = ampersand {
            var end = start + 1
            while end < bytes.count, end - start <= 10, isEntityByte(bytes[end]) { end += 1 }
            if end < bytes.count, end > start + 1, bytes[end] == UInt8(ascii: ";") { return true }
            ampersand = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "&"))
        }
        return false
    }

    private static func isEntityByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "#")
    }

    // MARK: Text

    /// Elements whose text is not the article's: code, styling, navigation, site furniture,
    /// forms, captions (they describe photos and repeat the text), and embedded media.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figcaption",
        "template", "svg", "math", "iframe", "button", "select", "textarea", "object", "embed", "canvas",
        "video", "audio", "dialog", "head", "title", "meta", "link",
    ]

    /// Elements that start and end a paragraph of their own.
    private static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "pre", "figure", "address", "hr", "br", "body", "html", "details", "summary", "center",
    ]

    /// The paragraphs under `root`, white space collapsed, separated by a blank line.
    static func text(of tree: HTMLTree, from root: Int) -> String {
        var paragraphs: [String] = []
        var pending = ""
        func flush() {
            let paragraph = collapsed(pending)
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            pending = ""
        }
        // (index, true) enters a node; (index, false) leaves a block.
        var stack: [(Int, Bool)] = [(root, true)]
        while let (index, entering) = stack.popLast() {
            let node = tree.nodes[index]
            guard entering else { flush(); continue }
            guard let name = node.name else {
                pending += node.text
                continue
            }
            if skipped.contains(name) || isHidden(node) { continue }
            if name == "table" {
                flush()
                let rows = tableRows(of: tree, from: index)
                if !rows.isEmpty { paragraphs.append(rows) }
                continue
            }
            if blocks.contains(name) {
                flush()
                stack.append((index, false))
            }
            for child in node.children.reversed() { stack.append((child, true)) }
        }
        flush()
        return paragraphs.joined(separator: "\n\n")
    }

    /// A table as Markdown rows ("| Deaths | 473 |"), so that a cell is read beside its
    /// row's label and under its column's header; a first row of header cells (`th`, or in
    /// `thead`) gets the separator line that marks it as the header. A table inside a cell is
    /// read as the cell's text.
    static func tableRows(of tree: HTMLTree, from table: Int) -> String {
        var rows: [(cells: [String], isHeader: Bool)] = []
        // (index, inside thead)
        var stack: [(Int, Bool)] = [(table, false)]
        while let (index, inHead) = stack.popLast() {
            let node = tree.nodes[index]
            guard let name = node.name, !skipped.contains(name), !isHidden(node) else { continue }
            if name == "tr" {
                let cells = node.children.filter { tree.nodes[$0].name == "td" || tree.nodes[$0].name == "th" }
                guard !cells.isEmpty else { continue }
                let texts = cells.map { cell in
                    collapsed(text(of: tree, from: cell)).replacingOccurrences(of: "|", with: "/")
                }
                guard texts.contains(where: { !$0.isEmpty }) else { continue }
                rows.append((texts, inHead || cells.allSatisfy { tree.nodes[$0].name == "th" }))
                continue
            }
            if index != table, name == "table" { continue }
            for child in node.children.reversed() { stack.append((child, inHead || name == "thead")) }
        }
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            lines.append("| " + row.cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
            if number == 0, row.isHeader, rows.count > 1 {
                lines.append("|" + String(repeating: "---|", count: row.cells.count))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func isHidden(_ node: HTMLTree.Node) -> Bool {
        node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true"
    }

    /// Runs of white space (no-break spaces too) made one space, with none at either end.
    static func collapsed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The element the article's text is in: the `<article>` with the most text (a page may
    /// also hold teasers in smaller ones), else `<main>`, else `<body>`.
    static func articleRoot(in tree: HTMLTree) -> Int {
        let articles = tree.all { $0.name == "article" || $0.attributes["role"] == "article" }
        let best = articles.map { ($0, text(of: tree, from: $0).utf8.count) }.max { $0.1 < $1.1 }
        if let best, best.1 > 0 { return best.0 }
        for main in tree.all({ $0.name == "main" || $0.attributes["role"] == "main" })
        where !text(of: tree, from: main).isEmpty {
            return main
        }
        return tree.first("body") ?? 0
    }

    // MARK: Metadata

    private struct Metadata {
        var title: String?
        var outlet: String?
        var published: String?
        var url: String?

        init(_ tree: HTMLTree, articleRoot: Int) {
            var metas: [String: String] = [:]
            var titleText: String?
            var canonical: String?
            var scripts: [String] = []
            var firstTime: String?
            var firstH1: String?
            tree.walk(from: 0, skipping: ["svg", "math", "template"]) { index, node in
                switch node.name {
                case "meta":
                    let key = node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"]
                    if let key, let content = node.attributes["content"], metas[key.lowercased()] == nil {
                        metas[key.lowercased()] = HTMLPage.collapsed(content)
                    }
                case "title" where titleText == nil:
                    titleText = HTMLPage.collapsed(tree.rawText(of: index))
                case "link":
                    let rels = (node.attributes["rel"] ?? "").lowercased().split(separator: " ")
                    if canonical == nil, rels.contains("canonical"), let href = node.attributes["href"], !href.isEmpty {
                        canonical = href.trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                case "script":
                    if node.attributes["type"]?.lowercased().contains("ld+json") == true {
                        scripts.append(tree.rawText(of: index))
                    }
                case "time" where firstTime == nil:
                    firstTime = node.attributes["datetime"]
                case "h1" where firstH1 == nil:
                    firstH1 = HTMLPage.collapsed(tree.rawText(of: index))
                default:
                    break
                }
            }
            let linked = LinkedData(scripts)
            func meta(_ keys: String...) -> String? {
                keys.lazy.compactMap { metas[$0] }.first { !$0.isEmpty }
            }

            outlet = meta("og:site_name") ?? linked.publisher
            if let og = meta("og:title", "twitter:title") {
                title = og
            } else if let titleText, !titleText.isEmpty {
                title = HTMLPage.strip(site: outlet, from: titleText)
            } else {
                title = linked.headline ?? firstH1.flatMap { $0.isEmpty ? nil : $0 }
            }

            // The time inside the article comes before any elsewhere: a page header may carry today's date.
            var articleTime: String?
            tree.walk(from: articleRoot, skipping: []) { _, node in
                if articleTime == nil, node.name == "time", let datetime = node.attributes["datetime"] {
                    articleTime = datetime
                }
            }
            let candidates: [String?] = [
                meta("article:published_time", "og:article:published_time", "og:published_time"),
                linked.datePublished,
                articleTime ?? firstTime,
                meta("date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
                     "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date"),
            ]
            published = candidates.lazy.compactMap { $0.flatMap(PublishedTime.iso) }.first
            url = canonical ?? meta("og:url")
        }
    }

    /// `<title>` often ends with the site's name ("Toll rises | Example Wire"): drop it when it
    /// is the site's name indeed, and keep a title that merely has a dash in it.
    static func strip(site: String?, from title: String) -> String {
        guard let site, !site.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if tail.caseInsensitiveCompare(site) == .orderedSame {
                let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                return head.isEmpty ? title : head
            }
        }
        return title
    }

    /// A canonical link may be relative; it is made absolute against the page's own URL.
    private static func resolve(_ link: String, against uri: String) -> String {
        guard let base = URL(string: uri), let scheme = base.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let url = URL(string: link, relativeTo: base) else { return link }
        return url.absoluteString
    }

    /// The charset to hand libxml2: UTF-8 unless the page declares another one (then libxml2
    /// reads the declaration) or its bytes are not UTF-8 (then the web's usual Windows-1252).
    static func encoding(of data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        if let range = head.range(of: "charset=") {
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !value.isEmpty && value != "utf-8" && value != "utf8" { return nil }
        }
        return String(data: data, encoding: .utf8) != nil ? "UTF-8" : "windows-1252"
    }
}

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about the article.
private struct LinkedData {
    var datePublished: String?
    var publisher: String?
    var headline: String?

    init(_ scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            // Some sites wrap the JSON in a commented-out CDATA section for old browsers.
            var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            for wrapper in ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] where text.hasPrefix(wrapper) {
                text = String(text.dropFirst(wrapper.count))
            }
            for wrapper in ["//]]>", "/*]]>*/", "]]>"] where text.hasSuffix(wrapper) {
                text = String(text.dropLast(wrapper.count))
            }
            guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            else { continue }
            LinkedData.collect(json, into: &objects, depth: 0)
        }
        let articles = objects.filter(LinkedData.isArticle)
        let ordered = articles + objects.filter { !LinkedData.isArticle($0) }
        datePublished = ordered.lazy.compactMap { $0["datePublished"] as? String }.first
        headline = articles.lazy.compactMap { ($0["headline"] as? String) ?? ($0["name"] as? String) }.first
        for object in ordered {
            if let name = LinkedData.name(of: object["publisher"], among: objects) {
                publisher = name
                break
            }
        }
    }

    /// Objects at the top, in arrays and in `@graph`, in document order.
    private static func collect(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        } else if let array = json as? [Any] {
            for item in array { collect(item, into: &objects, depth: depth + 1) }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    /// A publisher is a name, an object with a name, a list of those, or a reference (`@id`)
    /// to an object elsewhere in the graph.
    private static func name(of value: Any?, among objects: [[String: Any]]) -> String? {
        switch value {
        case let name as String:
            return name.isEmpty ? nil : name
        case let list as [Any]:
            return list.lazy.compactMap { name(of: $0, among: objects) }.first
        case let object as [String: Any]:
            if let name = object["name"] as? String, !name.isEmpty { return name }
            if let id = object["@id"] as? String,
               let target = objects.first(where: { ($0["@id"] as? String) == id && $0["name"] != nil }) {
                return target["name"] as? String
            }
            return nil
        default:
            return nil
        }
    }
}

extension HTMLTree {
    /// The first element named `name`, in document order.
    func first(_ name: String) -> Int? { nodes.firstIndex { $0.name == name } }

    /// Every element for which `test` holds, in document order.
    func all(_ test: (Node) -> Bool) -> [Int] { nodes.indices.filter { nodes[$0].name != nil && test(nodes[$0]) } }

    /// The text under `index`, as written (scripts' text too), without collapsing white space.
    func rawText(of index: Int) -> String {
        var out = ""
        walk(from: index, skipping: []) { _, node in
            if node.name == nil { out += node.text }
        }
        return out
    }

    /// Visits `root` and its descendants in document order, not entering elements named in `skipping`.
    func walk(from root: Int, skipping: Set<String>, _ visit: (Int, Node) -> Void) {
        var stack = [root]
        while let index = stack.popLast() {
            let node = nodes[index]
            if let name = node.name, skipping.contains(name) { continue }
            visit(index, node)
            stack.append(contentsOf: node.children.reversed())
        }
    }
}
