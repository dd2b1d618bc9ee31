/// Phrases of one or more words, looked up by their token hashes, longest match first.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var words: [UInt64]
        var value: Value
    }

    private var building: [UInt64: [Entry]] = [:]
    /// The entries by first word, longest first, for lookups once built.
    private var groups: [[Entry]] = []
    private var byFirstWord = HashSlots<Int>([])
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

    /// The first word of every phrase, for the tokenizer's start bits.
    var firstWords: [UInt64] { groups.map { $0[0].words[0] } }

    /// Adds `phrase`; a phrase added again keeps its first value.
    mutating func add(_ phrase: String, _ value: Value) {
        add(words: Hashing.phrase(phrase), value)
    }

    mutating func add(words: [UInt64], _ value: Value) {
        guard let first = words.first else { return }
        bit = []  // a table changed after it was built is no longer the built-in one
        var entries = building[first, default: []]
        guard !entries.contains(where: { $0.words == words }) else { return }
        entries.append(Entry(words: words, value: value))
        entries.sort { $0.words.count > $1.words.count }
        building[first] = entries
        longest = max(longest, words.count)
        // Rebuilt on every add: tables are built once, before any lookup.
        groups = Array(building.values)
        byFirstWord = HashSlots(groups.enumerated().map { ($0.element[0].words[0], $0.offset) })
    }

    /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count, bit.isEmpty || tokens[index].starts.contains(bit),
              let group = byFirstWord[tokens[index].hash] else { return nil }
        let end = min(limit ?? tokens.count, tokens.count)
        for entry in groups[group] where index + entry.words.count <= end {
            var matches = true
            for (offset, word) in entry.words.enumerated().dropFirst() where tokens[index + offset].hash != word {
                matches = false
                break
            }
            if matches { return (entry.words.count, entry.value) }
        }
        return nil
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
