import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a conditional GET found: nothing new, or the body and the validators to send next time.
public enum FetchResult: Sendable {
    /// The server answered 304: what was fetched last time still stands.
    case notModified
    /// The body, its type, the validators for the next fetch, and where redirects ended.
    case fetched(data: Data, contentType: String?, etag: String?, lastModified: String?, finalURL: URL)
}

/// Fetches pages and feeds over HTTP(S) with a time limit, a size cap and a redirect limit.
public struct Fetcher: Sendable {
    /// The longest a fetch may take, from the request to the last byte, in seconds.
    public var timeout: TimeInterval
    /// Bodies larger than this many bytes are refused while they arrive.
    public var sizeLimit: Int
    /// Redirects followed before the fetch gives up.
    public var maxRedirects: Int
    /// What the requests say they come from.
    public var userAgent: String

    /// A fetcher with these limits.
    public init(timeout: TimeInterval = 30, sizeLimit: Int = Intake.defaultSizeLimit, maxRedirects: Int = 5,
                userAgent: String = "figures/0.1") {
        self.timeout = timeout
        self.sizeLimit = sizeLimit
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }

    /// GETs `url`, sending `etag` and `lastModified` from the previous fetch so that an
    /// unchanged resource costs one round trip and answers `.notModified`.
    public func fetch(_ url: URL, etag: String?, lastModified: String?) async throws(IntakeError) -> FetchResult {
        let input = url.absoluteString
        guard Fetcher.isWebScheme(url) else {
            throw .unsupported(input, "only http and https URLs can be fetched; give a local file by its path")
        }
        guard url.host?.isEmpty == false else {
            throw .unsupported(input, "the URL names no host; write it as https://host/path")
        }
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8",
                         forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let configuration = URLSessionConfiguration.ephemeral
        // Our own validators decide what is new; a cache would answer for the server.
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        // URLSession's own limits are backstops only: on Linux they are whole seconds and, for
        // the request, cover the whole transfer; the deadline below is the one that counts.
        configuration.timeoutIntervalForRequest = max(1, (timeout + 1).rounded(.up))
        configuration.timeoutIntervalForResource = max(1, (timeout + 1).rounded(.up))

        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let transfer = Transfer(input: input, sizeLimit: sizeLimit, maxRedirects: maxRedirects, timeout: timeout,
                                delegateQueue: queue)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: queue)
        defer { session.finishTasksAndInvalidate() }

        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.start(session.dataTask(with: request), continuation: continuation)
            }
        } onCancel: {
            transfer.stop(.fetch(input, "cancelled"))
        }
        return try result.get()
    }

    static func isWebScheme(_ url: URL?) -> Bool {
        guard let scheme = url?.scheme?.lowercased() else { return false }
        return scheme == "http" || scheme == "https"
    }

    /// "HTTP 404 Not Found": the status as servers write it.
    static func status(_ code: Int) -> String {
        let reasons = [
            400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required",
            408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
            413: "Content Too Large", 414: "URI Too Long", 415: "Unsupported Media Type", 418: "I'm a teapot",
            421: "Misdirected Request", 422: "Unprocessable Content", 425: "Too Early", 426: "Upgrade Required",
            428: "Precondition Required", 429: "Too Many Requests", 431: "Request Header Fields Too Large",
            451: "Unavailable For Legal Reasons", 500: "Internal Server Error", 501: "Not Implemented",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
            505: "HTTP Version Not Supported", 507: "Insufficient Storage", 508: "Loop Detected",
            511: "Network Authentication Required", 300: "Multiple Choices", 301: "Moved Permanently",
            302: "Found", 303: "See Other", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
        ]
        return reasons[code].map { "HTTP \(code) \($0)" } ?? "HTTP \(code)"
    }
}

