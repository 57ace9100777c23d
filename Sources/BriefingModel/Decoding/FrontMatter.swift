import Foundation

/// An article file split into its YAML front matter and its Markdown body.
public struct FrontMatter: Sendable, Hashable {
    public var yaml: String
    /// The file line on which the YAML starts (the line after the opening `---`).
    public var yamlLine: Int
    public var body: String
    /// The file line on which the body starts.
    public var bodyLine: Int

    /// Splits `---\n yaml \n---\n body`. Fails when the file does not open with `---`
    /// or the front matter is never closed.
    public static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        // Bytes, not Characters: "\r\n" is one Character in Swift, and grapheme breaking
        // a 10 MB file only to find two fences would take seconds.
        let text = containsCarriageReturn(text) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var rest = Substring(text)
        if rest.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst() }
        let bytes = rest.utf8

        /// The line from `start`: its end and the start of the next line (nil at the end).
        func line(from start: String.Index) -> (end: String.Index, next: String.Index?) {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return (bytes.endIndex, nil) }
            return (newline, bytes.index(after: newline))
        }
        func isFence(_ start: String.Index, _ end: String.Index) -> Bool {
            var bytes = bytes[start..<end]
            while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
                bytes = bytes.dropLast()
            }
            return bytes.elementsEqual("---".utf8)
        }

        let opening = line(from: bytes.startIndex)
        guard isFence(bytes.startIndex, opening.end) else {
            return .failure(.error("an article starts with front matter: a line '---', the YAML model, and another '---'", at: SourceLocation(path: path)))
        }
        var lineNumber = 2
        var cursor = opening.next
        while let start = cursor {
            let current = line(from: start)
            if isFence(start, current.end) {
                let yamlStart = opening.next ?? start
                // The YAML ends before the newline that precedes the closing fence.
                let yamlEnd = start == yamlStart ? start : bytes.index(before: start)
                let yaml = String(rest[yamlStart..<yamlEnd])
                let body = current.next.map { String(rest[$0...]) } ?? ""
                return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: lineNumber + 1))
            }
            cursor = current.next
            lineNumber += 1
        }
        return .failure(.error("the front matter opened on line 1 is never closed with a line '---'", at: SourceLocation(path: path)))
    }

    /// With `memchr` over the text's bytes: `utf8.contains` walked them one index at a time,
    /// 4% of a rebuild after one edit at 10,000 articles, which splits every article file.
    static func containsCarriageReturn(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) != nil
        } ?? text.utf8.contains(UInt8(ascii: "\r"))
    }
}
