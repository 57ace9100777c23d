import Dispatch

/// `transform` applied to every element on all cores, for synchronous code whose elements are
/// independent (the merge's mention search, the link check); the results keep the input's order, so nothing
/// depends on which element finished first.
public func concurrentMap<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
    guard elements.count > 1 else { return elements.map(transform) }
    let slots = Slots<Result>(count: elements.count)
    defer { slots.free() }
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        slots.put(transform(elements[index]), at: index)
    }
    return slots.taken()
}

/// Room for one result per index, each written by exactly one iteration of
/// `concurrentPerform` before it returns, so no two threads touch the same slot.
private struct Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value>

    init(count: Int) { buffer = .allocate(capacity: count) }

    func put(_ value: Value, at index: Int) {
        guard let base = buffer.baseAddress else { return }
        (base + index).initialize(to: value)
    }

    /// The values in order, moved out: call once, after every slot was put.
    func taken() -> [Value] {
        let values = Array(buffer)
        _ = buffer.deinitialize()
        return values
    }

    func free() { buffer.deallocate() }
}
