/// An open-addressing table keyed by token hashes. The keys are FNV hashes already, so a
/// mask picks the slot; a lookup costs a few loads, where `Dictionary` would hash the hash
/// again with SipHash. Built once; read-only after.
struct HashSlots<Value: Sendable>: Sendable {
    /// A key beside its value, so that a probe reads one cache line, not one per array:
    /// the tokenizer looks up every word, and most of the table is out of L1.
    private struct Slot: Sendable {
        var key: UInt64 = 0
        /// nil: the slot is empty.
        var value: Value?
    }

    private var slots: [Slot]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(key, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = HashSlots.slot(key, mask)
        while slots[slot].value != nil, slots[slot].key != key { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, value: value)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = HashSlots.slot(key, mask)
        while true {
            // The key first: an empty slot's key (0) matches no word's hash that has a value.
            if slots[slot].key == key, let value = slots[slot].value { return value }
            if slots[slot].value == nil { return nil }
            slot = (slot + 1) & mask
        }
    }
}

/// A set of word hashes, as `HashSlots` keeps them: membership costs a mask and a load or
/// two, where `Set<UInt64>` would run SipHash over a key that is a hash already. The
/// scanners ask these sets about almost every token, and most answers are no: the keys
/// alone, eight bytes a slot, with 0 for an empty one (no word hashes to 0; a set that
/// held it would say so through `holdsZero`).
struct WordSet: Sendable {
    private let keys: [UInt64]
    private let mask: Int
    private let holdsZero: Bool

    /// The set of `words`' hashes, each hashed as tokens are (`Hashing.hash`).
    init(_ words: [String]) {
        let hashes = words.map { Hashing.hash($0) }
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        holdsZero = hashes.contains(0)
        for hash in hashes where hash != 0 {
            var slot = WordSet.slot(hash, mask)
            while keys[slot] != 0, keys[slot] != hash { slot = (slot + 1) & mask }
            keys[slot] = hash
        }
        self.keys = keys
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        var slot = WordSet.slot(hash, mask)
        while true {
            let key = keys[slot]
            if key == hash { return hash != 0 || holdsZero }
            if key == 0 { return holdsZero && hash == 0 }
            slot = (slot + 1) & mask
        }
    }

    /// The hashes in the set, in no order (for marking them in `TokenLexicon`).
    var hashes: [UInt64] { keys.filter { $0 != 0 } + (holdsZero ? [0] : []) }
}
