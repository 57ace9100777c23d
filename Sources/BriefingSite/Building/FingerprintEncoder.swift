import BriefingRender

/// Feeds an `Encodable` value straight into a `Fingerprint`, without making JSON first
/// (JSONEncoder was most of a page's fingerprint time). Strings carry their length, and
/// every key and element its nesting depth (containers are never closed in Swift's
/// `Encoder`), so two different values never give the same bytes. Bytes are gathered in a
/// small buffer and hashed a buffer at a time, so a page's encoding is never held whole.
final class FingerprintSink {
    private var buffer: [UInt8] = []
    private var hash = ContentHash()
    private static let flushSize = 4096

    init() { buffer.reserveCapacity(Self.flushSize + 64) }

    func tag(_ byte: UInt8) { buffer.append(byte) }

    func string(_ text: String) {
        buffer.append(UInt8(ascii: "s"))
        integer(UInt64(text.utf8.count))
        if text.utf8.count > Self.flushSize {
            flush()
            var text = text
            text.withUTF8 { hash.update(UnsafeRawBufferPointer($0)) }
        } else {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= Self.flushSize { flush() }
        }
    }

    func integer(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    private func flush() {
        buffer.withUnsafeBytes { hash.update($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() -> Fingerprint {
        flush()
        return Fingerprint(value: hash.finalize())
    }
}

struct FingerprintEncoder: Encoder {
    let sink: FingerprintSink
    var depth: UInt8 = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func fingerprint(of value: some Encodable) -> Fingerprint {
        let sink = FingerprintSink()
        do { try value.encode(to: FingerprintEncoder(sink: sink)) } catch {
            sink.integer(UInt64.random(in: 0...UInt64.max))  // unencodable: never matches
        }
        return sink.finish()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.tag(UInt8(ascii: "{"))
        return KeyedEncodingContainer(Keyed<Key>(sink: sink, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.tag(UInt8(ascii: "["))
        return Unkeyed(sink: sink, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink, depth: depth) }

    /// Primitive values: strings and numbers by their text, so `1` and `"1"` differ by tag.
    static func write<Value: Encodable>(_ value: Value, to sink: FingerprintSink, depth: UInt8) throws {
        // Views and lists, the most values after text (which the containers write themselves),
        // skip the casts below: each failed cast is a look-up in the runtime's conformance cache.
        if Value.self is any TemplateView.Type || Value.self is any FingerprintComposite.Type {
            try value.encode(to: FingerprintEncoder(sink: sink, depth: depth))
            return
        }
        switch value {
        case let text as String: sink.string(text)
        case let number as UInt64:  // a hash (`CitationView.print`): its eight bytes, not its digits
            sink.tag(UInt8(ascii: "u"))
            sink.integer(number)
        case let flag as Bool: sink.tag(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        case let number as any BinaryInteger:
            sink.tag(UInt8(ascii: "i"))
            sink.string(String(describing: number))
        case let number as any FloatingPoint:
            sink.tag(UInt8(ascii: "d"))
            sink.string(String(describing: number))
        default:
            try value.encode(to: FingerprintEncoder(sink: sink, depth: depth))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: FingerprintSink
        let depth: UInt8
        var codingPath: [any CodingKey] = []
        private var inner: FingerprintEncoder { FingerprintEncoder(sink: sink, depth: depth &+ 1) }

        private func key(_ key: Key) {
            sink.tag(UInt8(ascii: "k"))
            sink.tag(depth)
            sink.string(key.stringValue)
        }

        mutating func encodeNil(forKey key: Key) throws {
            self.key(key)
            sink.tag(UInt8(ascii: "n"))
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            self.key(key)
            try FingerprintEncoder.write(value, to: sink, depth: depth &+ 1)
        }

        // A view's own fields are mostly text and flags: written as `write` writes them,
        // without its casts (the protocol's defaults send these through the generic path).
        mutating func encode(_ value: String, forKey key: Key) throws {
            self.key(key)
            sink.string(value)
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws {
            self.key(key)
            sink.tag(value ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) }
        }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            self.key(key)
            return inner.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key)
            return inner.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            sink.tag(UInt8(ascii: "^"))
            sink.tag(depth)
            return inner
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            self.key(key)
            return inner
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: FingerprintSink
        let depth: UInt8
        var codingPath: [any CodingKey] = []
        var count = 0
        private var inner: FingerprintEncoder { FingerprintEncoder(sink: sink, depth: depth &+ 1) }

        private mutating func element() {
            count += 1
            sink.tag(UInt8(ascii: ","))
            sink.tag(depth)
        }

        mutating func encodeNil() throws {
            element()
            sink.tag(UInt8(ascii: "n"))
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            element()
            try FingerprintEncoder.write(value, to: sink, depth: depth &+ 1)
        }

        mutating func encode(_ value: String) throws {
            element()
            sink.string(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            element()
            return inner.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            element()
            return inner.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            element()
            return inner
        }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: FingerprintSink
        let depth: UInt8
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { sink.tag(UInt8(ascii: "n")) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try FingerprintEncoder.write(value, to: sink, depth: depth)
        }

        mutating func encode(_ value: String) throws { sink.string(value) }

        mutating func encode(_ value: UInt64) throws {  // `CitationView.print`, as `write` writes it
            sink.tag(UInt8(ascii: "u"))
            sink.integer(value)
        }
    }
}

/// A value that encodes itself as a container, never as one of `write`'s primitives.
protocol FingerprintComposite {}
extension Array: FingerprintComposite {}
