@_spi(Reflection) import Swift
import Foundation
import Mustache

/// A view model whose fields templates read by name. swift-mustache finds a field through
/// `Mirror`, filtering every child for each `{{name}}` (each one decoded from the type's
/// metadata); a `TemplateView` reads each field through a reader made once per type, without
/// making a `Mirror` at all. A name the type lacks is nil, so Mustache goes on up the context
/// stack; a field the type has but leaves empty is `AbsentField`, so it does not.
public protocol TemplateView: MustacheParent {
    /// The type's fields by name. A non-generic view declares
    /// `static let templateFields = TemplateFields(of: Self.self)`, so that reading a field
    /// takes no lock; generic views get the default, a table shared under a lock.
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    public static var templateFields: TemplateFields<Self> { FieldTables.fields(of: Self.self) }

    public func child(named name: String) -> Any? { storedField(named: name) }

    /// The stored field `name`, for a view whose `child(named:)` adds fields of its own.
    public func storedField(named name: String) -> Any? {
        guard let reader = Self.templateFields.reader(named: name) else { return nil }
        return withUnsafePointer(to: self) { reader.read(UnsafeRawPointer($0)) }
    }
}

/// Field name → how to read it from a `Root`, made once per type. Strings come out as
/// `TemplateText`, which swift-mustache renders after one cast instead of four.
///
/// Nothing here depends on `Root` at run time: `child(named:)` runs unspecialised (it is
/// called through swift-mustache's protocol), and generic tuples, closures or key paths
/// there made the runtime look up type metadata on every look-up of every page.
public struct TemplateFields<Root>: @unchecked Sendable {
    // Readers hold only a field's offset or key path; they never change after `init`.
    let names: [String]
    let readers: [FieldReader]

    public init(of type: Root.Type) {
        var names: [String] = [], readers: [FieldReader] = []
        _forEachFieldWithKeyPath(of: type) { label, keyPath in
            let name = String(cString: label)
            if !names.contains(name) {
                names.append(name)
                readers.append(Self.reader(keyPath))
            }
            return true
        }
        self.names = names
        self.readers = readers
    }

    func reader(named name: String) -> FieldReader? {
        names.firstIndex(of: name).map { readers[$0] }
    }

    private static func reader(_ keyPath: PartialKeyPath<Root>) -> FieldReader {
        if let offset = MemoryLayout<Root>.offset(of: keyPath) {
            let valueType = Swift.type(of: keyPath).valueType
            if valueType == String.self { return TextReader(offset: offset) }
            if valueType == String?.self { return OptionalTextReader(offset: offset) }
            // Nested views and lists of views reach swift-mustache boxed (`TemplateBox`).
            if let view = valueType as? any TemplateView.Type { return view.boxReader(at: offset) }
            if let list = valueType as? any ViewList.Type { return list.listReader(at: offset) }
            // Flags and other lists: read in place too (a key path's projection
            // looked up type metadata on every read); optionals keep their own handling.
            if !(valueType is any OptionalField.Type) { return valueReader(of: valueType, at: offset) }
        }
        return KeyPathReader(keyPath)
    }

    private static func valueReader(of type: Any.Type, at offset: Int) -> FieldReader {
        func reader<Value>(_: Value.Type) -> FieldReader { ValueReader<Value>(offset: offset) }
        return _openExistential(type, do: reader)
    }
}

/// Reads one field from a pointer to the view that holds it.
class FieldReader {
    func read(_ root: UnsafeRawPointer) -> Any? { nil }
}

/// A stored `String`, at its offset in the view.
final class TextReader: FieldReader {
    let offset: Int
    init(offset: Int) { self.offset = offset }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        TemplateText((root + offset).assumingMemoryBound(to: String.self).pointee)
    }
}

/// A stored `String?`.
final class OptionalTextReader: FieldReader {
    let offset: Int
    init(offset: Int) { self.offset = offset }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        (root + offset).assumingMemoryBound(to: String?.self).pointee.map(TemplateText.init) ?? AbsentField()
    }
}

/// A stored field of any other type (lists, nested views, flags), at its offset in the view.
final class ValueReader<Value>: FieldReader {
    let offset: Int
    init(offset: Int) { self.offset = offset }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        (root + offset).assumingMemoryBound(to: Value.self).pointee
    }
}

/// Any other field (an optional, or one without a fixed offset), through its key path.
final class KeyPathReader<Root>: FieldReader {
    let keyPath: PartialKeyPath<Root>
    let isOptional: Bool
    init(_ keyPath: PartialKeyPath<Root>) {
        self.keyPath = keyPath
        self.isOptional = Swift.type(of: keyPath).valueType is any OptionalField.Type
    }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        let value = root.assumingMemoryBound(to: Root.self).pointee[keyPath: keyPath]
        guard isOptional else { return value }
        guard let wrapped = (value as? any OptionalField)?.wrappedField else { return AbsentField() }
        if let view = wrapped as? any TemplateView { return boxed(view) }
        return wrapped
    }
}

