import Testing
@testable import NotebookDocument
