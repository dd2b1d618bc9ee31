/// A tracked quantity's key: dotted, group first (`casualties.killed`).
public struct FigureKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts lower-case dotted words of letters, digits and underscores; nil otherwise.
    public init?(_ text: String) {
        guard FigureKey.isWellFormed(text) else { return nil }
        rawValue = text
    }

    /// A built-in key, well formed as written: with no check to run, the keys below are
    /// constants, not globals that every comparison must first make sure are made.
    private init(builtIn rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = FigureKey(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "not a figure key: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The group: the part before the first dot.
    public var group: String { String(rawValue.prefix { $0 != "." }) }

    /// A key with no dot names a whole group (`casualties`).
    public var isGroup: Bool { !rawValue.contains(".") }

    /// Whether `self`, taken as a query, selects `key`: itself, or every key under a group.
    public func selects(_ key: FigureKey) -> Bool {
        key == self || key.rawValue.hasPrefix(rawValue + ".")
    }

    public static func < (a: FigureKey, b: FigureKey) -> Bool { a.rawValue < b.rawValue }

    /// Keys are ASCII (`isWellFormed`), so that keys of different lengths differ: the built-in
    /// keys mostly do, and the reader compares them at every number, where comparing two
    /// different keys' strings in full took about 2% of `extract`'s time.
    public static func == (a: FigureKey, b: FigureKey) -> Bool {
        a.rawValue.utf8.count == b.rawValue.utf8.count && a.rawValue == b.rawValue
    }

    private static func isWellFormed(_ text: String) -> Bool {
        var atSegmentStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"):
                atSegmentStart = false
            case UInt8(ascii: "."):
                if atSegmentStart { return false }
                atSegmentStart = true
            default:
                return false
            }
        }
        return !atSegmentStart
    }
}

extension FigureKey {
    public static let killed = FigureKey(builtIn: "casualties.killed")
    public static let wounded = FigureKey(builtIn: "casualties.wounded")
    public static let casualties = FigureKey(builtIn: "casualties.total")
    public static let captured = FigureKey(builtIn: "casualties.captured")
    public static let missing = FigureKey(builtIn: "casualties.missing")
    public static let deployed = FigureKey(builtIn: "troops.deployed")
}

/// Subjects are slugs: lower-case words joined by `-` (`north-korean-troops`).
public enum Slug {
    /// Lower-cases `text` and joins its words with `-`, dropping apostrophes and other marks.
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            // ASCII, most names' letters, without a string per letter for lower-casing it.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") || lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9") {
                    if pendingDash && !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.unicodeScalars.append(Unicode.Scalar(lower))
                } else {
                    pendingDash = true
                }
                continue
            }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Whether `text` is already a slug.
    public static func isSlug(_ text: String) -> Bool { !text.isEmpty && make(text) == text }
}