/// One fetch in flight: URLSession's delegate, which counts redirects, caps the body as it
/// arrives, keeps the deadline, and resumes the waiting caller exactly once.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    typealias Outcome = Result<FetchResult, IntakeError>

    private let input: String
    private let sizeLimit: Int
    private let maxRedirects: Int
    private let timeout: TimeInterval
    /// The session's delegate queue (serial): a cancel is decided there, after any redirect
    /// that URLSession handed us before it.
    private let delegateQueue: OperationQueue

    // Guarded by `lock`: URLSession calls from its delegate queue, cancellation and the
    // deadline from elsewhere.
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var continuation: CheckedContinuation<Outcome, Never>?
    private var body = Data()
    private var redirects = 0
    /// Where our last answer to a redirect sent the task, from that answer until the next
    /// response arrives.
    private var redirectPending: URL?
    private var failure: IntakeError?
    private var deadline: DispatchWorkItem?

    init(input: String, sizeLimit: Int, maxRedirects: Int, timeout: TimeInterval, delegateQueue: OperationQueue) {
        self.input = input
        self.sizeLimit = sizeLimit
        self.maxRedirects = maxRedirects
        self.timeout = timeout
        self.delegateQueue = delegateQueue
    }

    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<Outcome, Never>) {
        let alreadyStopped = lock.withLock { () -> Bool in
            self.task = task
            self.continuation = continuation
            return failure != nil
        }
        if alreadyStopped {
            task.cancel()
            finish(nil)
            return
        }
        let deadline = DispatchWorkItem { [weak self] in
            guard let self else { return }
            self.stop(.fetch(self.input, "timed out after \(Transfer.seconds(self.timeout))"))
        }
        lock.withLock { self.deadline = deadline }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        task.resume()
    }

    /// Ends the transfer with `error` (the first reason given wins): the caller hears at once,
    /// and the task is cancelled behind it.
    func stop(_ error: IntakeError) {
        record(error)
        let task = lock.withLock { self.task }
        finish(nil)
        guard let task else { return }
        // corelibs-foundation traps when a task is cancelled between its handing us a redirect
        // and its own handling of our answer, later on its queue. The cancel is decided on the
        // delegate queue, after any redirect handed to us before it; after a redirect, only
        // once the task has moved on to the new address, which that handling does. A task that
        // never moves on ends at the session's own timeout (a second after ours): a fixed wait
        // (a quarter of a second, then two) was not always enough on a busy machine.
        delegateQueue.addOperation { [self] in
            if let redirect = lock.withLock({ redirectPending }) {
                Transfer.cancel(task, onceAt: redirect)
            } else {
                task.cancel()
            }
        }
    }

    private static func cancel(_ task: URLSessionTask, onceAt redirect: URL) {
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            if task.state == .completed { return }
            if task.currentRequest?.url == redirect {
                task.cancel()
            } else {
                cancel(task, onceAt: redirect)
            }
        }
    }

    /// Notes why the transfer fails, without cancelling it.
    private func record(_ error: IntakeError) {
        lock.withLock {
            if failure == nil { failure = error }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let count = lock.withLock { () -> Int in
            redirects += 1
            redirectPending = request.url
            return redirects
        }
        if count > maxRedirects {
            record(.fetch(input, "more than \(maxRedirects) redirects (the last to \(request.url?.absoluteString ?? "?")); give the final address instead"))
            completionHandler(nil)
        } else if !Fetcher.isWebScheme(request.url) {
            record(.fetch(input, "redirected to \(request.url?.absoluteString ?? "an unreadable address"), which is not http or https"))
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { redirectPending = nil }
        // On Linux the disposition is ignored, so an oversized body is cancelled by hand.
        if response.expectedContentLength > Int64(sizeLimit) {
            stop(.tooLarge(input, sizeLimit))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = lock.withLock { () -> Bool in
            guard failure == nil else { return false }
            if body.count + data.count > sizeLimit { return true }
            body.append(data)
            return false
        }
        if overflow { stop(.tooLarge(input, sizeLimit)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        finish(error, response: task.response as? HTTPURLResponse, finalURL: task.currentRequest?.url)
    }

    private func finish(_ error: (any Error)?, response: HTTPURLResponse? = nil, finalURL: URL? = nil) {
        let (continuation, failure, body) = lock.withLock { () -> (CheckedContinuation<Outcome, Never>?, IntakeError?, Data) in
            let pending = self.continuation
            self.continuation = nil
            deadline?.cancel()
            deadline = nil
            return (pending, self.failure, self.body)
        }
        guard let continuation else { return }
        continuation.resume(returning: outcome(error: error, failure: failure, body: body, response: response,
                                               finalURL: finalURL))
    }

    private func outcome(error: (any Error)?, failure: IntakeError?, body: Data, response: HTTPURLResponse?,
                         finalURL: URL?) -> Outcome {
        if let failure { return .failure(failure) }
        if let error { return .failure(.fetch(input, Transfer.reason(error, timeout: timeout))) }
        guard let response else { return .failure(.fetch(input, "no HTTP response")) }
        switch response.statusCode {
        case 304:
            return .success(.notModified)
        case 200..<300:
            return .success(.fetched(data: body, contentType: response.value(forHTTPHeaderField: "Content-Type"),
                                     etag: response.value(forHTTPHeaderField: "ETag"),
                                     lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                                     finalURL: finalURL ?? response.url ?? URL(string: input)!))
        case 300..<400:
            return .failure(.fetch(input, "\(Fetcher.status(response.statusCode)) without a usable Location"))
        default:
            return .failure(.fetch(input, Fetcher.status(response.statusCode)))
        }
    }

    /// A network failure in a few words.
    static func reason(_ error: any Error, timeout: TimeInterval) -> String {
        guard let error = error as? URLError else {
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        }
        switch error.code {
        case .timedOut: return "timed out after \(seconds(timeout))"
        case .cannotConnectToHost: return "cannot connect (connection refused); check the address and that the server is up"
        case .cannotFindHost, .dnsLookupFailed: return "unknown host; check the address"
        case .notConnectedToInternet: return "no network connection"
        case .networkConnectionLost: return "the connection was lost"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "the TLS connection failed (certificate or protocol)"
        case .httpTooManyRedirects: return "too many redirects"
        case .badServerResponse: return "the server's answer is not HTTP"
        case .unsupportedURL: return "unsupported URL"
        case .cancelled: return "cancelled"
        default: return "network error \(error.code.rawValue)"
        }
    }

    static func seconds(_ interval: TimeInterval) -> String {
        interval == interval.rounded() ? "\(Int(interval)) s" : "\(interval) s"
    }
}
