extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `upper` when `lower` is past it. The reader's
    /// look-backs start at a floor ("the last six tokens, but not before the clause"), which can
    /// pass the index they end at when the number stands at the clause's start: "Calls to 911
    /// totalled 1.3 million", read back from "totalled", trapped before this.
    init(_ lower: Int, upTo upper: Int) {
        self = lower <= upper ? lower..<upper : upper..<upper
    }
}