/// A view as swift-mustache holds it on its context stack. For every look-up it casts each
/// object there to two protocols, one of which no view conforms to. A view struct of more
/// than three words was copied into a new heap box by each cast (an allocation and a retain
/// per field, most of a page's rendering time), so the view lives in a class box; and a
/// failed cast of a class instance costs the runtime almost twice a struct's (about 215
/// against 125 ns here), so the stack holds the box in a one-word struct.
struct TemplateBox: MustacheParent {
    let storage: ViewStorage
    func child(named name: String) -> Any? { storage.child(named: name) }
}

/// A view, shared by every copy of its `TemplateBox`.
class ViewStorage {
    func child(named name: String) -> Any? { nil }
}

final class StoredView<View: TemplateView>: ViewStorage {
    let view: View
    init(_ view: View) { self.view = view }
    override func child(named name: String) -> Any? { view.child(named: name) }
}

extension TemplateBox {
    init<View: TemplateView>(_ view: View) { storage = StoredView(view) }
}

/// `view` boxed, for a template to render or a section to enter.
public func boxed(_ view: any TemplateView) -> Any {
    TemplateBox(view)
}

/// A list of views whose sections see each one boxed; transforms (`empty`, `count`, …) are the array's.
struct TemplateList<View: TemplateView>: MustacheSequence, MustacheTransformable {
    let views: [View]

    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[View]>
        mutating func next() -> TemplateBox? { base.next().map(TemplateBox.init) }
    }

    func makeIterator() -> Iterator { Iterator(base: views.makeIterator()) }
    func transform(_ name: String) -> Any? { views.transform(name) }
}

extension TemplateView {
    static func boxReader(at offset: Int) -> FieldReader { ViewReader<Self>(offset: offset) }
}

/// An array of views, told apart from other arrays when a type's readers are made.
protocol ViewList {
    static func listReader(at offset: Int) -> FieldReader
}

extension Array: ViewList where Element: TemplateView {
    static func listReader(at offset: Int) -> FieldReader { ViewListReader<Element>(offset: offset) }
}

/// A stored nested view, handed over boxed.
final class ViewReader<View: TemplateView>: FieldReader {
    let offset: Int
    init(offset: Int) { self.offset = offset }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        TemplateBox((root + offset).assumingMemoryBound(to: View.self).pointee)
    }
}

/// A stored list of views, handed over as a `TemplateList`.
final class ViewListReader<View: TemplateView>: FieldReader {
    let offset: Int
    init(offset: Int) { self.offset = offset }
    override func read(_ root: UnsafeRawPointer) -> Any? {
        TemplateList(views: (root + offset).assumingMemoryBound(to: [View].self).pointee)
    }
}

/// The tables of generic views, whose types cannot hold a `static let` each.
enum FieldTables {
    // NSLock (a pthread mutex) rather than Synchronization's Mutex, whose futex ThreadSanitizer
    // cannot see: with Mutex every parallel build reported a false race here.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: Any] = [:]

    static func fields<Root>(of type: Root.Type) -> TemplateFields<Root> {
        let key = ObjectIdentifier(type)
        if let fields = lock.withLock({ tables[key] }) as? TemplateFields<Root> { return fields }
        let fields = TemplateFields(of: type)
        lock.withLock { tables[key] = fields }
        return fields
    }
}

/// A string field as handed to swift-mustache: rendered as its text (escaped by the
/// template's content type, as a `String` is), transformed as a `String` is, and with no
/// fields of its own, so a name inside `{{#field}}…{{/field}}` is looked up further out.
public struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    public var text: String

    public init(_ text: String) { self.text = text }

    public var renderText: String { text }
    public var isNull: Bool { false }
    public func transform(_ name: String) -> Any? { text.transform(name) }
    public func child(named name: String) -> Any? { nil }
}

/// A field the view has but leaves empty. swift-mustache takes nil for "no such name" and
/// looks further out, so an actor with no role inside `{{#members}}…{{#role}}` showed the
/// page's own actor's role; this renders as nothing and is false in a section, and the
/// look-up stops here, as in the Mustache spec, where a null value is still a found key.
public struct AbsentField: MustacheCustomRenderable, MustacheParent {
    public var renderText: String { "" }
    public var isNull: Bool { true }
    public func child(named name: String) -> Any? { nil }
}

protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    var wrappedField: Any? { self.map { $0 as Any } }
}
