import Glibc

/// How a command that exits when done asks glibc for memory.
enum Memory {
    /// Serves blocks of up to 32 MB (the most glibc allows) from the heap, where freed blocks are
    /// used again, rather than mapping fresh pages for each: the arrays of a long report's
    /// extraction grow through many such blocks, and each fresh page costs a fault. The heap
    /// then keeps up to 256 MB of freed memory at its top: with a fixed threshold glibc would
    /// give back all past 128 KB at every free, and fault it in again (`numbers` ran 20% slower).
    /// Only for commands that exit when done: a daemon would rather give memory back.
    static func preferHeap() {
        // `mallopt`, `M_TRIM_THRESHOLD` (-1) and `M_MMAP_THRESHOLD` (-3) are in <malloc.h>,
        // which the Glibc module does not bring in; a null handle is glibc's RTLD_DEFAULT.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-1, 256 << 20)
        _ = mallopt(-3, 32 << 20)
    }
}
