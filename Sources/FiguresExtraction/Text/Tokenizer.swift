/// Splits UTF-8 bytes into tokens in one pass, allocating nothing per token but its slot.
enum Tokenizer {
    /// Tokens of `bytes[range]`, appended to `tokens` (cleared first).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token],
                         classifying: Bool = true) {
        tokens.removeAll(keepingCapacity: true)
        // Prose makes about a token per five bytes: room for one per four, so appends rarely grow.
        // Rounded up to a power of two, so that a reader's buffer, made for its first chunk,
        // holds every chunk after it (none is longer than `Chunks.target`): room asked for a
        // chunk a few bytes longer than the one before made a new buffer of ten megabytes, each
        // of whose pages faulted again when first written (on the 10 MB benchmark text, 13,700
        // page faults a run before, 11,400 now).
        let room = max(range.count / 4, 1)
        tokens.reserveCapacity(1 << (Int.bitWidth - (room - 1).leadingZeroBitCount))
        // Read once, not through the global's lazy initialiser at every token.
        let lexicon = classifying ? TokenLexicon.table : nil
        // Where the last token ends when it is a word, for the possessive check.
        var lastWordEnd = -1
        var i = range.lowerBound
        let end = range.upperBound
        // A chunk's first token keeps the whitespace before the chunk as its gap, as it has in
        // the whole text ("- Deaths ..." after a blank line is no hyphen attached to a word).
        var gap: UInt8 = 0
        var back = range.lowerBound - 1
        while back >= 0, back >= range.lowerBound - 16 {
            let byte = bytes[back]
            if byte == 0x0A {
                gap = gap >= 2 ? 3 : 2
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                gap = max(gap, 1)
            } else {
                break
            }
            back -= 1
        }
        while i < end {
            let byte = bytes[i]
            // Whitespace: ASCII, NO-BREAK SPACE (C2 A0), and the U+2000 block's spaces (E2 80 80-8A, AF).
            if byte == 0x20 || byte == 0x09 {
                gap = max(gap, 1)
                i += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                if byte == 0x0A { gap = gap >= 2 ? 3 : 2 } else { gap = max(gap, 1) }
                i += 1
                continue
            }
            if byte == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                gap = max(gap, 1)
                i += 2
                continue
            }
            if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80,
               bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xAF || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                gap = max(gap, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 ? 2 : 1)
                i += 3
                continue
            }
            if byte == 0 {  // NUL bytes are noise, never part of a token
                gap = max(gap, 1)
                i += 1
                continue
            }
            let start = i
            var hash = Hashing.offset
            var kind = Token.Kind.punctuation
            var capitals = 0, lowers = 0
            if isDigit(byte) {
                kind = .digits
                while i < end {
                    let b = bytes[i]
                    if isDigit(b) {
                        hash = Hashing.step(hash, b)
                        i += 1
                    } else if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".")), i + 1 < end, isDigit(bytes[i + 1]) {
                        hash = Hashing.step(hash, b)
                        i += 1
                    } else {
                        break
                    }
                }
            } else if let stop = initialismEnd(bytes, from: i, end: end) {
                // "U.S.", "U.N.", "E.U.": one word with its periods, so that "a U.S. airstrike"
                // reads as "a Russian airstrike" does, its adjective no run of punctuation.
                kind = .word
                capitals = (stop - i) / 2
                while i < stop {
                    hash = Hashing.step(hash, Hashing.lower(bytes[i]))
                    i += 1
                }
            } else if isWordByte(byte, bytes, i, end) {
                kind = .word
                while i < end {
                    let b = bytes[i]
                    // ASCII letters first: most bytes of a word are, and none is an apostrophe.
                    if isLetter(b) {
                        // Counted without a branch: a word's letters mix cases unpredictably.
                        let isCapital = b <= 0x5A
                        capitals &+= isCapital ? 1 : 0
                        lowers &+= isCapital ? 0 : 1
                        hash = Hashing.step(hash, b | 0x20)
                        i += 1
                        continue
                    }
                    if isApostrophe(bytes, i, end) {
                        let width = b == 0x27 ? 1 : 3
                        let next = i + width
                        // "'s" ends the word: it becomes its own possessive token.
                        if next < end, bytes[next] | 0x20 == UInt8(ascii: "s"),
                           next + 1 >= end || !isWordByte(bytes[next + 1], bytes, next + 1, end) {
                            break
                        }
                        if next < end, isLetter(bytes[next]) {
                            hash = Hashing.step(hash, UInt8(ascii: "'"))
                            i = next
                            continue
                        }
                        break
                    }
                    guard isWordByte(b, bytes, i, end) else { break }
                    if b >= 0x41 && b <= 0x5A { capitals &+= 1 } else if b >= 0x61 && b <= 0x7A { lowers &+= 1 }
                    hash = Hashing.step(hash, Hashing.lower(b))
                    i += 1
                }
                if i == start { i += 1 }  // cannot happen, but never loop forever
            } else if isApostrophe(bytes, i, end) {
                let width = byte == 0x27 ? 1 : 3
                let next = i + width
                if lastWordEnd == start, next < end,
                   bytes[next] | 0x20 == UInt8(ascii: "s"),
                   next + 1 >= end || !isWordByte(bytes[next + 1], bytes, next + 1, end) {
                    kind = .possessive
                    hash = Hashing.step(Hashing.step(hash, UInt8(ascii: "'")), UInt8(ascii: "s"))
                    i = next + 1
                } else if lastWordEnd == start, start > 0, bytes[start - 1] | 0x20 == UInt8(ascii: "s"),
                          next + 1 < end, bytes[next] == 0x20, isLetter(bytes[next + 1]) {
                    // A plural's possessive, "the Philippines' Bicol region": the same token as "'s".
                    kind = .possessive
                    hash = Hashing.step(Hashing.step(hash, UInt8(ascii: "'")), UInt8(ascii: "s"))
                    i = next
                } else {
                    hash = Hashing.step(hash, UInt8(ascii: "'"))
                    i = next
                }
            } else {
                // One character of punctuation: its whole UTF-8 sequence.
                let width = sequenceLength(byte)
                let stop = min(end, i + width)
                while i < stop {
                    hash = Hashing.step(hash, bytes[i])
                    i += 1
                }
            }
            var token = Token(hash: hash, start: Int32(start), end: Int32(i), kind: kind, gap: gap, first: byte,
                              isAllCaps: capitals >= 2 && lowers == 0)
            if kind != .digits, let entry = lexicon?[hash] {
                // One lookup per token; every later question about the word reads these fields.
                if kind != .punctuation {
                    token.roles = entry.roles
                    token.number = entry.number
                } else {
                    token.roles = entry.roles.intersection(.hardBreak)
                }
                token.starts = entry.starts
            }
            tokens.append(token)
            lastWordEnd = kind == .word ? i : -1
            gap = 0
        }
    }

    /// Tokens of a whole short text (for phrases and tests).
    static func tokens(of bytes: [UInt8], classifying: Bool = true) -> [Token] {
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { tokenize($0, 0..<$0.count, into: &tokens, classifying: classifying) }
        return tokens
    }

    /// The end of an initialism that starts at `i`: two or more capitals, each followed by a
    /// period ("U.S.", "U.N.", "D.C."), and no letter after the last period. A sentence
    /// never ended after one before either (`SentenceSplitter.isAbbreviation`).
    @inline(__always)
    static func initialismEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int? {
        guard isCapital(bytes[i]), i + 3 < end, bytes[i + 1] == UInt8(ascii: "."), isCapital(bytes[i + 2]),
              bytes[i + 3] == UInt8(ascii: ".") else { return nil }
        var stop = i + 4
        while stop + 1 < end, isCapital(bytes[stop]), bytes[stop + 1] == UInt8(ascii: ".") { stop += 2 }
        if stop < end, isWordByte(bytes[stop], bytes, stop, end) || isDigit(bytes[stop]) { return nil }
        return stop
    }

    @inline(__always)
    static func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Letters, and non-ASCII bytes that are not the punctuation and spaces we know.
    @inline(__always)
    static func isWordByte(_ b: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        if b < 0x80 { return isLetter(b) }
        if b == 0xE2 { return false }  // U+2000-U+2FFF: dashes, quotes, spaces, symbols
        if b == 0xC2 { return false }  // U+0080-U+00BF: NO-BREAK SPACE, £, °, ·, «, », not letters
        if b == 0xEF { return false }  // U+F000-U+FFFF: replacement character, BOM, full-width forms
        return true
    }

    @inline(__always)
    static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = bytes[i]
        if b == 0x27 { return true }
        return b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }
}
