import Testing
import NotebookDocument
@testable import NotebookAssignment

private let key = """
```swift
let a = 1
```

```swift
// BEGIN SOLUTION
let b = a + 1
// END SOLUTION
```

```swift test
expect(b == 2)
```

```swift
let c = 3
```

```swift test hidden
expect(c == 3)
```
"""

/// The plan as "s<cell>" for a student cell and "<test id>@<file>:<line>" for a test.
private func describe(_ plan: GradingPlan) -> [String] {
    plan.steps.map { step in
        switch step {
        case .student(let index): "s\(index)"
        case .test(let test, let file, let cell): "\(test.id)@\(file):\(cell.firstCodeLine)"
        }
    }
}

@Test func testsRunBeforeTheNextUnchangedCellOfTheKey() throws {
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: key))
    let student = StudentVersion.text(of: assignment)
    let plan = GradingPlan(assignment: assignment, submission: try Notebook(path: "s.md", text: student))
    // Student cells 0 (a), 1 (the stub), 2 (its copy of test-1: never run), 3 (c). test-1 is located at
    // the student's copy (line 11); the hidden test at the key's line and last, as nothing follows it.
    #expect(describe(plan) == ["s0", "s1", "test-1@s.md:11", "s3", "test-2@key.md:20"])
}

@Test func insertedAndMovedCellsCarryTheTestsWithThem() throws {
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: key))
    let shifted = """
    Extra prose.

    ```swift
    let helper = 10
    ```

    ```swift
    let a = 1
    ```

    ```swift
    let b = helper - 8
    ```

    ```swift
    let extra = 0
    ```

    ```swift
    let c = 3
    ```
    """
    let plan = GradingPlan(assignment: assignment, submission: try Notebook(path: "s.md", text: shifted))
    // Deleted test copy: test-1 runs from the key's lines before `let c`, the next unchanged key cell.
    #expect(describe(plan) == ["s0", "s1", "s2", "s3", "test-1@key.md:12", "s4", "test-2@key.md:20"])
}

@Test func aSubmissionsOwnTestCellsAndCopiesNeverRunAsStudentCode() throws {
    let assignment = try Assignment(key: try Notebook(path: "key.md", text: key))
    let faked = """
    ```swift
    let a = 1
    ```

    ```swift test points=100
    expect(true)
    ```

    ```swift
    expect(c == 3)
    ```
    """
    let plan = GradingPlan(assignment: assignment, submission: try Notebook(path: "s.md", text: faked))
    #expect(describe(plan) == ["s0", "test-1@key.md:12", "test-2@key.md:20"])
}

@Test func longestCommonSubsequenceFindsTheMatchedPairs() {
    let pairs = GradingPlan.commonSubsequence(["a", "b", "c", "d"], ["x", "a", "c", "y", "d"])
    #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [2, 2], [3, 4]])
}
