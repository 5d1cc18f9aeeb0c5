import Foundation
import Testing
import NumericCore

/// Each elementary function's derivative rule, in both modes, against a central difference of the
/// C library's function (an oracle that shares no code with the rules).
@Suite("Elementary functions against central differences")
struct DualElementaryFunctionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let plain: @Sendable (Double) -> Double
        let dual: @Sendable (Dual) -> Dual
        let tape: @Sendable (TapeVariable) -> TapeVariable
        let points: [Double]
        var testDescription: String { name }
    }

    static let everywhere = [-1.3, -0.2, 0.4, 1.1, 2.5]
    static let positive = [0.3, 1.0, 2.5, 7.0]

    static let cases: [Case] = [
        Case(name: "sin", plain: { Foundation.sin($0) }, dual: { sin($0) }, tape: { sin($0) }, points: everywhere),
        Case(name: "cos", plain: { Foundation.cos($0) }, dual: { cos($0) }, tape: { cos($0) }, points: everywhere),
        Case(name: "tan", plain: { Foundation.tan($0) }, dual: { tan($0) }, tape: { tan($0) }, points: everywhere),
        Case(name: "exp", plain: { Foundation.exp($0) }, dual: { exp($0) }, tape: { exp($0) }, points: everywhere),
        Case(name: "log", plain: { Foundation.log($0) }, dual: { log($0) }, tape: { log($0) }, points: positive),
        Case(name: "sqrt", plain: { Foundation.sqrt($0) }, dual: { sqrt($0) }, tape: { sqrt($0) }, points: positive),
        Case(name: "tanh", plain: { Foundation.tanh($0) }, dual: { tanh($0) }, tape: { tanh($0) }, points: everywhere),
        Case(name: "sigmoid", plain: { 1 / (1 + Foundation.exp(-$0)) }, dual: { sigmoid($0) },
             tape: { sigmoid($0) }, points: everywhere + [-30, 30]),
        Case(name: "relu", plain: { Swift.max(0, $0) }, dual: { relu($0) }, tape: { relu($0) },
             points: [-1.5, -0.2, 0.3, 2]),
        Case(name: "x^3", plain: { $0 * $0 * $0 }, dual: { pow($0, 3) }, tape: { pow($0, 3) }, points: everywhere),
        Case(name: "x^-2", plain: { 1 / ($0 * $0) }, dual: { pow($0, -2) }, tape: { pow($0, -2) }, points: everywhere),
        Case(name: "x^0.5", plain: { Foundation.sqrt($0) }, dual: { pow($0, 0.5) }, tape: { pow($0, 0.5) },
             points: positive),
        Case(name: "x^1.5", plain: { $0 * Foundation.sqrt($0) }, dual: { pow($0, 1.5) }, tape: { pow($0, 1.5) },
             points: positive),
        Case(name: "1/x", plain: { 1 / $0 }, dual: { 1 / $0 }, tape: { 1 / $0 }, points: everywhere),
        Case(name: "x/(x+3)", plain: { $0 / ($0 + 3) }, dual: { $0 / ($0 + 3) }, tape: { $0 / ($0 + 3) },
             points: everywhere),
    ]

    @Test("Value and derivative in both modes", arguments: cases)
    func derivativeMatchesCentralDifference(_ c: Case) {
        for x in c.points {
            let numerical = oracleDerivative(c.plain, at: x)
            let forward = derivative(of: c.dual, at: x)
            let reverse = reverseDerivative(of: c.tape, at: x)
            #expect(close(forward.value, c.plain(x)), "\(c.name) value at \(x)")
            #expect(close(reverse.value, c.plain(x)), "\(c.name) value at \(x)")
            #expect(close(forward.derivative, numerical, relative: 1e-7), "\(c.name)′ at \(x)")
            #expect(close(reverse.derivative, numerical, relative: 1e-7), "\(c.name)′ at \(x)")
        }
    }

    @Test("x⁰ has derivative 0 even at x = 0; relu′(0) = 0 by convention")
    func edgeCases() {
        #expect(derivative(of: { pow($0, 0) }, at: 0) == Dual(1, derivative: 0))
        #expect(derivative(of: { relu($0) }, at: 0).derivative == 0)
        #expect(!sigmoid(Dual.variable(-800)).derivative.isNaN)
    }
}
