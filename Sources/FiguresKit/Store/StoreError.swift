/// Why the store refused: each case names the file or thing, and says what to do.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case notADatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    case isDirectory(path: String)
    case unknownClaim(id: Int64)
    case unknownAlert(id: String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path): not a figures database (not an SQLite file); name another file with --db"
        case let .cannotOpen(path, reason):
            "\(path): cannot open the database: \(reason)"
        case let .newerSchema(path):
            "\(path): made by a newer version of figures; upgrade figures to use it"
        case let .isDirectory(path):
            "\(path): is a directory; --db takes a database file"
        case let .unknownClaim(id):
            "no claim \(id); `figures history FIGURE` shows claim ids"
        case let .unknownAlert(id):
            "no alert \(id); `figures alerts` lists them"
        }
    }
}
