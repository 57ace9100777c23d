import BriefingModel
import BriefingTemplates
import BriefingSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `briefing serve`: build, serve the output on loopback, rebuild on change and reload
/// the open pages. A failed rebuild leaves the last good site served and shows its
/// diagnostics in the terminal and over the page.
public enum PreviewServer {
    public struct Options: Sendable {
        public var site: URL
        public var output: URL
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        /// Where messages for the person go (the terminal).
        public var log: @Sendable (String) -> Void
        /// Called with the bound port once the server listens (port 0 picks a free one).
        public var onRunning: (@Sendable (Int) async -> Void)?

        public init(site: URL, output: URL? = nil, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = false,
                    log: @escaping @Sendable (String) -> Void, onRunning: (@Sendable (Int) async -> Void)? = nil) {
            self.site = site
            self.output = output ?? site.appendingPathComponent("public")
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.log = log
            self.onRunning = onRunning
        }
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func run(_ options: Options) async throws {
        if options.port != 0, !portIsFree(host: options.host, port: options.port) {
            throw Failure(description: "port \(options.port) on \(options.host) is in use; choose another with --port (for example --port \(options.port + 1))")
        }
        let hub = ReloadHub()
        let builds = BuildCounter()
        await rebuild(options, hub: hub, builds: builds, first: true)
        guard FileManager.default.fileExists(atPath: options.output.appendingPathComponent("index.html").path) else {
            throw Failure(description: "nothing to serve: the site has never built; fix the errors above and run again")
        }

        let router = Router()
        router.add(middleware: OutsideTheSite())
        router.add(middleware: FileMiddleware(fileProvider: PreviewFiles(root: options.output, snippet: ReloadScript.snippet),
                                              searchForIndexHtml: true)
            .withAdditionalMediaType(MediaType(type: .text, subType: "markdown", parameter: ("charset", "utf-8")), mappedToFileExtension: "md"))
        router.get(RouterPath(ReloadScript.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: ReloadScript.source)))
        }
        router.get(RouterPath(ReloadScript.eventsPath)) { _, _ in
            let stream = await hub.subscribe()
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                try await writer.write(ByteBuffer(string: ": connected\n\n"))
                                // An open page must not hold the server up at Ctrl-C.
                                try await withGracefulShutdownHandler {
                                    for await event in stream {
                                        try await writer.write(ByteBuffer(string: event.frame))
                                    }
                                } onGracefulShutdown: {
                                    Task { await hub.finishAll() }
                                }
                                try await writer.finish(nil)
                            })
        }

        var logger = Logger(label: "briefing.serve")
        logger.logLevel = .critical  // our own messages go through `log`
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "Briefing"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                options.log("Serving \(DisplayPath.relative(options.output.path)) at http://\(options.host):\(port)/ — rebuilds on change; Ctrl-C stops.")
                await options.onRunning?(port)
            },
            logger: logger)

        let watcher = SiteWatcher(folders: [options.site] + (DefaultTemplates.directory.map { [$0] } ?? []),
                                  ignored: [options.output.standardizedFileURL.path,
                                            options.site.appendingPathComponent(".briefing-cache").standardizedFileURL.path])
        let watching = Task {
            await watcher.watch { await rebuild(options, hub: hub, builds: builds, first: false) }
        }
        do {
            try await app.runService()
            // Let a rebuild under way finish, so no half-written folder is left behind.
            watching.cancel()
            await watching.value
            options.log("Stopped.")
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            watching.cancel()
            throw Failure(description: "port \(options.port) on \(options.host) is in use; choose another with --port (for example --port \(options.port + 1))")
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL || error.errnoCode == EACCES {
            watching.cancel()
            throw Failure(description: "cannot listen on \(options.host):\(options.port): \(error)")
        }
    }

    static func rebuild(_ options: Options, hub: ReloadHub, builds: BuildCounter, first: Bool) async {
        let start = ContinuousClock.now
        do {
            let report = try await SiteBuilder.build(.init(site: options.site, output: options.output, includeDrafts: options.includeDrafts))
            let total = report.pagesByKind.values.reduce(0, +)
            let elapsed = ContinuousClock.now - start
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            options.log(first ? "Built \(report.summary)" : "rebuilt \(report.rendered) of \(total) pages in \(milliseconds) ms")
            await hub.publish(.reload(build: await builds.next()))
        } catch {
            let lines = error.diagnostics.map(\.description)
            options.log((lines + ["Rebuild failed; still serving the last good build."]).joined(separator: "\n"))
            await hub.publish(.failed(diagnostics: lines))
        }
    }
}

/// Tries to listen on the port, to fail before building rather than after.
func portIsFree(host: String, port: Int) -> Bool {
    var hints = addrinfo()
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_flags = AI_PASSIVE
    var result: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else { return true }
    defer { freeaddrinfo(result) }
    let socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
    guard socket >= 0 else { return true }
    defer { close(socket) }
    var yes: Int32 = 1
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    return bind(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
}

actor BuildCounter {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}

/// `..`, in any spelling, never reaches the file system: 404, as for a missing file.
struct OutsideTheSite<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let raw = request.uri.path
        let decoded = raw.removingPercentEncoding ?? raw
        let segments = decoded.replacingOccurrences(of: "\\", with: "/").split(separator: "/")
        if segments.contains("..") || decoded.contains("\0") || raw.lowercased().contains("%2e%2e") {
            return Response(status: .notFound)
        }
        return try await next(request, context)
    }
}
