// A small HTTP/1.1 server on 127.0.0.1 for tests: real sockets, so that the code under test
// goes through URLSession and libcurl exactly as it does against a real site. Self-contained:
// another test target can compile this file as it is.
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP server on 127.0.0.1 and a port the system picks, answering routes that a test
/// registers. One thread accepts; each connection gets its own thread and is closed after one
/// answer (`Connection: close`). Call `stop()` when done: the threads keep the server alive.
final class TestHTTPServer: @unchecked Sendable {
    /// A request as the server read it.
    struct Request: Sendable {
        var method: String
        var path: String
        /// Header names lower-cased.
        var headers: [String: String]
    }

    /// An answer.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: Data

        init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        init(status: Int = 200, contentType: String, body: String, headers: [(String, String)] = []) {
            self.init(status: status, headers: [("Content-Type", contentType)] + headers, body: Data(body.utf8))
        }
    }

    /// What a path answers.
    enum Route: Sendable {
        /// The same answer every time.
        case fixed(Response)
        /// A body with validators: `304 Not Modified` when the request's `If-None-Match` or
        /// `If-Modified-Since` matches them.
        case conditional(body: Data, contentType: String, etag: String?, lastModified: String?)
        /// A redirect to `location` (a path on this server or a full URL).
        case redirect(to: String, status: Int = 302)
        /// Reads the request and never answers: for timeouts.
        case silent
        /// `size` bytes of filler, sent in chunks; with `declaresLength` false the length is
        /// known only when the connection closes.
        case huge(size: Int, declaresLength: Bool)
        /// Computed from the request.
        case dynamic(@Sendable (Request) -> Response)
    }

    /// The port the system gave.
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var log: [Request] = []
    private var stopped = false
    private let stopSignal = DispatchSemaphore(value: 0)
    private let acceptorDone = DispatchSemaphore(value: 0)

    /// Starts listening; throws when no socket can be bound.
    init() throws {
        signal(SIGPIPE, SIG_IGN)
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError.socket("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket("bind/listen", code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    enum ServerError: Error {
        case socket(String, Int32)
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Registers what `path` answers (the query is part of the path).
    func route(_ path: String, _ route: Route) {
        lock.withLock { routes[path] = route }
    }

    /// The requests received so far, oldest first.
    var requests: [Request] { lock.withLock { log } }

    /// Stops accepting, releases silent connections, and waits for the accepting thread.
    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        // shutdown wakes the accept() that close() alone would leave blocked on Linux.
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for _ in 0..<64 { stopSignal.signal() }
        _ = acceptorDone.wait(timeout: .now() + 5)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        defer { acceptorDone.signal() }
        while !isStopped {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(connection) else { return }
        let route = lock.withLock { () -> Route? in
            log.append(request)
            return routes[request.path]
        }
        switch route {
        case nil:
            send(Response(status: 404, contentType: "text/plain", body: "no route for \(request.path)\n"), to: connection)
        case let .fixed(response)?:
            send(response, to: connection)
        case let .conditional(body, contentType, etag, lastModified)?:
            var headers = [("Content-Type", contentType)]
            if let etag { headers.append(("ETag", etag)) }
            if let lastModified { headers.append(("Last-Modified", lastModified)) }
            // RFC 9110 §13.2.2: If-None-Match, when sent, decides alone.
            let notModified: Bool
            if let tags = request.headers["if-none-match"] {
                notModified = etag != nil && tags.split(separator: ",").contains {
                    let tag = $0.trimmingCharacters(in: .whitespaces)
                    return tag == etag || tag == "*"
                }
            } else if let since = request.headers["if-modified-since"] {
                notModified = since == lastModified
            } else {
                notModified = false
            }
            if notModified {
                send(Response(status: 304, headers: headers), to: connection)
            } else {
                send(Response(status: 200, headers: headers, body: body), to: connection)
            }
        case let .redirect(location, status)?:
            send(Response(status: status, headers: [("Location", location)]), to: connection)
        case .silent?:
            _ = stopSignal.wait(timeout: .now() + 30)
        case let .huge(size, declaresLength)?:
            var head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
            if declaresLength { head += "Content-Length: \(size)\r\n" }
            head += "\r\n"
            guard write(Data(head.utf8), to: connection) else { return }
            let chunk = Data(repeating: UInt8(ascii: "x"), count: 64 * 1024)
            var sent = 0
            while sent < size, !isStopped {
                let part = chunk.prefix(min(chunk.count, size - sent))
                guard write(part, to: connection) else { return }
                sent += part.count
            }
        case let .dynamic(make)?:
            send(make(request), to: connection)
        }
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while buffer.count < 64 * 1024 {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            if buffer.count >= 4, let _ = (0...(buffer.count - 4)).first(where: { buffer[$0..<($0 + 4)].elementsEqual(end) }) {
                break
            }
        }
        let text = String(decoding: buffer, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        let parts = lines.removeFirst().split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
    }

    private func send(_ response: Response, to connection: Int32) {
        var head = "HTTP/1.1 \(response.status) \(TestHTTPServer.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        guard write(Data(head.utf8), to: connection) else { return }
        _ = write(response.body, to: connection)
    }

    /// False when the client went away (it may cancel a huge body on purpose).
    private func write(_ data: Data, to connection: Int32) -> Bool {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            let written = bytes[offset...].withUnsafeBytes { sendBytes(connection, $0.baseAddress, $0.count, flags) }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

/// The C `send`, which the method of the same name hides inside the class.
private func sendBytes(_ socket: Int32, _ buffer: UnsafeRawPointer?, _ length: Int, _ flags: Int32) -> Int {
    send(socket, buffer, length, flags)
}
