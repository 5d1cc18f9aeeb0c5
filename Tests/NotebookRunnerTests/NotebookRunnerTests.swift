import Testing
@testable import NotebookRunner
