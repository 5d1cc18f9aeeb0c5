import Testing
import CellLanguage

/// The three path operations the runner and `Dataset.csv` use, on the cases `NSString`'s path methods
/// document (a bare name, the root, trailing slashes).
@Suite("File paths as text")
struct FilePathTextTests {
    @Test func folderOfAPath() {
        #expect(FilePathText.folder(of: "notebooks/xor.md") == "notebooks")
        #expect(FilePathText.folder(of: "a/b/c.md") == "a/b")
        #expect(FilePathText.folder(of: "xor.md") == "")
        #expect(FilePathText.folder(of: "/xor.md") == "/")
        #expect(FilePathText.folder(of: "a/b/") == "a")
        #expect(FilePathText.folder(of: "/") == "/")
    }

    @Test func nameOfAPath() {
        #expect(FilePathText.name(of: "notebooks/xor.md") == "xor.md")
        #expect(FilePathText.name(of: "xor.md") == "xor.md")
        #expect(FilePathText.name(of: "a/b/") == "b")
        #expect(FilePathText.name(of: "/") == "/")
    }

    @Test func joiningAFolderAndAName() {
        #expect(FilePathText.joining("output", "xor.md") == "output/xor.md")
        #expect(FilePathText.joining("output/", "xor.md") == "output/xor.md")
        #expect(FilePathText.joining("", "xor.md") == "xor.md")
        #expect(FilePathText.joining("/", "etc") == "/etc")
    }
}
