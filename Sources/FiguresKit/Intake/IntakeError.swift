/// Why an input could not be read: each case names the input and says why.
public enum IntakeError: Error, CustomStringConvertible, Equatable {
    case unreadable(String, String)
    case malformed(String, String)
    case tooLarge(String, Int)
    case binary(String)
    case unsupported(String, String)
    case fetch(String, String)

    public var description: String {
        switch self {
        case let .unreadable(input, reason): "\(input): cannot read: \(reason)"
        case let .malformed(input, reason): "\(input): \(reason)"
        case let .tooLarge(input, limit): "\(input): larger than the \(limit / 1_048_576) MB limit"
        case let .binary(input): "\(input): a binary file, not a report"
        case let .unsupported(input, reason): "\(input): \(reason)"
        case let .fetch(input, reason): "\(input): \(reason)"
        }
    }

    /// The input it names.
    public var input: String {
        switch self {
        case let .unreadable(input, _), let .malformed(input, _), let .tooLarge(input, _), let .binary(input),
             let .unsupported(input, _), let .fetch(input, _):
            input
        }
    }
}
