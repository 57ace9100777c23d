import BriefingModel

/// A linear pre-scan that refuses Markdown on which cmark would take seconds or minutes.
///
/// Debian's libcmark 0.30.2 lacks the fixes for CVE-2023-22486 and GHSA-66g8-4hjf-77xh:
/// `![[]()` repeated is quadratic in the brackets left open, and deep block quotes or
/// lists (with blank lines, or with emphasis inside) are quadratic in the nesting depth.
/// Every such input needs far more nesting, open brackets or delimiters in one block
/// than any article has, so a limit on each — checked in one pass over the bytes,
/// before cmark sees the text — keeps every document fast without touching real text.
///
/// The scan over-counts on purpose (brackets inside code spans count too): it only has
/// to be an upper bound of what cmark's parser faces.
public enum PathologicalInputGuard {
    public struct Limits: Sendable, Equatable {
        /// Block quotes and list levels opened on one line, plus list indentation / 2.
        public var nestingDepth = 32
        /// Bytes in one block: consecutive lines with no blank line between them.
        public var blockBytes = 64 * 1024
        /// '[' open at the same time in one block (images' `![` included).
        public var openBrackets = 32
        /// ']' without a '[' before it in one block.
        public var unmatchedClosingBrackets = 1_000
        /// Runs of '*' or '_' (each a potential emphasis delimiter) in one block.
        public var delimiterRuns = 2_000
        /// Length of one run of '*', '_' or '`' (thematic breaks such as `*****` excepted).
        public var delimiterRunLength = 128

        public init() {}

        static let unlimited: Limits = {
            var limits = Limits()
            limits.nestingDepth = .max
            limits.blockBytes = .max
            limits.openBrackets = .max
            limits.unmatchedClosingBrackets = .max
            limits.delimiterRuns = .max
            limits.delimiterRunLength = .max
            return limits
        }()
    }

    public enum Limit: String, Sendable, Equatable {
        case nestingDepth, blockBytes, openBrackets, unmatchedClosingBrackets, delimiterRuns, delimiterRunLength
    }

    /// Where a document first exceeds a limit; line and column are 1-based, the column
    /// counted in Unicode scalars.
    public struct Violation: Sendable, Equatable {
        public var limit: Limit
        public var line: Int
        public var column: Int
        /// Says which limit, its value, and what to change.
        public var message: String
    }

    /// The first place where `markdown` exceeds a limit, or nil when cmark may have it.
    public static func firstViolation(in markdown: String, limits: Limits = .init()) -> Violation? {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, limits: limits)
            return scanner.run()
        }
    }

    /// The highest value of each measured quantity in `markdown`, to show how far real
    /// articles stay below the limits.
    public static func peaks(in markdown: String) -> Peaks {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, limits: .unlimited)
            _ = scanner.run()
            return scanner.peaks
        }
    }

    public struct Peaks: Sendable, Equatable {
        public var nestingDepth = 0
        public var blockBytes = 0
        public var openBrackets = 0
        public var unmatchedClosingBrackets = 0
        public var delimiterRuns = 0
        public var delimiterRunLength = 0
    }

    /// The violation as an error in the file: `firstLine` is the file line the Markdown starts on.
    public static func diagnostics(for markdown: String, path: String, firstLine: Int = 1, limits: Limits = .init()) -> [Diagnostic] {
        guard let violation = firstViolation(in: markdown, limits: limits) else { return [] }
        return [.error(violation.message, at: SourceLocation(path: path, line: violation.line + firstLine - 1, column: violation.column))]
    }
}

extension PathologicalInputGuard {
    /// One pass over the bytes; per-block counters reset at every blank line.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let limits: Limits

        var line = 1
        var lineStart = 0
        var blockStart = 0
        var blockLine = 1
        var openBrackets = 0
        var unmatchedClosers = 0
        var delimiterRuns = 0
        var peaks = Peaks()

        init(bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
            self.bytes = bytes
            self.limits = limits
        }

        mutating func run() -> Violation? {
            var position = 0
            while position < bytes.count {
                var end = position
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if let violation = scanLine(from: position, to: end) { return violation }
                position = end + 1
                line += 1
                lineStart = position
            }
            return nil
        }

        /// The column (in scalars) of a byte offset on the current line.
        func column(of offset: Int) -> Int {
            var column = 1
            var index = lineStart
            while index < offset && index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }

        func violation(_ limit: Limit, at offset: Int, _ message: String) -> Violation {
            Violation(limit: limit, line: line, column: column(of: offset), message: message)
        }

