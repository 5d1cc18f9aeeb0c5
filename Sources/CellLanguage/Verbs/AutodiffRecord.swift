import Display

/// One row of an autodiff result as a cell value (a tape node, a link, a gradient-check line, a
/// mode's cost): named fields read as members, `table.node("n₄").adjoint`.
///
/// It displays as a one-row table with the field names as the header.
public final class AutodiffRecord: CellObject {
    public let typeName: String
    /// The fields in display order.
    let fields: [(name: String, value: Value)]

    init(_ typeName: String, _ fields: [(String, Value)]) {
        self.typeName = typeName
        self.fields = fields.map { (name: $0.0, value: $0.1) }
    }

    public var memberNames: [String] { fields.map(\.name) }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        fields.first { $0.name == name }?.value
    }

    public var description: String {
        typeName + "(" + fields.map { "\($0.name): \($0.value.debugDescription)" }.joined(separator: ", ") + ")"
    }

    public func display() -> [DisplayBlock] {
        let cells = fields.map { field -> String in
            if case .string(let text) = field.value { return text }
            if case .array(let elements) = field.value { return elements.map(\.description).joined(separator: ", ") }
            return field.value.debugDescription
        }
        return [.table(Table(header: fields.map(\.name), rows: [cells]))]
    }

    /// Equal when of the same type with equal fields.
    public func isEqual(to other: Value) -> Bool {
        guard case .object(let record as AutodiffRecord) = other, record.typeName == typeName,
              record.fields.count == fields.count else { return false }
        return zip(fields, record.fields).allSatisfy { $0.name == $1.name && Arithmetic.equality($0.value, $1.value) == true }
    }
}
