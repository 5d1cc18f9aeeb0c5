/// `grades.csv`: one row per submission — its path, the points of each test, the total and the status.
public enum Gradebook {
    /// The file name in the output folder.
    public static let fileName = "grades.csv"

    /// The CSV text (RFC 4180: fields with a comma, quote or line break are quoted), rows in `grades`' order.
    public static func csv(_ grades: [SubmissionGrade], assignment: Assignment) -> String {
        var rows = [["submission"] + assignment.tests.map(\.id) + ["total", "status"]]
        // The possible points, so a spreadsheet has the scale beside the scores.
        rows.append(["(points possible)"] + assignment.tests.map { String($0.points) } + [String(assignment.totalPoints), ""])
        for grade in grades {
            rows.append([grade.path] + grade.outcomes.map { String($0.earned) } + [String(grade.total), grade.status])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
