@testable import BriefingSite
import Foundation
import Testing

/// The up-to-date check reads only the input files whose identity changed since the last
/// digesting; the others keep the digest it recorded.
@Suite struct InputStampsTests {
    private func identity(size: Int = 10, inode: UInt64 = 7, modified: Int = 100, changed: Int = 100) -> InputStamps.Identity {
        InputStamps.Identity(size: size, inode: inode, modified: timespec(tv_sec: modified, tv_nsec: 5),
                             changed: timespec(tv_sec: changed, tv_nsec: 9))
    }

    @Test func theFileRoundTripsAndABrokenOneIsEmpty() {
        let stamps = InputStamps(entries: ["/site/articles/a.md": .init(identity: identity(), digest: 42),
                                           "/site/actors/b.yml": .init(identity: identity(size: 3, inode: 8, modified: -1, changed: 1 << 40), digest: .max)])
        let bytes = stamps.encoded()
        let decoded = bytes.withUnsafeBytes { InputStamps.decode($0) }
        #expect(decoded?.entries == stamps.entries)
        #expect(Array(bytes.dropLast()).withUnsafeBytes { InputStamps.decode($0) } == nil, "a truncated file is not read")
        #expect((bytes + [0]).withUnsafeBytes { InputStamps.decode($0) } == nil, "nor one with bytes after its entries")
    }

    @Test func aDigestIsKeptOnlyWhileEveryPartOfTheIdentityIsTheSame() {
        let stamps = InputStamps(entries: ["a": .init(identity: identity(), digest: 42)])
        #expect(stamps.digest(of: "a", identity: identity()) == 42)
        #expect(stamps.digest(of: "b", identity: identity()) == nil)
        for changed in [identity(size: 11), identity(inode: 8), identity(modified: 101), identity(changed: 101)] {
            #expect(stamps.digest(of: "a", identity: changed) == nil)
        }
    }

    /// A file changed twice within one tick of the file system's clock could keep its identity:
    /// only files whose status had settled before they were read are recorded.
    @Test func filesChangedJustBeforeTheReadAreNotRecorded() {
        let read: [String: InputStamps.Entry] = ["old": .init(identity: identity(changed: 1_000), digest: 1),
                                                 "new": .init(identity: identity(changed: 1_999), digest: 2)]
        #expect(InputStamps.recording(read, readStart: 2_000).entries.keys.sorted() == ["old"])
    }

    /// The up-to-date check takes a recorded digest instead of reading the file while the file's
    /// identity is the one recorded, and reads it again once it is not.
    @Test func theUpToDateCheckUsesRecordedDigestsOfUnchangedFiles() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Fixtures.site("two-articles"), to: site)
        let options = SiteBuilder.Options(site: site, output: root.appendingPathComponent("public"), search: false)
        let article = site.appendingPathComponent("articles/talks-stall.md").standardizedFileURL.path
        let actual = try #require(UpToDate.inputs(of: options))

        // A recorded digest for the article's present identity stands for its bytes.
        var info = stat()
        #expect(stat(article, &info) == 0)
        InputStamps(entries: [article: .init(identity: InputStamps.Identity(info), digest: 12345)]).save(site: site)
        let stamped = try #require(UpToDate.inputs(of: options))
        #expect(stamped.articles["talks-stall.md"] == 12345)
        #expect(stamped.all != actual.all)

        // Written again with the same bytes: a new identity, so read, and the real digest is back.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: article))
        try bytes.write(to: URL(fileURLWithPath: article), options: .atomic)
        let reread = try #require(UpToDate.inputs(of: options))
        #expect(reread.articles["talks-stall.md"] == actual.articles["talks-stall.md"])
        #expect(reread.all == actual.all)
    }
}
