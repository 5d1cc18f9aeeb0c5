import NumericCore

/// Matrix constructors the network lectures use: `Matrix.zeros`, `Matrix.ones`, `Matrix.identity`.
enum NetworkMatrixVerbs {
    static let builtins: [Builtin] = [
        Builtin("Matrix.zeros(rows:columns:)") { arguments, _ in .matrix(try Matrix.zeros(rows: try arguments.int("rows"), columns: try arguments.int("columns"))) },
        Builtin("Matrix.ones(rows:columns:)") { arguments, _ in .matrix(try Matrix.ones(rows: try arguments.int("rows"), columns: try arguments.int("columns"))) },
        Builtin("Matrix.identity(_:)") { arguments, _ in .matrix(try Matrix.identity(try arguments.int(0))) },
    ]
}
