@testable import BriefingSite
import Foundation
import Testing

/// Pages are written with open, write and close (no fsync per file): the bytes, the mode
/// and the error words must be what `Data.write(to:)` gave.
@Suite struct PlainFileWriteTests {
    @Test func writesTheBytesOverALongerFileWithFoundationsMode() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.html").path
        let foundation = folder.appendingPathComponent("foundation.html")
        try PlainFileWrite.write(Data(repeating: 0x41, count: 100_000), toPath: plain)
        let bytes = Data("<p>café</p>\n".utf8)
        try PlainFileWrite.write(bytes, toPath: plain)
        try bytes.write(to: foundation)
        #expect(FileManager.default.contents(atPath: plain) == bytes)
        let modes = try [plain, foundation.path].map { try FileManager.default.attributesOfItem(atPath: $0)[.posixPermissions] as? Int }
        #expect(modes[0] != nil && modes[0] == modes[1])
        try PlainFileWrite.write(Data(), toPath: plain)
        #expect(FileManager.default.contents(atPath: plain) == Data())
    }

    @Test func aMissingFolderIsReportedInTheSystemsWords() {
        let path = Fixtures.temporaryFolder().appendingPathComponent("missing/page.html").path
        #expect {
            try PlainFileWrite.write(Data("x".utf8), toPath: path)
        } throws: { error in
            OutputWriter.reason(error) == String(cString: strerror(ENOENT))
        }
    }
}
