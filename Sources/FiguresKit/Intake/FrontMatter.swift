import FiguresExtraction
import Foundation
import Yams

/// A text or Markdown report: optional front matter (`title`, `published`, `outlet`, `url`,
/// `subject`, `source`) between `---` lines, then the text.
enum FrontMatter {
    /// The report in the bytes of a text file, read from `uri`. Unknown front matter keys are
    /// ignored; a front matter that is not YAML is an error naming the reason. The body is
    /// decoded once, straight from the bytes: a long report is never copied as a string.
    static func report(from data: Data, uri: String) throws(IntakeError) -> Report {
        guard let (header, bodyStart) = split(data) else {
            return Report(uri: uri, text: Intake.text(of: data))
        }
        return try report(header: header, body: String(decoding: data[bodyStart...], as: UTF8.self), uri: uri)
    }

    /// The report of a text file whose front matter is `header` (as `split` gives it) and whose
    /// text is `body`, read from `uri`.
    static func report(header: String, body: String, uri: String) throws(IntakeError) -> Report {
        let fields: [String: Any]
        if let plain = plainFields(header) {
            fields = plain
        } else {
            do {
                fields = try (Yams.load(yaml: header) as? [String: Any]) ?? [:]
            } catch {
                throw .malformed(uri, "front matter is not YAML (\(String(describing: error).split(separator: "\n").first ?? ""))")
            }
        }
        func string(_ key: String) -> String? {
            guard let value = fields[key] else { return nil }
            if let date = value as? Date { return Timestamp.string(date) }
            let text = "\(value)".trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        var published = string("published") ?? string("date")
        if let value = fields["published"] ?? fields["date"], let date = value as? Date {
            // YAML reads `2025-03-06` as a date at midnight UTC: keep it a date.
            let iso = Timestamp.string(date)
            published = iso.hasSuffix("T00:00:00Z") ? String(iso.prefix(10)) : iso
        }
        if let published, Timestamp.date(published) == nil {
            throw .malformed(uri, "front matter published '\(published)' is not an ISO 8601 date or time")
        }
        let url = string("url")
        return Report(uri: url ?? uri, title: string("title"), outlet: string("outlet"), published: published,
                      subject: string("subject"), source: string("source"), text: body, identity: url)
    }

    /// The header's fields when every line is `key: text` whose text YAML reads as that
    /// same string, else nil (and Yams reads the header). Most reports' front matter is that
    /// plain, and a YAML parser costs more than extracting the claims of a short report.
    /// A `published` or `date` value is plain when it is a real `YYYY-MM-DD` day, which
    /// YAML would read as that day's midnight and `report` writes back as the same day.
    static func plainFields(_ header: String) -> [String: Any]? {
        var fields: [String: Any] = [:]
        let bytes = Array(header.utf8)
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy({ (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "_") }),
                  line.index(after: colon) < line.endIndex, line[line.index(after: colon)] == 0x20
            else { return nil }
            let key = String(decoding: line[..<colon], as: UTF8.self)
            var value = line[line.index(after: colon)...].drop(while: blank)
            while let last = value.last, blank(last) { value = value.dropLast() }
            guard fields[key] == nil else { return nil }
            let text = String(decoding: value, as: UTF8.self)
            if key == "published" || key == "date" {
                guard value.count == 10, CalendarDay(iso: text)?.description == text else { return nil }
            } else {
                guard isPlainText(value) else { return nil }
            }
            fields[key] = text
        }
        return fields
    }

    /// Text that YAML reads as itself: it opens with an ASCII letter, holds no `: ` or ` #`,
    /// does not end in `:`, and is not one of the words YAML 1.1 reads as a boolean or null.
    private static func isPlainText(_ value: ArraySlice<UInt8>) -> Bool {
        guard let first = value.first, (0x61...0x7A).contains(first | 0x20), value.last != UInt8(ascii: ":") else {
            return false
        }
        for (byte, next) in zip(value, value.dropFirst()) {
            if (byte == UInt8(ascii: ":") && next == 0x20) || (byte == 0x20 && next == UInt8(ascii: "#")) { return false }
        }
        guard value.count <= 5 else { return true }
        let word = String(decoding: value.map { $0 | 0x20 }, as: UTF8.self)
        return !["y", "n", "yes", "no", "true", "false", "on", "off", "null"].contains(word)
    }

    /// The header, and where the body starts, when the bytes open with `---` (after a byte
    /// order mark). Reads the bytes of the header lines only: a long report's body is never
    /// split into lines.
    static func split(_ data: Data) -> (header: String, bodyStart: Data.Index)? {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        /// The line from `start`, without its line break, and where the next line starts.
        func line(from start: Data.Index) -> (Range<Data.Index>, Data.Index) {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            return (start..<end, end == data.endIndex ? end : end + 1)
        }
        /// The line is `---` (or `...` when `dots`), with spaces, tabs or a CR around it.
        func isFence(_ line: Range<Data.Index>, dots: Bool) -> Bool {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            var core = data[line].drop(while: blank)
            while let last = core.last, blank(last) { core = core.dropLast() }
            return core.elementsEqual("---".utf8) || (dots && core.elementsEqual("...".utf8))
        }
        let (first, afterFirst) = line(from: index)
        guard isFence(first, dots: false) else { return nil }
        var cursor = afterFirst
        while cursor < data.endIndex {
            let (current, next) = line(from: cursor)
            if isFence(current, dots: true) {
                let header = String(decoding: data[afterFirst..<cursor], as: UTF8.self).trimmingCharacters(in: .newlines)
                return (header, next)
            }
            cursor = next
        }
        return nil
    }
}
