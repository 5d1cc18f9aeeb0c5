import Testing
import NotebookDocument
@testable import NotebookAssignment

private func assignment() throws -> Assignment {
    try Assignment(key: try Notebook(path: "key.md", text: "# Key\n\n```swift test points=2\nexpect(true)\n```\n\n```swift test hidden\nexpect(true)\n```\n"))
}

@Test func gradebookHasPossiblePointsAndQuotesFieldsThatNeedIt() throws {
    let key = try assignment()
    let tests = key.tests
    let grades = [
        SubmissionGrade(path: "a.md", outcomes: [TestOutcome(test: tests[0], failure: nil), TestOutcome(test: tests[1], failure: "x")]),
        SubmissionGrade.zero("b, \"c\".md", of: key, because: "b.md:1:2: error: file contains a NUL byte"),
    ]
    #expect(Gradebook.csv(grades, assignment: key) == """
    submission,test-1,test-2,total,status\r
    (points possible),2,1,3,\r
    a.md,2,0,2,graded\r
    "b, ""c"".md",0,0,0,b.md:1:2: error: file contains a NUL byte\r

    """)
}

@Test func feedbackNamesEachTestAndShowsFailuresInFencesLongerThanTheirBackticks() throws {
    let tests = try assignment().tests
    let grade = SubmissionGrade(path: "a.md", outcomes: [TestOutcome(test: tests[0], failure: "a.md:4:1: error: ``` inside"),
                                                         TestOutcome(test: tests[1], failure: nil)])
    let text = Feedback.markdown(grade, keyTitle: "Key")
    #expect(text.contains("Submission `a.md`: **1 of 3 points**"))
    #expect(text.contains("| test-1 | 0 of 2 | failed |\n| test-2 (hidden) | 1 of 1 | passed |"))
    #expect(text.contains("````text\na.md:4:1: error: ``` inside\n````"))
}
