import FiguresExtraction

/// Where a stored claim came from: the report, as much as it said about itself.
public struct ReportReference: Sendable, Hashable {
    public var uri: String
    public var title: String?
    public var outlet: String?
    /// ISO 8601 date or time, as the report gave it.
    public var published: String?

    public init(uri: String, title: String? = nil, outlet: String? = nil, published: String? = nil) {
        self.uri = uri
        self.title = title
        self.outlet = outlet
        self.published = published
    }
}

/// Whether a person has checked a claim.
public enum ClaimStatus: String, Sendable, Codable, CaseIterable {
    case unchecked
    case confirmed
    /// Taken out of its series by a person; shown only with `history --all`.
    case rejected
}

/// A claim as the store keeps it: the claim, its id, its report and its review state.
public struct StoredClaim: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var claim: Claim
    /// Nil for a claim recorded by hand.
    public var report: ReportReference?
    /// When figures stored it (ISO 8601).
    public var recorded: String
    public var status: ClaimStatus
    public var statusReason: String?
    /// A total that repeated a value its series had already replaced.
    public var isStale: Bool

    public init(id: Int64, claim: Claim, report: ReportReference?, recorded: String,
                status: ClaimStatus = .unchecked, statusReason: String? = nil, isStale: Bool = false) {
        self.id = id
        self.claim = claim
        self.report = report
        self.recorded = recorded
        self.status = status
        self.statusReason = statusReason
        self.isStale = isStale
    }
}
