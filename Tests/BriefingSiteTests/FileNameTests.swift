import Foundation
import Testing
@testable import BriefingSite

/// `FileName` replaces `NSString`'s path methods on listed file names, so it must agree with
/// them on every name a site folder can list.
@Suite struct FileNameTests {
    static let names = [
        "fed-rate.md", "fed-rate.markdown", "a.b.c.yml", "x.YAML", "Ünïcode-名前.md", "with space.md",
        "noextension", ".md", ".hidden.yml", "a.", "2024.10.01-report.md", "é.md",
    ]

    @Test(arguments: names)
    func agreesWithNSString(_ name: String) {
        #expect(FileName.stem(name) == (name as NSString).deletingPathExtension)
        #expect(FileName.pathExtension(name) == (name as NSString).pathExtension)
    }
}
