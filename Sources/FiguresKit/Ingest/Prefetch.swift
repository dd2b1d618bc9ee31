import Dispatch
import Foundation

/// Work done ahead of its consumer on another thread: `produce(i)` for chunk 0, 1, 2 ...
/// until it returns nil, at most `depth` chunks ahead of `next()`. Ingest uses it to read and
/// extract the next reports while the current ones are being written, so that the two cores
/// of a small server both work. The consumer must call `cancel()` when it is done, early or not.
final class Prefetch<Chunk: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ready: [Chunk] = []
    private var isFinished = false
    private var isCancelled = false

    init(depth: Int = 2, produce: @escaping @Sendable (Int) -> Chunk?) {
        // A `Thread` keeps its closure until the thread's TSD destructors run, after libdispatch
        // has torn down its own per-thread state (its continuation cache is freed, not cleared).
        // Whatever the closure owns last is freed there: the run's store, whose GRDB queue then
        // takes a continuation from that freed cache and corrupts the heap. So `produce` (the
        // Ingestor, its store) is held through a box that the thread empties before it returns.
        let producer = Producer(produce)
        let thread = Thread { [self] in
            defer { producer.produce = nil }
            var index = 0
            while true {
                condition.lock()
                while ready.count >= depth && !isCancelled { condition.wait() }
                let stop = isCancelled
                condition.unlock()
                if stop { break }
                let chunk = producer.produce?(index)
                index += 1
                condition.lock()
                if let chunk { ready.append(chunk) } else { isFinished = true }
                condition.broadcast()
                condition.unlock()
                if chunk == nil { break }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next chunk, waiting for it; nil once they are all taken.
    func next() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !isFinished && !isCancelled { condition.wait() }
        guard !ready.isEmpty else { return nil }
        let chunk = ready.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Stops producing after the chunk in hand (the consumer stopped early).
    func cancel() {
        condition.lock()
        isCancelled = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// `Prefetch`'s producer, owned by its thread alone.
private final class Producer<Chunk>: @unchecked Sendable {
    var produce: ((Int) -> Chunk?)?
    init(_ produce: @escaping (Int) -> Chunk?) { self.produce = produce }
}
