import Display
import NotebookDisplay
import NumericCore

// `expect(…)`: the facts a notebook states. A failed expectation stops the program with both values,
// at the notebook line the cell came from (`nbrun export` writes `#sourceLocation` before each cell).

/// Stops unless `condition` holds.
public func expect(_ condition: Bool, file: StaticString = #filePath, line: UInt = #line) {
    if !condition { fail("the condition is false", file: file, line: line) }
}

/// Stops unless the two values are equal.
public func expect<T: Equatable>(_ value: T, equals expected: T, file: StaticString = #filePath, line: UInt = #line) {
    if value != expected { fail("\(inline(value)) vs \(inline(expected))", file: file, line: line) }
}

/// Stops unless the two numbers differ by at most `tolerance`.
public func expect(_ value: Double, closeTo expected: Double, tolerance: Double = defaultExpectTolerance,
                   file: StaticString = #filePath, line: UInt = #line) {
    if !(Swift.abs(value - expected) <= tolerance) {
        fail("\(NumberFormat.format(value)) is not within \(NumberFormat.format(tolerance)) of \(NumberFormat.format(expected))",
             file: file, line: line)
    }
}

/// Stops unless the matrices have one shape and every entry is within `tolerance` of the other's.
public func expect(_ value: Matrix, closeTo expected: Matrix, tolerance: Double = defaultExpectTolerance,
                   file: StaticString = #filePath, line: UInt = #line) {
    guard value.rows == expected.rows, value.columns == expected.columns else {
        fail("shapes \(value.rows)×\(value.columns) vs \(expected.rows)×\(expected.columns)", file: file, line: line)
    }
    for index in value.storage.indices where !(Swift.abs(value.storage[index] - expected.storage[index]) <= tolerance) {
        let row = index / Swift.max(value.columns, 1), column = index % Swift.max(value.columns, 1)
        fail("at [\(row), \(column)]: \(NumberFormat.format(value.storage[index])) vs \(NumberFormat.format(expected.storage[index]))",
                    file: file, line: line)
    }
}

/// Stops unless the lists have one length and every number is within `tolerance` of the other's.
public func expect(_ value: [Double], closeTo expected: [Double], tolerance: Double = defaultExpectTolerance,
                   file: StaticString = #filePath, line: UInt = #line) {
    expect(Matrix(row: value), closeTo: Matrix(row: expected), tolerance: tolerance, file: file, line: line)
}

/// Stops unless the nested lists have one shape and every number is within `tolerance` of the other's.
public func expect(_ value: [[Double]], closeTo expected: [[Double]], tolerance: Double = defaultExpectTolerance,
                   file: StaticString = #filePath, line: UInt = #line) {
    guard let value = try? Matrix(validating: value), let expected = try? Matrix(validating: expected) else {
        fail("a ragged list of lists cannot be compared entry by entry", file: file, line: line)
    }
    expect(value, closeTo: expected, tolerance: tolerance, file: file, line: line)
}

private func inline<T>(_ value: T) -> String {
    switch value {
    case let matrix as Matrix:
        "[" + matrix.nestedRows.map { "[" + $0.map(NumberFormat.format).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    case let value as any Displayable: value.inlineText
    default: String(describing: value)
    }
}

private func fail(_ detail: String, file: StaticString, line: UInt) -> Never {
    stop("expectation failed: \(detail)", at: "\(file):\(line)")
}