        mutating func scanLine(from start: Int, to end: Int) -> Violation? {
            // Container prefix: block quote markers, list markers and the indentation before them.
            var index = start
            var depth = 0
            var indentation = 0
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    index += 1
                } else if byte == UInt8(ascii: "\t") {
                    indentation += 4 - indentation % 4
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    depth += 1 + indentation / 2
                    indentation = 0
                    index += 1
                } else if !isThematicBreak(from: index, to: end), let markerEnd = listMarkerEnd(at: index, lineEnd: end) {
                    depth += 1 + indentation / 2
                    indentation = 0
                    index = markerEnd
                } else {
                    break
                }
                peaks.nestingDepth = max(peaks.nestingDepth, depth)
                if depth > limits.nestingDepth {
                    return violation(.nestingDepth, at: index - 1,
                        "block quotes and lists are nested more than \(limits.nestingDepth) deep (the nesting-depth limit, which keeps cmark fast); flatten the nesting")
                }
            }

            if isBlank(from: start, to: end) {
                // Ends every paragraph, also inside block quotes. An empty list item does
                // not (it cannot interrupt a paragraph), so it resets nothing.
                resetBlock(at: end + 1)
                return nil
            }
            peaks.blockBytes = max(peaks.blockBytes, end - blockStart)
            if end - blockStart > limits.blockBytes {
                return Violation(limit: .blockBytes, line: blockLine, column: 1, message:
                    "this block is longer than \(limits.blockBytes) bytes without a blank line (the block-size limit, which keeps cmark fast); split it into paragraphs with blank lines")
            }
            if index < end && isThematicBreak(from: index, to: end) { return nil }
            // Code blocks count too: cmark parses no inlines there, but telling where a
            // fence ends needs the whole block structure, and over-counting is safe.
            return scanInlines(from: index, to: end)
        }

        mutating func resetBlock(at offset: Int) {
            blockStart = offset
            blockLine = line + 1
            openBrackets = 0
            unmatchedClosers = 0
            delimiterRuns = 0
        }

        /// Brackets and delimiter runs of one line's content.
        mutating func scanInlines(from start: Int, to end: Int) -> Violation? {
            var index = start
            while index < end {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\\"):
                    index += 2  // an escaped character is text
                    continue
                case UInt8(ascii: "["):
                    openBrackets += 1
                    peaks.openBrackets = max(peaks.openBrackets, openBrackets)
                    if openBrackets > limits.openBrackets {
                        return violation(.openBrackets, at: index,
                            "more than \(limits.openBrackets) '[' are open at once in this paragraph (the open-brackets limit, which keeps cmark fast); close them or write '\\['")
                    }
                case UInt8(ascii: "]"):
                    if openBrackets > 0 {
                        openBrackets -= 1
                    } else {
                        unmatchedClosers += 1
                        peaks.unmatchedClosingBrackets = max(peaks.unmatchedClosingBrackets, unmatchedClosers)
                        if unmatchedClosers > limits.unmatchedClosingBrackets {
                            return violation(.unmatchedClosingBrackets, at: index,
                                "more than \(limits.unmatchedClosingBrackets) ']' without a matching '[' in this paragraph (the unmatched-brackets limit, which keeps cmark fast); write them as '\\]'")
                        }
                    }
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                    var runEnd = index
                    while runEnd < end && bytes[runEnd] == byte { runEnd += 1 }
                    let length = runEnd - index
                    peaks.delimiterRunLength = max(peaks.delimiterRunLength, length)
                    if length > limits.delimiterRunLength {
                        return violation(.delimiterRunLength, at: index,
                            "a run of \(length) '\(Character(Unicode.Scalar(byte)))' is longer than \(limits.delimiterRunLength) (the delimiter-run limit, which keeps cmark fast); shorten it or escape each with '\\'")
                    }
                    if byte != UInt8(ascii: "`") {
                        delimiterRuns += 1
                        peaks.delimiterRuns = max(peaks.delimiterRuns, delimiterRuns)
                        if delimiterRuns > limits.delimiterRuns {
                            return violation(.delimiterRuns, at: index,
                                "more than \(limits.delimiterRuns) runs of '*' or '_' in this paragraph (the emphasis-delimiter limit, which keeps cmark fast); split the paragraph or escape them with '\\'")
                        }
                    }
                    index = runEnd
                    continue
                default:
                    break
                }
                index += 1
            }
            return nil
        }

        /// `-`, `+`, `*` or up to nine digits and `.`/`)`, followed by a space, a tab or
        /// the end of the line: the offset after the marker, or nil.
        func listMarkerEnd(at index: Int, lineEnd: Int) -> Int? {
            var after = index
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
                after = index + 1
            } else {
                while after < lineEnd && after - index < 9 && isDigit(bytes[after]) { after += 1 }
                guard after > index, after < lineEnd,
                      bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: ")") else { return nil }
                after += 1
            }
            guard after == lineEnd || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") else { return nil }
            return after
        }

        /// Only spaces, tabs and block quote markers.
        func isBlank(from start: Int, to end: Int) -> Bool {
            for index in start..<end {
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ">"): continue
                default: return false
                }
            }
            return true
        }

        /// A line of one of `*`, `-`, `_` (three or more) and spaces: no inlines to parse.
        func isThematicBreak(from start: Int, to end: Int) -> Bool {
            let first = bytes[start]
            guard first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") else { return false }
            var count = 0
            for index in start..<end {
                let byte = bytes[index]
                if byte == first { count += 1 } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") { return false }
            }
            return count >= 3
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    }
}
