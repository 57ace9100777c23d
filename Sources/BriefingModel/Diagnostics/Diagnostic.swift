import Foundation

/// A place in a source file, 1-based, as compilers print it.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// One problem found in a run; a run collects all of them before failing.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// `path:line:column: error: message`, control characters from content made visible
    /// so that no file can send escape sequences to the terminal.
    public var description: String { "\(location): \(severity.rawValue): \(Self.visible(message))" }

    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Paths in diagnostics are shown relative to the current folder when they are below it,
/// so an editor or terminal can open them as printed.
public enum DisplayPath {
    public static func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let standardized = isStandardAbsolute(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
        if standardized.hasPrefix(current + "/") { return String(standardized.dropFirst(current.count + 1)) }
        return standardized
    }

    /// An absolute path with no empty, `.` or `..` component is its own standard form; the
    /// `URL` round trip (which asks the file system whether it is a folder) was 2.5% of a
    /// rebuild after one edit, once for every file the site has.
    static func isStandardAbsolute(_ path: String) -> Bool {
        guard path.utf8.first == UInt8(ascii: "/"), path.utf8.count > 1 else { return false }
        for component in path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) { return false }
        }
        return true
    }
}
