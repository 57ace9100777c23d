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
        // "\r\n" is one Character in Swift: normalise before splitting into lines.
        let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") {
            lines[0] = first.dropFirst()
        }
        func isFence(_ line: Substring) -> Bool {
            line.trimmingTrailingWhitespace() == "---"
        }
        guard let first = lines.first, isFence(first) else {
            return .failure(.error("an article starts with front matter: a line '---', the YAML model, and another '---'", at: SourceLocation(path: path)))
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            return .failure(.error("the front matter opened on line 1 is never closed with a line '---'", at: SourceLocation(path: path)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2))
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
