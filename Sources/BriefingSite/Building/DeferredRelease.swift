/// A build's model, caches and page results are hundreds of megabytes of small objects at
/// 10,000 articles; releasing them one by one when the build returns took a tenth of a
/// rebuild after one edit. They are handed to a background task that lets them go a moment
/// later: a command that exits right after the build does not wait for it, and a long-lived
/// process (`briefing serve`) still gets the memory back.
enum DeferredRelease {
    static func release(_ values: [any Sendable]) {
        Task.detached(priority: .background) {
            // Past the caller's return, so that these are the last references.
            try? await Task.sleep(for: .milliseconds(200))
            withExtendedLifetime(values) {}
        }
    }
}
