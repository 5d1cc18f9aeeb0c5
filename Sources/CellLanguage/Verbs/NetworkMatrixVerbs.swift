import NumericCore

/// Matrix constructors the network lectures use: `Matrix.zeros`, `Matrix.ones`, `Matrix.identity`.
enum NetworkMatrixVerbs {
    static let builtins: [Builtin] = [
        Builtin("Matrix.zeros(rows:columns:)") { arguments, _ in .matrix(try Matrix.filled(rows: try arguments.int("rows"), columns: try arguments.int("columns"), with: 0)) },
        Builtin("Matrix.ones(rows:columns:)") { arguments, _ in .matrix(try Matrix.filled(rows: try arguments.int("rows"), columns: try arguments.int("columns"), with: 1)) },
        Builtin("Matrix.identity(_:)") { arguments, _ in
            let size = try arguments.int(0)
            try Matrix.checkShape(rows: size, columns: size)
            return .matrix(Matrix.identity(size))
        },
    ]
}
