import Foundation

/// Tells every open page what happened to the site: rebuilt (reload) or failed (show the
/// diagnostics). Each connected page holds one stream.
actor ReloadHub {
    enum Event: Sendable {
        case reload(build: Int)
        case failed(diagnostics: [String])

        /// The server-sent-events frame.
        var frame: String {
            switch self {
            case .reload(let build):
                return "event: reload\ndata: \(build)\n\n"
            case .failed(let diagnostics):
                let json = (try? JSONSerialization.data(withJSONObject: diagnostics)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
                return "event: failed\ndata: \(json)\n\n"
            }
        }
    }

    private var clients: [UUID: AsyncStream<Event>.Continuation] = [:]
    /// The last failure, sent to pages that connect while the site is broken.
    private var failure: Event?

    func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        clients[id] = continuation
        if let failure { continuation.yield(failure) }
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    private func remove(_ id: UUID) { clients[id] = nil }

    func publish(_ event: Event) {
        if case .failed = event { failure = event } else { failure = nil }
        for continuation in clients.values { continuation.yield(event) }
    }

    var clientCount: Int { clients.count }

    /// Ends every stream: the server is stopping.
    func finishAll() {
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }
}
