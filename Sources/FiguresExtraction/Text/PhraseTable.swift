/// Phrases of one or more words, looked up by their token hashes, longest match first.
///
/// The phrases form a trie of word hashes: a lookup follows the text one word a step and
/// stops at the first word no phrase continues with, so that a table with hundreds of
/// phrases on one first word ("in the past week", "in the last 24 hours", ...) costs a
/// lookup per word of the text it matches, not a comparison per phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Each node's value, when a phrase ends there; node 0 is the root (no word yet).
    private var values: [Value?] = [nil]
    private var edges = Edges()
    /// The words that go on from each node, as bits (`WordBits`): a word whose bit is clear
    /// goes on from no phrase there, and costs no probe of `edges`, which is large and
    /// seldom in cache. Node 0 has more bits, for it has the most words after it.
    private var rootWords = WordBits(count: 4096)
    private var nextWords: [UInt64] = [0]
    /// The first word of every phrase, for the tokenizer's start bits.
    private(set) var firstWords: [UInt64] = []
    private(set) var longest = 0
    /// The table's bit in tokens' `starts` (built-in tables); empty for tables made at run
    /// time, which are always looked up.
    private(set) var bit: PhraseBits = []

    init(bit: PhraseBits = []) { self.bit = bit }

    init(_ phrases: [(String, Value)], bit: PhraseBits = []) {
        for (phrase, value) in phrases { add(phrase, value) }
        self.bit = bit
    }

    init(_ phrases: [String], value: Value, bit: PhraseBits = []) {
        for phrase in phrases { add(phrase, value) }
        self.bit = bit
    }

    /// The same table, as the built-in table with this bit.
    func marked(_ bit: PhraseBits) -> PhraseTable {
        var copy = self
        copy.bit = bit
        return copy
    }

    /// Adds `phrase`; a phrase added again keeps its first value.
    mutating func add(_ phrase: String, _ value: Value) {
        add(words: Hashing.phrase(phrase), value)
    }

    mutating func add(words: [UInt64], _ value: Value) {
        guard !words.isEmpty else { return }
        bit = []  // a table changed after it was built is no longer the built-in one
        var node: Int32 = 0
        for word in words {
            if let child = edges.child(of: node, word) {
                node = child
                continue
            }
            let child = Int32(values.count)
            values.append(nil)
            nextWords.append(0)
            edges.insert(parent: node, word, child: child)
            if node == 0 {
                firstWords.append(word)
                rootWords.insert(word)
            } else {
                nextWords[Int(node)] |= WordBits.bit(word)
            }
            node = child
        }
        if values[Int(node)] == nil { values[Int(node)] = value }
        longest = max(longest, words.count)
    }

    /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
    @inline(__always)
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count, bit.isEmpty || tokens[index].starts.contains(bit) else { return nil }
        return walk(tokens, from: index, end: min(limit ?? tokens.count, tokens.count))
    }

    /// The trie walk behind `match`, once the start bit let the word through.
    /// It keeps the best node, not its value, so that a value (a string, some of them) is
    /// copied once, not at every shorter phrase on the way.
    private func walk(_ tokens: [Token], from index: Int, end: Int) -> (length: Int, value: Value)? {
        var bestNode = 0
        var bestEnd = index
        var node: Int32 = 0
        var i = index
        while i < end, mayGoOn(from: node, with: tokens[i].hash), let child = edges.child(of: node, tokens[i].hash) {
            node = child
            i += 1
            if values[Int(node)] != nil {
                bestNode = Int(node)
                bestEnd = i
            }
        }
        guard bestNode != 0, let value = values[bestNode] else { return nil }
        return (bestEnd - index, value)
    }

    @inline(__always)
    private func mayGoOn(from node: Int32, with word: UInt64) -> Bool {
        node == 0 ? rootWords.contains(word) : nextWords[Int(node)] & WordBits.bit(word) != 0
    }

    /// The longest phrase that ends just before `tokens[end]` and starts at or after `floor`.
    func match(_ tokens: [Token], endingBefore end: Int, floor: Int = 0) -> (start: Int, value: Value)? {
        var start = max(floor, end - longest)
        while start < end {
            if let found = match(tokens, at: start, limit: end), start + found.length == end {
                return (start, found.value)
            }
            start += 1
        }
        return nil
    }

    func contains(_ tokens: [Token], at index: Int) -> Bool { match(tokens, at: index) != nil }
}

/// A filter of word hashes by their top bits: a word not inserted is mostly not contained.
private struct WordBits: Sendable {
    private var words: [UInt64]
    private let shift: UInt64

    /// `count` bits, a power of two from 64 up.
    init(count: Int) {
        words = Array(repeating: 0, count: count / 64)
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    /// A word's bit among 64: its hash's top six bits, the best mixed.
    @inline(__always)
    static func bit(_ word: UInt64) -> UInt64 { 1 << (word >> 58) }

    mutating func insert(_ word: UInt64) {
        let index = Int(word >> shift)
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    @inline(__always)
    func contains(_ word: UInt64) -> Bool {
        let index = Int(word >> shift)
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }
}

/// The trie's edges, (parent node, word hash) → child node, in one open-addressing table.
/// Each slot holds all three, so that a probe reads one cache line, not three.
private struct Edges: Sendable {
    private struct Slot: Sendable {
        var word: UInt64 = 0
        /// -1: the slot is empty.
        var parent: Int32 = -1
        var child: Int32 = 0
    }

    private var slots = Array(repeating: Slot(), count: 16)
    private var count = 0

    @inline(__always)
    private static func slot(_ parent: Int32, _ word: UInt64, _ mask: Int) -> Int {
        let key = word ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)
        return Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    @inline(__always)
    func child(of parent: Int32, _ word: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Edges.slot(parent, word, mask)
        while slots[slot].parent >= 0 {
            if slots[slot].word == word, slots[slot].parent == parent { return slots[slot].child }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(parent: Int32, _ word: UInt64, child: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Edges.slot(parent, word, mask)
        while slots[slot].parent >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(word: word, parent: parent, child: child)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        count = 0
        for slot in old where slot.parent >= 0 {
            insert(parent: slot.parent, slot.word, child: slot.child)
        }
    }
}
