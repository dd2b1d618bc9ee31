import FiguresExtraction
import Foundation

/// Bytes in, reports out: reads files and standard input, and tells kinds apart by content.
public enum Intake {
    /// Inputs larger than this are refused, whatever their kind.
    public static let defaultSizeLimit = 64 * 1_048_576

    /// The reports in the file at `path` (`-` is standard input).
    public static func reports(atPath path: String, sizeLimit: Int = defaultSizeLimit) throws(IntakeError) -> [Report] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > sizeLimit { throw .tooLarge("stdin", sizeLimit) }
        } else {
            data = try read(path, sizeLimit: sizeLimit)
        }
        return try reports(in: data, uri: path == "-" ? "stdin" : path)
    }

    /// The reports that `data` holds, read from `uri`: its kind is told from the content, with
    /// `contentType` (an HTTP `Content-Type`) and the name's extension deciding only what the
    /// content leaves open.
    public static func reports(in data: Data, uri: String, contentType: String? = nil) throws(IntakeError) -> [Report] {
        if looksBinary(data) { throw .binary(uri) }
        switch InputKind(of: data, contentType: contentType, name: uri) {
        case .html:
            return [try HTMLPage.report(from: data, uri: uri)]
        case .feed:
            return try Feed.reports(from: data, uri: uri)
        case .jsonFeed:
            let json: Any
            do {
                json = try JSONSerialization.jsonObject(with: data)
            } catch {
                throw .malformed(uri, "not valid JSON, so not a JSON Feed; check that the download is complete")
            }
            return try JSONFeed.reports(from: json, uri: uri)
        case .claimLines:
            return try ClaimRecords.reportsFromJSONLines(text(of: data), uri: uri)
        case .claimCSV:
            return try ClaimRecords.reportsFromCSV(text(of: data), uri: uri)
        case .text:
            return [try FrontMatter.report(from: data, uri: uri)]
        }
    }

    /// The files in `folder` and its subfolders, sorted, without hidden files and folders (their
    /// names start with a dot). A file is its own list; a missing path gives none. Symbolic links
    /// to files are listed; links to folders are not followed, so that a loop cannot trap a run.
    public static func files(under folder: String) -> [String] {
        sizedFiles(under: folder).map(\.path)
    }

    /// `files(under:)` with each file's size in bytes, read by the same look at the file.
    static func sizedFiles(under folder: String) -> [(path: String, size: Int)] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [(folder, size(of: folder))] }
        var files: [(path: String, size: Int)] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let directory = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = directory + "/" + name
                let attributes = try? manager.attributesOfItem(atPath: path)
                switch attributes?[.type] as? FileAttributeType {
                case .typeDirectory?:
                    pending.append(path)
                case .typeSymbolicLink?:
                    var target: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &target), !target.boolValue {
                        files.append((path, size(of: path)))
                    }
                case .typeRegular?:
                    files.append((path, (attributes?[.size] as? Int) ?? 0))
                default:
                    continue
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The size of the file at `path`, through a symbolic link; 0 when it cannot be read.
    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func text(of data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func read(_ path: String, sizeLimit: Int) throws(IntakeError) -> Data {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path, "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path, "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path, "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            if data.count > sizeLimit { throw IntakeError.tooLarge(path, sizeLimit) }
            return data
        } catch let error as IntakeError {
            throw error
        } catch {
            throw .unreadable(path, error.localizedDescription)
        }
    }

    /// Control bytes other than tabs and line breaks in the first 8 KB, one in ten or more:
    /// an image or an archive, not a report. A stray NUL in text is not enough.
    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        guard !sample.isEmpty else { return false }
        if sample.starts(with: [0x89, 0x50, 0x4E, 0x47]) || sample.starts(with: [0x25, 0x50, 0x44, 0x46])
            || sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) || sample.starts(with: [0x1F, 0x8B])
            || sample.starts(with: [0xFF, 0xD8, 0xFF]) || sample.starts(with: [0x7F, 0x45, 0x4C, 0x46]) {
            return true
        }
        let controls = sample.withUnsafeBytes { bytes in
            var count = 0
            for byte in bytes where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                count += 1
            }
            return count
        }
        return controls * 10 >= sample.count
    }
}

/// Extraction with the sources and words that figures knows.
public enum Extraction {
    /// The built-in sources (`data/sources.yaml`), plus `extra` from the configuration.
    public static func sources(adding extra: [SourceDirectory.Entry] = []) -> SourceDirectory {
        var directory = SourceDirectory((try? DefaultData.sources()) ?? [])
        for entry in extra { directory.add(entry) }
        return directory
    }
}
