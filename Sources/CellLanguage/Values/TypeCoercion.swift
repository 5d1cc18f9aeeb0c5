import NumericCore

/// What a type annotation (`: Double`, `: Matrix`, `-> [Double]`) does to a value stored under it.
///
/// Conversions are lenient: an `Int` becomes a `Double` where a `Double` is declared, a nested array
/// becomes a ``Matrix`` where a `Matrix` is declared; any other value passes unchanged (so a function
/// declared on `Double` also runs on dual numbers and tape variables).
indirect enum TypeCoercion: Equatable {
    /// No annotation, or a type that needs no conversion.
    case none
    /// `Double` (also `Float`, `CGFloat`).
    case double
    /// `Matrix`.
    case matrix
    /// `[Element]`.
    case array(TypeCoercion)

    /// Converts `value` as the annotation requires.
    func apply(_ value: Value) throws -> Value {
        switch self {
        case .none:
            return value
        case .double:
            switch value {
            case .int(let integer): return .double(Double(integer))
            case .string, .bool:  // matrices and objects pass, so `func f(_ x: Double)` runs elementwise and on dual numbers
                throw CellError("cannot use \(value.typeName) \(value.shortDescription) where a Double is declared")
            default: return value
            }
        case .matrix:
            switch value {
            case .array: return .matrix(try MatrixConversion.matrix(from: value))
            case .string, .bool, .int, .double:
                throw CellError("cannot use \(value.typeName) \(value.shortDescription) where a Matrix is declared")
            default: return value
            }
        case .array(let element):
            guard element != .none, case .array(let elements) = value else { return value }
            return .array(try elements.map(element.apply))
        }
    }
}

/// Turning cell values into matrices.
enum MatrixConversion {
    /// A matrix from a matrix, a nested array of numbers (rows), or a flat array of numbers (one row).
    static func matrix(from value: Value) throws -> Matrix {
        switch value {
        case .matrix(let matrix):
            return matrix
        case .array(let rows):
            if rows.isEmpty { return Matrix(rows: 0, columns: 0) }
            if case .array = rows[0] {
                var storage: [Double] = []
                var columns = -1
                for (rowIndex, row) in rows.enumerated() {
                    guard case .array(let entries) = row else {
                        throw CellError("expected a row (an array of numbers) at index \(rowIndex), found \(row.typeName) \(row.shortDescription)")
                    }
                    if columns < 0 { columns = entries.count }
                    guard entries.count == columns else {
                        throw CellError("matrix rows must have equal lengths: row 0 has \(columns) entries, row \(rowIndex) has \(entries.count)")
                    }
                    for entry in entries { storage.append(try number(entry)) }
                }
                return Matrix(rows: rows.count, columns: columns, storage: storage)
            }
            return Matrix(rows: 1, columns: rows.count, storage: try rows.map(number))
        default:
            throw CellError("expected a Matrix, found \(value.typeName) \(value.shortDescription)")
        }
    }

    private static func number(_ value: Value) throws -> Double {
        guard let number = value.asDouble else {
            throw CellError("expected a number in a matrix, found \(value.typeName) \(value.shortDescription)")
        }
        return number
    }
}
