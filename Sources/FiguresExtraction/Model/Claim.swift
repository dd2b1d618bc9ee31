/// One number that a report states about one figure, with where it came from.
public struct Claim: Sendable, Hashable, Codable {
    public var figure: FigureKey
    /// Whose figure it is, as a slug (`north-korean-troops`).
    public var subject: String
    public var quantity: Quantity
    public var scope: Scope
    /// When the number holds.
    public var asOf: CalendarDay
    /// The canonical name of who said it, or nil when the text names someone no alias knows.
    public var source: String?
    /// The words of the text that name the source, when it names one.
    public var sourceText: String?
    /// The sentence that states the number; nil for a claim recorded by hand.
    public var quote: String?
    /// The number's offsets in the report's text, in UTF-8 bytes; nil without a text.
    public var span: Range<Int>?

    public init(figure: FigureKey, subject: String, quantity: Quantity, scope: Scope,
                asOf: CalendarDay, source: String?, sourceText: String?, quote: String? = nil,
                span: Range<Int>? = nil) {
        self.figure = figure
        self.subject = subject
        self.quantity = quantity
        self.scope = scope
        self.asOf = asOf
        self.source = source
        self.sourceText = sourceText
        self.quote = quote
        self.span = span
    }
}
