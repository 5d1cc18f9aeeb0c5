import Foundation
import Testing
@testable import NotebookRunner

/// `nbrun check-examples`: a reference page's `swift` blocks run, and each `output` block after one
/// must be what it prints. Expected values below are worked by hand (2 + 3 = 5, 2 · 0.1 · 3 = 0.6).
@Suite("check-examples: reference pages as doc tests") struct ExampleCheckTests {
    func check(_ page: String, tolerance: Double = 1) -> (Runner.Status, [String], [String]) {
        let scratch = Scratch()
        scratch.write(page, to: "page.md")
        var options = RunOptions()
        options.tolerance = tolerance
        let out = LineSink(), err = LineSink()
        let status = ExampleCheck(paths: [scratch.root + "/page.md"], options: options,
                                  report: { out.lines.append($0) }, reportError: { err.lines.append($0) }).run()
        return (status, out.lines, err.lines)
    }

    @Test func aPageWhoseBlocksPrintWhatItShowsIsCurrent() {
        let (status, out, err) = check("""
        # Reference

        ```swift
        let a = 2
        a + 3
        ```

        ```output
        5
        ```

        Without an output block the block must still run:

        ```swift
        let b = a * 0.1
        ```

        ```swift
        print(b * 3)
        ```
        ```output
        0.6
        ```
        """)
        #expect(status == .success)
        #expect(err.isEmpty)
        #expect(out.last == "checked 2 output blocks in 1 page: every example prints what its page shows")
    }

    @Test func aShownOutputThatDiffersIsReportedWithADiff() {
        let (status, _, err) = check("# R\n\n```swift\n2 + 3\n```\n\n```output\n7\n```\n")
        #expect(status == .failure)
        let report = err.joined(separator: "\n")
        #expect(report.contains("error: examples print something else now"))
        #expect(report.contains("-7\n+5"))
    }

    @Test func numbersMayDifferInTheirLastDigitByTheTolerance() {
        let page = "# R\n\n```swift\n0.1 * 3\n```\n\n```output\n0.300001\n```\n"  // prints 0.3
        #expect(check(page, tolerance: 0).0 == .failure)
        #expect(check("# R\n\n```swift\n0.1 * 3\n```\n\n```output\n0.3\n```\n", tolerance: 0).0 == .success)
    }

    @Test func aFailingBlockIsAnErrorAtItsLineOfThePage() {
        let (status, _, err) = check("# R\n\nText.\n\n```swift\nlet a = 1\nmissing + a\n```\n\n```output\n2\n```\n")
        #expect(status == .failure)
        #expect(err.first?.contains("page.md:7:1: error: cannot find 'missing' in scope") == true)
    }

    @Test func noRunAndShouldFailBlocksFollowTheirOptions() {
        let page = """
        # R

        ```swift no-run
        .package(path: "../nbrun"),
        ```

        ```swift should-fail
        expect(1 == 2)
        ```
        """
        #expect(check(page).0 == .success)
        #expect(check("# R\n\n```swift should-fail\n1 + 1\n```\n").0 == .failure)
    }

    @Test func anElisionStandsForAnyRunOfLines() {
        let printing = "```swift\nfor i in 1...5 { print(i) }\n```\n\n"
        #expect(check("# R\n\n" + printing + "```output\n1\n⋮\n5\n```\n").0 == .success)
        #expect(check("# R\n\n" + printing + "```output\n1\n⋮\n```\n").0 == .success)
        // Without the elision the excerpt is the whole output; with it, the shown lines must still be in order.
        #expect(check("# R\n\n" + printing + "```output\n1\n5\n```\n").0 == .failure)
        #expect(check("# R\n\n" + printing + "```output\n5\n⋮\n1\n```\n").0 == .failure)
    }

    @Test func aPageThatIsNoNotebookGetsNotebooksErrors() {
        let (unclosed, _, unclosedErrors) = check("# R\n\n```swift\n2 + 3\n```\n\n```output\n5\n")
        #expect(unclosed == .failure)
        #expect(unclosedErrors.first?.hasSuffix("page.md:7:1: error: unclosed code fence: this output block has no closing ```") == true)
        let (fence, _, fenceErrors) = check("# R\n\n```swift\n2 + 3\n")
        #expect(fence == .failure)
        #expect(fenceErrors.first?.contains("page.md:3:1: error: unclosed code fence") == true)
    }

    /// An expected output holding `-->` or a fence-like line stays inert while its page runs.
    @Test func anExpectedOutputThatLooksLikeMarkupStaysText() {
        let page = "# R\n\n```swift\nprint(\"a --> b\")\nprint(\"```swift\")\n```\n\n````output\na --> b\n```swift\n````\n"
        let (status, _, err) = check(page)
        #expect(status == .success, "\(err)")
    }

    /// Examples inside a list item and a quote, one with `~~~` fences, as cmark reads them: 1 + 1 = 2,
    /// 2 + 5 = 7 (the page's 9 is wrong).
    @Test func examplesInContainersAndTildeFencesAreChecked() {
        let page = "# R\n\n- item\n\n  ```swift\n  1 + 1\n  ```\n\n  ~~~output\n  2\n  ~~~\n\n> ```swift\n> 2 + 5\n> ```\n>\n> ```output\n> SHOWN\n> ```\n"
        let (right, out, _) = check(page.replacingOccurrences(of: "SHOWN", with: "7"))
        #expect(right == .success)
        #expect(out.last == "checked 2 output blocks in 1 page: every example prints what its page shows")
        let (wrong, _, err) = check(page.replacingOccurrences(of: "SHOWN", with: "9"))
        #expect(wrong == .failure)
        #expect(err.joined().contains("-> 9\n+> 7"))
    }

    @Test func aBlockThatPrintsNothingWhereThePageShowsOutputIsStale() {
        let (status, _, err) = check("# R\n\n```swift\nlet quiet = 1\n```\n\n```output\n1\n```\n")
        #expect(status == .failure)
        #expect(err.joined().contains("-1"))
    }
}
