@testable import FiguresKit
import Foundation
import Testing

/// Fetching against a real HTTP server on 127.0.0.1, through URLSession and libcurl.
@Suite struct FetcherTests {
    @Test func fetchesABodyWithItsValidators() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        let feed = try IntakeFixtures.data("rss2.xml")
        server.route("/world/rss", .conditional(body: feed, contentType: "application/rss+xml; charset=utf-8",
                                                etag: "\"v1\"", lastModified: "Mon, 13 Jan 2025 12:00:00 GMT"))
        let url = server.url("/world/rss")
        let result = try await Fetcher().fetch(url, etag: nil, lastModified: nil)
        guard case let .fetched(data, contentType, etag, lastModified, finalURL) = result else {
            Issue.record("expected a body, got \(result)")
            return
        }
        #expect(data == feed)
        #expect(contentType == "application/rss+xml; charset=utf-8")
        #expect(etag == "\"v1\"")
        #expect(lastModified == "Mon, 13 Jan 2025 12:00:00 GMT")
        #expect(finalURL == url)
        let request = try #require(server.requests.last)
        #expect(request.headers["user-agent"] == "figures/0.1")
        #expect(request.headers["if-none-match"] == nil)

        // What came over the wire reads as the feed it is.
        let reports = try Intake.reports(in: data, uri: url.absoluteString, contentType: contentType)
        #expect(reports.count == 5)
    }

    @Test func sendsTheETagAndHearsNotModified() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed", .conditional(body: Data("<rss/>".utf8), contentType: "application/rss+xml", etag: "\"abc\"",
                                           lastModified: nil))
        let fetcher = Fetcher()
        let result = try await fetcher.fetch(server.url("/feed"), etag: "\"abc\"", lastModified: nil)
        guard case .notModified = result else {
            Issue.record("expected not modified, got \(result)")
            return
        }
        #expect(server.requests.last?.headers["if-none-match"] == "\"abc\"")

        let changed = try await fetcher.fetch(server.url("/feed"), etag: "\"old\"", lastModified: nil)
        guard case let .fetched(_, _, etag, _, _) = changed else {
            Issue.record("expected a body, got \(changed)")
            return
        }
        #expect(etag == "\"abc\"")
    }

    @Test func sendsLastModifiedAndHearsNotModified() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        let stamp = "Thu, 06 Mar 2025 10:00:00 GMT"
        server.route("/page", .conditional(body: Data("<p>x</p>".utf8), contentType: "text/html", etag: nil, lastModified: stamp))
        let result = try await Fetcher().fetch(server.url("/page"), etag: nil, lastModified: stamp)
        guard case .notModified = result else {
            Issue.record("expected not modified, got \(result)")
            return
        }
        #expect(server.requests.last?.headers["if-modified-since"] == stamp)
    }

    @Test(arguments: [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error"), (503, "HTTP 503 Service Unavailable")])
    func httpErrorsNameTheStatus(status: Int, reason: String) async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/x", .fixed(.init(status: status, contentType: "text/html", body: "<h1>oops</h1>")))
        let url = server.url("/x")
        let error = await intakeError { try await Fetcher().fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, reason))
    }

    @Test func followsRedirectsUpToTheLimit() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/r1", .redirect(to: "/r2"))
        server.route("/r2", .redirect(to: "/r3", status: 301))
        server.route("/r3", .redirect(to: server.url("/final").absoluteString, status: 307))
        server.route("/final", .fixed(.init(contentType: "text/plain", body: "arrived")))

        let result = try await Fetcher(maxRedirects: 3).fetch(server.url("/r1"), etag: nil, lastModified: nil)
        guard case let .fetched(data, _, _, _, finalURL) = result else {
            Issue.record("expected a body, got \(result)")
            return
        }
        #expect(String(decoding: data, as: UTF8.self) == "arrived")
        #expect(finalURL == server.url("/final"))

        let url = server.url("/r1")
        let error = await intakeError { try await Fetcher(maxRedirects: 2).fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, "more than 2 redirects (the last to \(server.url("/final").absoluteString)); give the final address instead"))
    }

    @Test func endlessRedirectsStop() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/loop", .redirect(to: "/loop"))
        let url = server.url("/loop")
        let error = await intakeError { try await Fetcher().fetch(url, etag: nil, lastModified: nil) }
        guard case let .fetch(_, reason)? = error else {
            Issue.record("expected a fetch error, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("more than 5 redirects"))
        #expect(server.requests.count == 6)
    }

    @Test func refusesRedirectsOutOfTheWeb() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/away", .redirect(to: "ftp://127.0.0.1/feed.xml"))
        let url = server.url("/away")
        let error = await intakeError { try await Fetcher().fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, "redirected to ftp://127.0.0.1/feed.xml, which is not http or https"))
    }

    @Test(arguments: [true, false])
    func capsTheSizeWhileReceiving(declaresLength: Bool) async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/huge", .huge(size: 8 * 1_048_576, declaresLength: declaresLength))
        let url = server.url("/huge")
        let error = await intakeError { try await Fetcher(sizeLimit: 256 * 1024).fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .tooLarge(url.absoluteString, 256 * 1024))
    }

    @Test func bodyAtTheLimitIsFine() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/exact", .huge(size: 100_000, declaresLength: false))
        let result = try await Fetcher(sizeLimit: 100_000).fetch(server.url("/exact"), etag: nil, lastModified: nil)
        guard case let .fetched(data, _, _, _, _) = result else {
            Issue.record("expected a body, got \(result)")
            return
        }
        #expect(data.count == 100_000)
    }

    @Test func unreachablePortIsAFetchError() async throws {
        let server = try TestHTTPServer()
        let url = server.url("/gone")
        server.stop()
        let error = await intakeError { try await Fetcher(timeout: 5).fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, "cannot connect (connection refused); check the address and that the server is up"))
    }

    // A hang fails through the time limit, not a timed assertion: alone this test takes 0.6 s,
    // but in the whole run the other suites' synchronous tests hold the cooperative pool, and
    // the resumed test waits for them (58 s on two idle cores, 64 s beside a fuzzer).
    @Test(.timeLimit(.minutes(10))) func silentServerTimesOut() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/silent", .silent)
        let url = server.url("/silent")
        let error = await intakeError { try await Fetcher(timeout: 0.5).fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, "timed out after 0.5 s"))
    }

    @Test func silenceAfterARedirectTimesOut() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/moved", .redirect(to: "/silent"))
        server.route("/silent", .silent)
        let url = server.url("/moved")
        let error = await intakeError { try await Fetcher(timeout: 0.5).fetch(url, etag: nil, lastModified: nil) }
        #expect(error == .fetch(url.absoluteString, "timed out after 0.5 s"))
        // The cancel that follows a redirect waits for the task to move on, or for the
        // session's own timeout (two seconds here): give it time to run while the server is up.
        try await Task.sleep(for: .milliseconds(2_200))
    }

    @Test func onlyWebSchemes() async {
        for address in ["file:///etc/passwd", "ftp://example.org/feed.xml", "gopher://example.org/"] {
            let url = URL(string: address)!
            let error = await intakeError { try await Fetcher().fetch(url, etag: nil, lastModified: nil) }
            #expect(error == .unsupported(address, "only http and https URLs can be fetched; give a local file by its path"))
        }
    }

    @Test func cancellingTheTaskEndsTheFetch() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/silent", .silent)
        let url = server.url("/silent")
        let task = Task { await intakeError { try await Fetcher(timeout: 20).fetch(url, etag: nil, lastModified: nil) } }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        #expect(await task.value == .fetch(url.absoluteString, "cancelled"))
    }
}
