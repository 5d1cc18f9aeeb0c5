import Display

/// A value of a richer type than numbers and matrices (a network, a trace, a dataset, a dual number,
/// a plot), which describes, displays and changes itself.
///
/// Conform a class in `Verbs/`, wrap instances as `Value.object(instance)`. Every requirement but
/// ``typeName`` and ``display()`` has a default: no members, no methods, no subscripts.
///
/// ```swift
/// final class NetworkObject: CellObject {
///     var typeName: String { "Network" }
///     func display() -> [DisplayBlock] { … }
///     var memberNames: [String] { ["layers"] }
///     func member(_ name: String, context: CellContext) throws -> Value? { name == "layers" ? … : nil }
/// }
/// ```
public protocol CellObject: AnyObject {
    /// The type name errors and `typeName` show, such as `Network`.
    var typeName: String { get }
    /// How the value shows when a cell's last expression evaluates to it.
    func display() -> [DisplayBlock]
    /// One-line (or multi-line) text for `print` and string interpolation; defaults to the display's text.
    var description: String { get }
    /// The names of members and methods, for `did you mean` suggestions.
    var memberNames: [String] { get }
    /// The member `name` (`net.layers`), or `nil` when there is no such member.
    func member(_ name: String, context: CellContext) throws -> Value?
    /// Sets the member `name`; returns `false` when there is no such settable member.
    func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool
    /// Calls the method `name` (`trace.layer(1)`), or returns `nil` when there is no such method.
    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value?
    /// The element at `indices` (`dataset[0]`), or `nil` when the type has no subscript.
    func subscriptValue(_ indices: [Value], context: CellContext) throws -> Value?
    /// Sets the element at `indices`; returns `false` when the type has no settable subscript.
    func setSubscript(_ indices: [Value], to value: Value, context: CellContext) throws -> Bool
    /// Whether this object equals `other` for `==` and `expect(_:equals:)`; defaults to identity.
    func isEqual(to other: Value) -> Bool
}

extension CellObject {
    /// Defaults to the text of ``display()``.
    public var description: String { display().text }
    /// Defaults to no members.
    public var memberNames: [String] { [] }
    /// Defaults to no members.
    public func member(_ name: String, context: CellContext) throws -> Value? { nil }
    /// Defaults to no settable members.
    public func setMember(_ name: String, to value: Value, context: CellContext) throws -> Bool { false }
    /// Defaults to no methods.
    public func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? { nil }
    /// Defaults to no subscript.
    public func subscriptValue(_ indices: [Value], context: CellContext) throws -> Value? { nil }
    /// Defaults to no settable subscript.
    public func setSubscript(_ indices: [Value], to value: Value, context: CellContext) throws -> Bool { false }
    /// Defaults to identity.
    public func isEqual(to other: Value) -> Bool {
        if case .object(let object) = other { return object === self }
        return false
    }
}

/// One argument of a call as a method receives it: its label (empty when unlabeled) and value.
public struct Argument {
    /// The argument label, `""` when there is none.
    public var label: String
    /// The argument's value.
    public var value: Value

    /// Creates an argument.
    public init(label: String = "", _ value: Value) {
        self.label = label
        self.value = value
    }
}
