@testable import BriefingServe
import BriefingSite
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Real HTTP requests against a served site on a free loopback port.
@Suite(.serialized) struct PreviewServerTests {
    /// A copy of the two-article fixture site, served until `stop()`.
    final class Served: Sendable {
        let root: URL
        let site: URL
        let port: Int
        let task: Task<Void, Error>

        init() async throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-serve-\(UUID().uuidString)")
            site = root.appendingPathComponent("site")
            let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/sites/two-articles")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtures, to: site)
            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let options = PreviewServer.Options(site: site, port: 0, log: { _ in }, onRunning: { continuation.yield($0) })
            task = Task { try await PreviewServer.run(options) }
            var iterator = ports.makeAsyncIterator()
            port = await iterator.next() ?? 0
        }

        func stop() async {
            task.cancel()
            _ = try? await task.value
            try? FileManager.default.removeItem(at: root)
        }

        func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: String) {
            let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
            var request = URLRequest(url: url)
            request.httpMethod = method
            request.cachePolicy = .reloadIgnoringLocalCacheData
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            var fields: [String: String] = [:]
            for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
            return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func servesPagesWithTheReloadScriptOnlyOnTheWire() async throws {
        let served = try await Served()
        let page = try await served.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.body.contains(ReloadScript.snippet))
        let built = try String(contentsOf: served.site.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(!built.contains("__briefing"))
        #expect(page.body.count == built.utf8.count + ReloadScript.snippet.utf8.count || page.body.utf8.count == built.utf8.count + ReloadScript.snippet.utf8.count)

        let css = try await served.get("/assets/briefing.css")
        #expect(css.status == 200 && css.headers["content-type"]?.hasPrefix("text/css") == true)
        let markdown = try await served.get("/actors/maria-lopez.md")
        #expect(markdown.headers["content-type"]?.hasPrefix("text/markdown") == true)
        let feed = try await served.get("/feed.xml")
        #expect(feed.status == 200)
        let script = try await served.get(ReloadScript.path)
        #expect(script.headers["content-type"]?.hasPrefix("text/javascript") == true)

        let head = try await served.get("/actors.html", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        let etag = try #require(page.headers["etag"])
        let again = try await served.get("/", headers: ["If-None-Match": etag])
        #expect(again.status == 304)
        await served.stop()
    }

    @Test(arguments: ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/actors/..%2f..%2fsite%2fbriefing.yml", "/nope.html", "/escape/passwd"])
    func nothingOutsideTheOutputFolder(_ path: String) async throws {
        let served = try await Served()
        try FileManager.default.createSymbolicLink(atPath: served.site.appendingPathComponent("public/escape").path, withDestinationPath: "/etc")
        let response = try await Self.rawStatus(port: served.port, path: path)
        #expect(response == 404, "\(path) answered \(response)")
        await served.stop()
    }

    @Test func anEditIsRebuiltAndAnnouncedToOpenPages() async throws {
        let served = try await Served()
        let events = Task { try await Self.readEvents(port: served.port, until: "event: reload", seconds: 20) }
        try await Task.sleep(for: .milliseconds(500))
        let article = served.site.appendingPathComponent("articles/talks-stall.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "Lopez walked out.", with: "Lopez walked out, again.").write(to: article, atomically: true, encoding: .utf8)
        let stream = try await events.value
        #expect(stream.contains("event: reload"))
        let page = try await served.get("/articles/talks-stall.html")
        #expect(page.body.contains("walked out, again."))

        // A broken edit is reported on the stream; the last good site stays served.
        let failures = Task { try await Self.readEvents(port: served.port, until: "event: failed", seconds: 20) }
        try await Task.sleep(for: .milliseconds(500))
        try text.replacingOccurrences(of: "  - maria-lopez\n", with: "  - maria-lopes\n").write(to: article, atomically: true, encoding: .utf8)
        let failed = try await failures.value
        #expect(failed.contains("unknown actor 'maria-lopes'"))
        #expect(try await served.get("/articles/talks-stall.html").status == 200)
        await served.stop()
    }

    /// A bare HTTP/1.1 request, so the path is sent exactly as written.
    static func rawStatus(port: Int, path: String) async throws -> Int {
        let text = try await exchange(port: port, request: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", until: "\r\n", seconds: 5)
        return Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func readEvents(port: Int, until marker: String, seconds: Int) async throws -> String {
        try await exchange(port: port, request: "GET \(ReloadScript.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", until: marker, seconds: seconds)
    }

    /// Sends a request on a plain socket and reads until `marker` appears or time runs out.
    static func exchange(port: Int, request: String, until marker: String, seconds: Int) async throws -> String {
        try await Task.detached {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { return "" }
            var timeout = timeval(tv_sec: 1, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            _ = request.withCString { send(fd, $0, strlen($0), 0) }
            var received = [UInt8]()
            let deadline = Date().addingTimeInterval(Double(seconds))
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count > 0 { received += buffer[0..<count] } else if count == 0 { break }
                if String(decoding: received, as: UTF8.self).contains(marker) { break }
            }
            return String(decoding: received, as: UTF8.self)
        }.value
    }
}
