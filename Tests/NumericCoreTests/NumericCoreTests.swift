import Testing
@testable import NumericCore
