import Display
import NotebookDisplay
import NumericCore

extension Value {
    /// The text `print` and string interpolation show: numbers through ``NumberFormat``, strings bare,
    /// strings inside arrays quoted, a matrix as its aligned table.
    public var description: String {
        switch self {
        case .string(let text): return text
        case .matrix(let matrix): return matrix.displayTable.text
        case .object(let object): return object.description
        default: return debugDescription
        }
    }

    /// The text of a value inside a collection or an error message: strings quoted.
    public var debugDescription: String {
        switch self {
        case .void: return "()"
        case .int(let value): return NumberFormat.format(value)
        case .double(let value): return NumberFormat.format(value)
        case .bool(let value): return value ? "true" : "false"
        case .string(let text): return "\"" + text + "\""
        case .array(let elements): return "[" + elements.map(\.debugDescription).joined(separator: ", ") + "]"
        case .matrix(let matrix): return matrix.displayTable.text
        case .tuple(let elements): return "(" + elements.map(\.debugDescription).joined(separator: ", ") + ")"
        case .range(let range):
            return range.lower.debugDescription + (range.isClosed ? "..." : "..<") + range.upper.debugDescription
        case .symbol(let name): return "." + name
        case .closure(let closure): return closure.name.map { "func \($0)" } ?? "(closure)"
        case .builtin(let function): return "func \(function.name)"
        case .object(let object): return object.description
        case .absent: return "nil"
        }
    }

    /// A short form for error messages: a matrix by its shape, long texts cut.
    public var shortDescription: String {
        switch self {
        case .matrix(let matrix): return "\(matrix.rows)×\(matrix.columns)"
        case .object(let object): return object.typeName
        default:
            let text = debugDescription
            return text.count > 60 ? String(text.prefix(57)) + "…" : text
        }
    }

    /// What the display rule shows for a top-level expression: a matrix as a table, an object as it
    /// chooses, everything else as its ``debugDescription`` text.
    public var displayBlocks: [DisplayBlock] {
        switch self {
        case .void: return []
        case .matrix(let matrix): return [.table(matrix.displayTable)]
        case .object(let object): return object.display()
        default: return [.text(debugDescription)]
        }
    }
}
