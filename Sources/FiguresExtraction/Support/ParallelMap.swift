import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `transform` of each element, computed on every core; the results in the elements' order.
package func parallelMap<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
    guard elements.count > 1 else { return elements.map(transform) }
    let results = ResultSlots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        results.set(index, transform(elements[index]))
    }
    return results.values()
}

/// Slots that concurrent iterations fill, each index by one iteration only.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    func values() -> [Value] { slots.map { $0! } }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}

/// The cores this process may run on: its CPU affinity (`taskset`, a container's cpuset),
/// which `ProcessInfo.activeProcessorCount` does not read on Linux.
public enum Cores {
    public static var available: Int {
        let online = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #if os(Linux)
        // "Cpus_allowed:\tff,ffffffff": a hexadecimal mask, one bit a core.
        if let file = fopen("/proc/self/status", "r") {
            defer { fclose(file) }
            var line = [CChar](repeating: 0, count: 4096)
            while fgets(&line, Int32(line.count), file) != nil {
                let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                guard text.hasPrefix("Cpus_allowed:") else { continue }
                let count = text.dropFirst("Cpus_allowed:".count).reduce(0) { sum, character in
                    sum + (character.hexDigitValue?.nonzeroBitCount ?? 0)
                }
                return count > 0 ? min(count, online) : online
            }
        }
        #endif
        return online
    }
}
