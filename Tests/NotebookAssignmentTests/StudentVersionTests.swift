import Testing
import NotebookDocument
@testable import NotebookAssignment

/// A key with a given cell, a region, a solution cell, a visible and a hidden test, in a block quote too.
private let key = """
# Key

```swift
let x = 3
```

```swift
func double(_ v: Int) -> Int {
    // BEGIN SOLUTION
    return v * 2
    // END SOLUTION
}
```

```swift solution
let answer = double(x)
```

```swift test points=2
expect(answer, equals: 6)
```

```swift test hidden
expect(double(5), equals: 10)
```

Prose after.

> ```swift
> // BEGIN SOLUTION
> let quoted = 1
> // END SOLUTION
> ```
"""

/// The student version written out by hand from the format's rules: each answer a two-line stub at its
/// indentation, the hidden test and the blank line after it gone, every other line unchanged.
private let expectedStudent = """
# Key

```swift
let x = 3
```

```swift
func double(_ v: Int) -> Int {
    // Your code here.
    fatalError("exercise not done yet")
}
```

```swift solution
// Your code here.
fatalError("exercise not done yet")
```

```swift test points=2
expect(answer, equals: 6)
```

Prose after.

> ```swift
> // Your code here.
> fatalError("exercise not done yet")
> ```
"""

@Test func studentVersionReplacesAnswersByStubsAndDropsHiddenTests() throws {
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: key))
    #expect(StudentVersion.text(of: assignment) == expectedStudent)
}

@Test func studentVersionKeepsCRLFLineEnds() throws {
    let crlf = key.replacing("\n", with: "\r\n")
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: crlf))
    #expect(StudentVersion.text(of: assignment) == expectedStudent.replacing("\n", with: "\r\n"))
}

@Test func testsAreNumberedInKeyOrderWithPointsAndHidden() throws {
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: key))
    #expect(assignment.tests.map(\.id) == ["test-1", "test-2"])
    #expect(assignment.tests.map(\.points) == [2, 1])
    #expect(assignment.tests.map(\.hidden) == [false, true])
    #expect(assignment.totalPoints == 3)
    #expect(assignment.regions.map(\.lines) == [9...11, 30...32])
    #expect(assignment.solutionCells == [2])
}

@Test func aNotebookWithoutTestsOrSolutionsIsNotAnAssignment() throws {
    let notebook = try Notebook(path: "plain.md", text: "# Plain\n\n```swift\nlet x = 1\n```\n")
    #expect(throws: DocumentDiagnostic.self) { try Assignment(key: notebook) }
    do { _ = try Assignment(key: notebook) } catch {
        #expect(error.formatted.hasPrefix("plain.md:1:1: error: not an assignment"))
    }
}

@Test(arguments: [
    ("```swift\n// BEGIN SOLUTION\nlet a = 1\n```\n", "key.md:2:1: error: '// BEGIN SOLUTION' has no '// END SOLUTION' before the cell ends"),
    ("```swift\nlet a = 1\n  // END SOLUTION\n```\n", "key.md:3:3: error: '// END SOLUTION' without a '// BEGIN SOLUTION' before it"),
    ("```swift\n// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n```\n",
     "key.md:3:1: error: solution regions do not nest; the one opened at line 2 is still open"),
    ("```swift\n// BEGIN SOLUTION here\n```\n", "key.md:2:1: error: a solution marker stands alone on its line: '// BEGIN SOLUTION' or '// END SOLUTION'"),
    ("```swift test\n// BEGIN SOLUTION\n// END SOLUTION\n```\n", "key.md:2:1: error: a test cell cannot hold a solution region"),
])
func malformedRegionsAreErrorsAtTheirLine(text: String, message: String) throws {
    let notebook = try Notebook(path: "key.md", text: text)
    do {
        _ = try Assignment(key: notebook)
        Issue.record("expected an error")
    } catch {
        #expect(error.formatted == message)
    }
}
