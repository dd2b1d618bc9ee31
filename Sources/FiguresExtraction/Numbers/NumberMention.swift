/// What a number in a text stands for. Only `count` can be a claim.
public enum NumberKind: String, Sendable, Codable, CaseIterable {
    case count
    case year
    case decade
    case date
    case time
    case money
    case percent
    case ordinal
    /// A share of a whole: "two-thirds", "three quarters".
    case fraction
    case duration
    case age
    case measure
    case phone
    /// A model, unit, page, street or other number that names rather than counts.
    case label
}

/// A number recognised in a text: its words, its value and bounds, and what it is.
public struct RecognisedNumber: Sendable, Hashable {
    /// The words as written, hedge included ("nearly 300").
    public var text: String
    /// Offsets in the text's UTF-8 bytes.
    public var span: Range<Int>
    public var quantity: Quantity
    public var kind: NumberKind

    public init(text: String, span: Range<Int>, quantity: Quantity, kind: NumberKind) {
        self.text = text
        self.span = span
        self.quantity = quantity
        self.kind = kind
    }
}

/// A number found among a sentence's tokens.
struct NumberMention: Sendable {
    /// The whole expression, hedge included.
    var tokens: Range<Int>
    /// The number itself, without the hedge ("300" of "nearly 300"; both ends of a range).
    var core: Range<Int>
    var quantity: Quantity
    var kind: NumberKind
    /// A vague amount ("dozens", "several").
    var isVague = false
    /// "rose from 300 to 600": the 300 that the text says came before.
    var previousValue: Double?
    /// The hedge was "some", "about" and the like, or a postfix ("or so").
    var hasHedge = false
    /// Quotes around the number alone ("killed \"hundreds\" of fighters") are in `tokens`,
    /// so that the words around read past them, but not in what was written.
    var isQuoted = false

    /// The tokens of the number as written, without the quotes around it.
    var written: Range<Int> { isQuoted ? tokens.lowerBound + 1 ..< tokens.upperBound - 1 : tokens }
}
