/// Text made safe for XML and HTML, and links made safe for `href`.
///
/// Everything a report said (quotes, titles, sources, URIs) passes through here before it
/// reaches an SVG or an HTML page, so that a report's words can never become markup or script.
public enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and the characters XML 1.0 forbids
    /// (control characters other than tab, newline and return; U+FFFE, U+FFFF) dropped:
    /// valid in element content and in quoted attribute values, of XML and HTML alike.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                guard isAllowed(scalar) else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The link target to write in `href`, or nil when `uri` must be shown as text only:
    /// only `http:`, `https:` and relative references pass, so that `javascript:`, `data:`
    /// and the like can never be followed from the page.
    public static func safeHref(_ uri: String) -> String? {
        guard !uri.isEmpty else { return nil }
        // Browsers drop whitespace and control characters from inside a scheme
        // ("java\tscript:"), so a URI holding any is not trusted as a link at all.
        for scalar in uri.unicodeScalars where scalar.value <= 0x20 || scalar.value == 0x7F {
            return nil
        }
        // "//host/path" is relative in form but leaves the page's origin.
        if uri.hasPrefix("//") || uri.hasPrefix("\\") { return nil }
        if let scheme = scheme(of: uri) {
            let lower = scheme.lowercased()
            guard lower == "http" || lower == "https" else { return nil }
            // An http(s) URI needs an authority: "http:evil" is not a web address.
            guard uri.dropFirst(scheme.count + 1).hasPrefix("//") else { return nil }
        }
        return escaped(uri)
    }

    /// The scheme of an absolute URI: letters, digits, `+`, `-`, `.` before the first `:`,
    /// when that `:` comes before any `/`, `?` or `#` (RFC 3986, section 3.1 and 4.2).
    static func scheme(of uri: String) -> Substring? {
        for (offset, character) in uri.enumerated() {
            switch character {
            case ":": return offset == 0 ? uri.prefix(0) : uri.prefix(offset)
            case "/", "?", "#": return nil
            default: continue
            }
        }
        return nil
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
