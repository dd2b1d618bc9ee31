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
        case let .tooLarge(input, limit): "\(input): larger than the \(IntakeError.size(limit)) limit"
        case let .binary(input): "\(input): a binary file, not a report"
        case let .unsupported(input, reason): "\(input): \(reason)"
        case let .fetch(input, reason): "\(input): \(reason)"
        }
    }

    /// "64 MB", "512 KB", "1000-byte": a limit as a person would write it.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes)-byte"
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
