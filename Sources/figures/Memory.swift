import Glibc

/// How a command that exits when done asks glibc for memory.
enum Memory {
    /// Serves blocks of up to 32 MB (the most glibc allows) from the heap, where freed blocks are
    /// used again, rather than mapping fresh pages for each: the arrays of a long report's
    /// extraction grow through many such blocks, and each fresh page costs a fault. Only for
    /// commands that exit when done: a daemon would rather give memory back.
    static func preferHeap() {
        // `mallopt` and `M_MMAP_THRESHOLD` (-3) are in <malloc.h>, which the Glibc module does
        // not bring in; a null handle is glibc's RTLD_DEFAULT.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let mallopt = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(mallopt, to: Mallopt.self)(-3, 32 << 20)
    }
}
