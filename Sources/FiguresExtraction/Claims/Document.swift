/// A report's text and what it says about itself, as extraction needs it.
public struct Document: Sendable {
    /// The text that claims are read from; offsets are UTF-8 bytes into it.
    public var text: String
    public var title: String?
    /// When the report says it was published: the default `as_of`.
    public var published: CalendarDay?
    /// Who published it: the source of claims that the text attributes to nobody.
    public var outlet: String?
    /// What the report is about (front matter `subject`), when it says so.
    public var subject: String?
    /// The report's own source (front matter `source`): wins over the outlet.
    public var source: String?

    public init(text: String, title: String? = nil, published: CalendarDay? = nil, outlet: String? = nil,
                subject: String? = nil, source: String? = nil) {
        self.text = text
        self.title = title
        self.published = published
        self.outlet = outlet
        self.subject = subject
        self.source = source
    }
}
