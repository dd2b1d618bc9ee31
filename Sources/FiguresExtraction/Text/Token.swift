/// One word, number or punctuation mark of a text, by its byte offsets.
///
/// Tokens carry no strings: a word is known by the hash of its lower-cased bytes, which is
/// what the lexicons are keyed by, so that scanning allocates nothing per word.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters (and non-ASCII letters), with inner apostrophes ("don't").
        case word
        /// Digits, with inner `,` and `.` between digits ("2,700", "1.5").
        case digits
        /// The possessive `'s` / `’s`, split from its word.
        case possessive
        /// Any other single character.
        case punctuation
    }

    // Laid out widest first, so that a token takes 40 bytes, not 56: a megabyte of text
    // makes some 180,000 of them.
    /// FNV-1a of the lower-cased bytes (curly apostrophes folded to `'`).
    var hash: UInt64
    /// What the lexicon says of this word, looked up once when the token is made.
    var roles: WordRoles = []
    /// The number word's value, the scale's factor, the month or weekday.
    var number: Double = 0
    var start: Int32
    var end: Int32
    /// Which of the built-in phrase tables have a phrase starting with this word.
    var starts: PhraseBits = []
    var kind: Kind
    /// Whitespace before this token: 0 none, 1 spaces, 2 a line break, 3 a blank line.
    var gap: UInt8
    /// The first byte, for quick punctuation and capital checks.
    var first: UInt8
    /// A word of two or more letters, all capitals ("NIS", "US").
    var isAllCaps: Bool = false

    var length: Int { Int(end - start) }
    var isCapitalized: Bool { first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }
    var isPunctuation: Bool { kind == .punctuation }
    /// Touches the previous token, with no space between ("F-16", "2.7k").
    var isAttached: Bool { gap == 0 }

    /// `"`, `“` or `”`.
    var isQuoteMark: Bool {
        kind == .punctuation && (hash == Words.quote || hash == Words.leftQuote || hash == Words.rightQuote)
    }

    func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && hash == Hashing.hash(character)
    }
}

/// The word hash that tokens and lexicons share.
enum Hashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The hash of one word as tokens compute it: ASCII lower-cased, `’` as `'`. Reads the
    /// bytes in place, allocating nothing: claims ask it of their people's kind.
    static func hash(_ word: some StringProtocol) -> UInt64 {
        var h = offset
        // Bytes of a curly apostrophe (E2 80 99) seen so far, held back until it is whole.
        var pending = 0
        for byte in word.utf8 {
            switch (pending, byte) {
            case (0, 0xE2), (1, 0x80):
                pending += 1
                continue
            case (2, 0x99):
                h = step(h, UInt8(ascii: "'"))
                pending = 0
                continue
            default:
                break
            }
            // A partial sequence that did not become the apostrophe: its bytes as they were.
            if pending >= 1 { h = step(h, 0xE2) }
            if pending == 2 { h = step(h, 0x80) }
            pending = 0
            if byte == 0xE2 {
                pending = 1
                continue
            }
            h = step(h, lower(byte))
        }
        if pending >= 1 { h = step(h, 0xE2) }
        if pending == 2 { h = step(h, 0x80) }
        return h
    }

    static func hash(_ scalar: Unicode.Scalar) -> UInt64 { hash(String(scalar)) }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Hashes of a phrase's words, split as the tokenizer splits them.
    static func phrase(_ text: String) -> [UInt64] {
        Tokenizer.tokens(of: Array(text.utf8), classifying: false).map(\.hash)
    }
}
