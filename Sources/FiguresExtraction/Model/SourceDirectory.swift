/// The known sources: canonical names and the other names reports use for them.
///
/// Lookups ignore case, a leading "the", curly versus straight apostrophes and runs of
/// spaces, because reports spell the same agency all of those ways.
public struct SourceDirectory: Sendable {
    /// A canonical source and its aliases, as the sources file lists them.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var aliases: [String]

        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }

    public private(set) var entries: [Entry] = []
    private var canonicalByKey: [String: String] = [:]

    public init(_ entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    /// Adds an entry; its names replace earlier ones that normalise the same way.
    public mutating func add(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.name == entry.name }) {
            entries[index].aliases += entry.aliases
        } else {
            entries.append(entry)
        }
        for name in [entry.name] + entry.aliases {
            let key = SourceDirectory.normalise(name)
            guard !key.isEmpty else { continue }
            canonicalByKey[key] = entry.name
        }
    }

    /// The canonical name for `name`, or nil when no alias knows it.
    public func canonicalName(for name: some StringProtocol) -> String? {
        canonicalByKey[SourceDirectory.normalise(name)]
    }

    /// Lower case, apostrophes straightened, leading "the" and outer punctuation dropped,
    /// inner spaces collapsed.
    public static func normalise(_ name: some StringProtocol) -> String {
        normaliseASCII(name) ?? normaliseScalars(name)
    }

    /// `normalise`, a Unicode scalar at a time.
    static func normaliseScalars(_ name: some StringProtocol) -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.unicodeScalars {
            if scalar == "\u{2019}" || scalar == "\u{2018}" {
                word.append("'")
            } else if scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(word); word = "" }
            } else {
                word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.first == "the" { words.removeFirst() }
        let joined = words.joined(separator: " ")
        return String(joined.drop { ",;:\"(".contains($0) }.reversed().drop { ",;:\")".contains($0) }.reversed())
    }

    /// `normalise` of a name that is ASCII throughout (all but three of the built-in names),
    /// byte by byte: lower-casing each scalar as a string of its own took some 3 ms of the
    /// 20 ms of CPU that `figures extract` spends on a short report. Nil for any other name.
    static func normaliseASCII(_ name: some StringProtocol) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            // The ASCII white space of Unicode: tab, line feed, vertical tab, form feed, return, space.
            if byte == 0x20 || byte >= 0x09 && byte <= 0x0D {
                if let last = key.last, last != 0x20 { key.append(0x20) }
            } else {
                key.append(Hashing.lower(byte))
            }
        }
        if key.last == 0x20 { key.removeLast() }
        if key.starts(with: Array("the".utf8)), key.count == 3 || key[3] == 0x20 { key.removeFirst(min(4, key.count)) }
        let leading = Array(",;:\"(".utf8), trailing = Array(",;:\")".utf8)
        let start = key.firstIndex { !leading.contains($0) } ?? key.count
        let end = key[start...].lastIndex { !trailing.contains($0) }.map { $0 + 1 } ?? start
        return String(decoding: key[start..<end], as: UTF8.self)
    }
}
