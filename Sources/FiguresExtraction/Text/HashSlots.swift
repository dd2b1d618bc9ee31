/// An open-addressing table keyed by token hashes. The keys are FNV hashes already, so a
/// mask picks the slot; a lookup costs a few loads, where `Dictionary` would hash the hash
/// again with SipHash. Built once; read-only after.
struct HashSlots<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(key, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = HashSlots.slot(key, mask)
        while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = HashSlots.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// A set of word hashes, as `HashSlots` keeps them: membership costs a mask and a load or
/// two, where `Set<UInt64>` would run SipHash over a key that is a hash already. The
/// scanners ask these sets about almost every token.
struct WordSet: Sendable {
    private let slots: HashSlots<Bool>

    /// The set of `words`' hashes, each hashed as tokens are (`Hashing.hash`).
    init(_ words: [String]) {
        slots = HashSlots(words.map { (Hashing.hash($0), true) })
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { slots[hash] != nil }
}
