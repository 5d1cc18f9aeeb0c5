import NumericCore

/// `a[i]`, `a[1..<3]`, `m[i, j]`, `m[i]` and objects' subscripts, read and written.
///
/// `m[i]` on a matrix with one row or one column is its `i`th entry; on any other matrix it is row
/// `i` as a 1×n matrix.
enum Subscripts {
    static func get(_ container: Value, _ keys: [Value], context: CellContext) throws -> Value {
        switch container {
        case .array(let elements):
            if keys.count == 1, case .range(let range) = keys[0] {
                let (lower, upper) = try range.integerBounds()
                guard lower >= 0 && upper <= elements.count else {
                    throw CellError("range \(keys[0].debugDescription) is out of range for an array of \(elements.count) elements")
                }
                return .array(Array(elements[lower..<upper]))
            }
            let index = try singleIndex(keys, count: elements.count, what: "an array of \(elements.count) elements")
            return elements[index]
        case .matrix(let matrix):
            if keys.count == 2 {
                let (row, column) = try matrixIndex(keys, matrix)
                return .double(matrix[row, column])
            }
            if matrix.rows == 1 || matrix.columns == 1 {
                let index = try singleIndex(keys, count: matrix.storage.count, what: "a \(MatrixArithmetic.shape(matrix)) matrix")
                return .double(matrix.storage[index])
            }
            let row = try singleIndex(keys, count: matrix.rows, what: "a matrix of \(matrix.rows) rows")
            return .matrix(Matrix(rows: 1, columns: matrix.columns,
                                  storage: Array(matrix.storage[(row * matrix.columns)..<((row + 1) * matrix.columns)])))
        case .tuple(let elements):
            let index = try singleIndex(keys, count: elements.count, what: "a tuple of \(elements.count) elements")
            return elements[index]
        case .string(let text):
            let characters = Array(text)
            let index = try singleIndex(keys, count: characters.count, what: "a string of \(characters.count) characters")
            return .string(String(characters[index]))
        case .object(let object):
            if let value = try object.subscriptValue(keys, context: context) { return value }
            throw CellError("value of type '\(object.typeName)' has no subscript")
        default:
            throw CellError("value of type '\(container.typeName)' has no subscript")
        }
    }

    static func set(_ container: inout Value, _ keys: [Value], to newValue: Value, context: CellContext) throws {
        switch container {
        case .array(var elements):
            let index = try singleIndex(keys, count: elements.count, what: "an array of \(elements.count) elements")
            container = .void
            elements[index] = newValue.assigned(replacing: elements[index])
            container = .array(elements)
        case .matrix(var matrix):
            if keys.count == 2 || matrix.rows == 1 || matrix.columns == 1 {
                guard let number = newValue.asDouble else {
                    throw CellError("expected a number to store in a matrix, found \(newValue.typeName) \(newValue.shortDescription)")
                }
                let storageIndex: Int
                if keys.count == 2 {
                    let (row, column) = try matrixIndex(keys, matrix)
                    storageIndex = row * matrix.columns + column
                } else {
                    storageIndex = try singleIndex(keys, count: matrix.storage.count, what: "a \(MatrixArithmetic.shape(matrix)) matrix")
                }
                container = .void
                matrix.storage[storageIndex] = number
                container = .matrix(matrix)
            } else {
                let row = try singleIndex(keys, count: matrix.rows, what: "a matrix of \(matrix.rows) rows")
                let replacement = try MatrixConversion.matrix(from: newValue)
                guard replacement.storage.count == matrix.columns else {
                    throw CellError("cannot store a \(MatrixArithmetic.shape(replacement)) matrix as a row of a \(MatrixArithmetic.shape(matrix)) matrix")
                }
                container = .void
                matrix.storage.replaceSubrange((row * matrix.columns)..<((row + 1) * matrix.columns), with: replacement.storage)
                container = .matrix(matrix)
            }
        case .object(let object):
            if try object.setSubscript(keys, to: newValue, context: context) { return }
            throw CellError("cannot assign through subscript of '\(object.typeName)'")
        default:
            throw CellError("cannot assign through subscript of \(container.typeName) \(container.shortDescription)")
        }
    }

    private static func singleIndex(_ keys: [Value], count: Int, what: String) throws -> Int {
        guard keys.count == 1 else { throw CellError("expected one index for \(what), found \(keys.count)") }
        guard case .int(let index) = keys[0] else {
            throw CellError("expected an Int index, found \(keys[0].typeName) \(keys[0].shortDescription)")
        }
        guard index >= 0 && index < count else { throw CellError("index \(index) is out of range for \(what)") }
        return index
    }

    private static func matrixIndex(_ keys: [Value], _ matrix: Matrix) throws -> (Int, Int) {
        guard case .int(let row) = keys[0], case .int(let column) = keys[1] else {
            throw CellError("expected Int indices, found \(keys[0].typeName) and \(keys[1].typeName)")
        }
        guard row >= 0 && row < matrix.rows && column >= 0 && column < matrix.columns else {
            throw CellError("index [\(row), \(column)] is out of range for a \(MatrixArithmetic.shape(matrix)) matrix")
        }
        return (row, column)
    }
}
