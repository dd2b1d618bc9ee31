import Foundation
import Yams

/// A text or Markdown report: optional front matter (`title`, `published`, `outlet`, `url`,
/// `subject`, `source`) between `---` lines, then the text.
enum FrontMatter {
    /// The report in `text`, read from `uri`. Unknown front matter keys are ignored; a front
    /// matter that is not YAML is an error naming the reason.
    static func report(from text: String, uri: String) throws(IntakeError) -> Report {
        guard let (header, body) = split(text) else {
            return Report(uri: uri, text: text)
        }
        let fields: [String: Any]
        do {
            fields = try (Yams.load(yaml: header) as? [String: Any]) ?? [:]
        } catch {
            throw .malformed(uri, "front matter is not YAML (\(String(describing: error).split(separator: "\n").first ?? ""))")
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

    /// The header and the body, when the text opens with `---`.
    static func split(_ text: String) -> (String, String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: {
            let line = $0.trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else { return nil }
        let header = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (header, body)
    }
}
