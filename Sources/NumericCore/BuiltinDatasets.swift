extension Dataset {
    /// The truth table of a two-input boolean function, rows 00, 01, 10, 11, targets 0/1;
    /// `bipolar` writes the inputs as −1/1 instead of 0/1 (targets stay 0/1).
    ///
    /// A `bits` outside 1…20 stops the program; ``checkedTruthTable(bits:bipolar:_:)`` throws instead.
    public static func truthTable(bits: Int, bipolar: Bool = false, _ function: ([Int]) -> Int) -> Dataset {
        stopOnError { try checkedTruthTable(bits: bits, bipolar: bipolar, function) }
    }

    /// The truth table of `function`, or an error for `bits` outside 1…20.
    public static func checkedTruthTable(bits: Int, bipolar: Bool = false, _ function: ([Int]) -> Int) throws -> Dataset {
        guard (1...20).contains(bits) else { throw DatasetError.invalidSize("bits must be in 1...20, found \(bits)") }
        let rows = 1 << bits
        var inputs = Matrix(rows: rows, columns: bits)
        var labels: [Int] = []
        for row in 0..<rows {
            // Most significant bit first, so the rows read 00, 01, 10, 11 as in the lectures' tables.
            let bitValues = (0..<bits).map { (row >> (bits - 1 - $0)) & 1 }
            for (column, bit) in bitValues.enumerated() {
                inputs[row, column] = bipolar ? (bit == 1 ? 1 : -1) : Double(bit)
            }
            labels.append(function(bitValues))
        }
        return try Dataset(validating: inputs, targets: Matrix(column: labels.map(Double.init)), labels: labels,
                           classNames: ["0", "1"])
    }

    /// Logical AND: 00→0, 01→0, 10→0, 11→1.
    public static func and(bipolar: Bool = false) -> Dataset {
        truthTable(bits: 2, bipolar: bipolar) { $0[0] & $0[1] }
    }

    /// Logical OR: 00→0, 01→1, 10→1, 11→1.
    public static func or(bipolar: Bool = false) -> Dataset {
        truthTable(bits: 2, bipolar: bipolar) { $0[0] | $0[1] }
    }

    /// The truth tables by name where a dataset is expected: `train(net, on: .xor, …)`.
    public static var xor: Dataset { xor() }
    /// Logical AND, 0/1 inputs.
    public static var and: Dataset { and() }
    /// Logical OR, 0/1 inputs.
    public static var or: Dataset { or() }

    /// Exclusive or: 00→0, 01→1, 10→1, 11→0.
    public static func xor(bipolar: Bool = false) -> Dataset {
        truthTable(bits: 2, bipolar: bipolar) { $0[0] ^ $0[1] }
    }

    /// n-bit parity: 1 when an odd number of inputs are 1 (all 2ⁿ rows). A bad `bits` stops the
    /// program; ``checkedParity(bits:bipolar:)`` throws instead.
    public static func parity(bits: Int, bipolar: Bool = false) -> Dataset {
        stopOnError { try checkedParity(bits: bits, bipolar: bipolar) }
    }

    /// n-bit parity, or an error for `bits` outside what a table can hold.
    public static func checkedParity(bits: Int, bipolar: Bool = false) throws -> Dataset {
        try checkedTruthTable(bits: bits, bipolar: bipolar) { $0.reduce(0, ^) }
    }
}
