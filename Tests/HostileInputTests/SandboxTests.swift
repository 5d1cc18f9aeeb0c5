import Foundation
import Testing
@testable import NotebookRunner

/// README "The sandbox": a cell reaches files only by reading data inside the notebook's folder, and
/// nothing else outside the interpreter: no writing, listing, processes, network or environment.
@Test(arguments: [
    "import Foundation",
    "let manager = FileManager.default",
    "let list = contentsOfDirectory(\"/\")",
    "let p = Process()",
    "system(\"touch /tmp/nbrun-sandbox-escaped\")",
    "let f = fopen(\"/tmp/nbrun-sandbox-escaped\", \"w\")",
    "let s = URLSession.shared",
    "let line = readLine()",
    "let home = getenv(\"HOME\")",
    "exit(0)",
    "let text = try String(contentsOfFile: \"/etc/passwd\")",
    "let d = Dataset.csv(\"/etc/passwd\")",
    "let d = Dataset.csv(\"../outside.csv\")",
    "let d = Dataset.csv(\"link.csv\")",
])
func aCellCannotReachOutsideTheInterpreter(code: String) throws {
    let scratch = Scratch()
    scratch.write("x,label\n1,0\n", to: "outside.csv")
    try FileManager.default.createSymbolicLink(atPath: scratch.root + "/notebooks/link.csv", withDestinationPath: scratch.root + "/outside.csv")
    scratch.write("# Escape\n\n```swift\n\(code)\n```\n", to: "notebooks/escape.md")
    let (status, _, errors) = scratch.run(["notebooks/escape.md"])
    #expect(status == .failure, "\(code) ran")
    #expect(errors.first?.contains("notebooks/escape.md:4:") == true, "\(errors)")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/nbrun-sandbox-escaped"))
    #expect(scratch.read("output/escape.md") == nil)
}
