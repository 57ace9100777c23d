import Foundation

/// JSON exactly as `JSONEncoder` writes it with `.withoutEscapingSlashes` (and, when pretty,
/// `.prettyPrinted`), handed to a sink in pieces as it is written. The data export and the
/// build cache are the largest files a build writes (tens of megabytes per thousand
/// articles); `JSONEncoder` held each whole, twice over, and they were a build's peaks of
/// memory. Callers write an object's members in sorted key order, as `.sortedKeys` would;
/// `JSONStreamTests` compares the result with `JSONEncoder`'s.
struct JSONStream {
    private let pretty: Bool
    private var buffer: [UInt8] = []
    private let flushSize: Int
    private let sink: ([UInt8]) throws -> Void
    private var depth: Int
    /// Bytes handed to the sink so far.
    private var flushed = 0
    /// Nothing written yet in the innermost open array or object.
    private var empty = true
    /// The first error of the sink; writing stops there and `finish` throws it.
    private var failure: Error?

    /// `depth`: how deeply what is written is nested in a document written around it.
    init(pretty: Bool, flushSize: Int = 1 << 16, depth: Int = 0, sink: @escaping ([UInt8]) throws -> Void) {
        self.pretty = pretty
        self.depth = depth
        self.flushSize = flushSize
        self.sink = sink
        buffer.reserveCapacity(flushSize + 1024)
    }

    /// Writes a JSON file as it is made. Atomically: into a file beside it, renamed over it
    /// when whole, so a reader never sees half a file.
    static func write(to url: URL, pretty: Bool, atomically: Bool = false, _ body: (inout JSONStream) -> Void) throws {
        let target = atomically ? url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp") : url
        guard FileManager.default.createFile(atPath: target.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: target)
            defer { try? handle.close() }
            var stream = JSONStream(pretty: pretty) { try handle.write(contentsOf: $0) }
            body(&stream)
            try stream.finish()
        } catch {
            if atomically { try? FileManager.default.removeItem(at: target) }
            throw error
        }
        if atomically, rename(target.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: target)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// How many bytes have been written.
    var offset: Int { flushed + buffer.count }

    /// Writes what is left and reports the first error of the sink.
    mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    // MARK: Containers

    mutating func object(_ members: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ elements: (inout JSONStream) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    mutating func array<S: Sequence>(_ values: S, _ element: (inout JSONStream, S.Element) -> Void) {
        array { stream in for value in values { stream.nextElement(); element(&stream, value) } }
    }

    /// An array of strings, one a line.
    mutating func array(_ strings: [String]) {
        array(strings) { stream, text in stream.string(text) }
    }

    /// Starts an element of the innermost array.
    mutating func nextElement() {
        separate()
    }

    /// Starts a member of the innermost object: `"key" : `.
    mutating func key(_ name: String) {
        separate()
        string(name)
        if pretty { buffer.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]) } else { buffer.append(UInt8(ascii: ":")) }
    }

    // MARK: Members

    mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }  // `encodeIfPresent` leaves a nil out
        key(name)
        string(value)
    }

    mutating func member<Integer: BinaryInteger>(_ name: String, _ value: Integer?) {
        guard let value else { return }
        key(name)
        buffer.append(contentsOf: String(value).utf8)
    }

    mutating func member(_ name: String, _ value: Double) {
        key(name)
        buffer.append(contentsOf: value.description.utf8)  // the shortest text that reads back as the same value
    }

    mutating func member(_ name: String, _ value: Bool) {
        key(name)
        buffer.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func member(_ name: String, _ strings: [String]) {
        key(name)
        array(strings)
    }

    // MARK: Values

    /// A string with `JSONEncoder`'s escapes: quote, backslash, the five named controls and
    /// `\u00XX` for the other control characters; `/` and everything else as it is.
    mutating func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                           Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
        if buffer.count >= flushSize { flush() }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    // MARK: Layout

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONStream) -> Void) {
        buffer.append(open)
        let outer = empty
        depth += 1
        empty = true
        body(&self)
        depth -= 1
        // An empty container still breaks its line, as JSONEncoder writes `[\n\n  ]`.
        if empty && pretty { buffer.append(UInt8(ascii: "\n")) }
        newline()
        buffer.append(close)
        empty = outer
        if buffer.count >= flushSize { flush() }
    }

    private mutating func separate() {
        if !empty { buffer.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        if failure == nil {
            do { try sink(buffer) } catch { failure = error }
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
