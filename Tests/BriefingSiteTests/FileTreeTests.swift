@testable import BriefingSite
import Foundation
import Testing

/// The previous output tree is deleted by `FileTree.remove`: all of it, and nothing a
/// symbolic link in it leads to.
@Suite struct FileTreeTests {
    @Test func removeDeletesTheTreeButNotWhatItsLinksLeadTo() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let outside = root.appendingPathComponent("outside")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("kept.txt"))

        let tree = root.appendingPathComponent("tree")
        for folder in ["articles", "actors/deep/deeper", "empty"] {
            try manager.createDirectory(at: tree.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["index.html", "articles/a.html", "articles/a.md", "actors/x.html", "actors/deep/deeper/y.md"] {
            try Data(file.utf8).write(to: tree.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(at: tree.appendingPathComponent("articles/to-outside"), withDestinationURL: outside)
        try manager.createSymbolicLink(at: tree.appendingPathComponent("to-file"), withDestinationURL: outside.appendingPathComponent("kept.txt"))
        try manager.createSymbolicLink(at: tree.appendingPathComponent("actors/dangling"), withDestinationURL: root.appendingPathComponent("nowhere"))

        #expect(FileTree.remove(tree.path))
        #expect(!manager.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("kept.txt"), encoding: .utf8) == "keep")
    }

    @Test func removeOfAFileOrNothing() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        #expect(FileTree.remove(file.path))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(!FileTree.remove(root.appendingPathComponent("missing").path))
    }
}
