import Display

/// A `var` declared in the body of a loop that makes closures: Swift gives every pass its own variable,
/// shared by that pass's body and the closures it makes. Its frame slot holds a box, filled anew by each
/// pass's declaration; a closure copies the box when it is made (see `FunctionScope.copies`), so it keeps
/// reading and changing its own pass's variable.
final class VariableBox: CellObject {
    var value: Value
    init(_ value: Value) { self.value = value }
    var typeName: String { value.typeName }
    func display() -> [DisplayBlock] { [] }
}

extension CellContext {
    /// The box a boxed variable's slot holds (the compiler only reads one after its declaration ran).
    @inline(__always)
    func box(at location: VariableLocation, _ position: CellPosition) throws -> VariableBox {
        guard case .object(let object) = read(location), let box = object as? VariableBox else {
            throw CellError("internal error: a variable was read before its declaration ran", position: position)
        }
        return box
    }
}

/// Reads a boxed variable.
final class BoxedRead: Expression {
    let location: VariableLocation
    init(position: CellPosition, location: VariableLocation) {
        self.location = location
        super.init(position: position)
    }
    override func evaluate(_ context: CellContext) throws -> Value { try context.box(at: location, position).value }
}

/// A boxed variable as an assignment target.
final class BoxedVariableLValue: LValue {
    let location: VariableLocation
    let coercion: TypeCoercion

    init(position: CellPosition, location: VariableLocation, coercion: TypeCoercion) {
        self.location = location
        self.coercion = coercion
        super.init(position: position)
    }

    override func get(_ context: CellContext) throws -> Value { try context.box(at: location, position).value }

    override func modify(_ context: CellContext, _ body: (inout Value) throws -> Void) throws {
        // As `VariableLValue`: the value leaves the box while `body` runs, so an array in it stays unique.
        let box = try context.box(at: location, position)
        var value = box.value
        box.value = .void
        defer { box.value = value }
        try body(&value)
        if coercion != .none { value = try coercion.apply(value) }
    }
}
