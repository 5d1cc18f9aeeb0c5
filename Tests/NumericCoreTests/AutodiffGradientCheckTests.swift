import Foundation
import Testing
import NumericCore

@Suite("Gradient check for closures")
struct AutodiffGradientCheckTests {
    @Test("Passes on Lecture 13's f, Gormley's J and Grosse's regularized loss")
    func passesOnLectureExamples() {
        #expect(gradcheck(of: lectureThirteenF, at: [2, 3]).passed)
        for x in [-1.2, 0.3, 0.7, 1.5] {
            #expect(gradcheck(of: { gormleyJ($0[0]) }, at: [x]).passed)
        }
        let grosse = gradcheck(of: { v in
            let (w, b) = (v[0], v[1])
            let y = sigmoid(w * 1.5 + b)
            return 0.5 * pow(y - 1, 2) + 0.1 * (0.5 * pow(w, 2))
        }, at: [0.8, -0.3], names: ["w", "b"])
        #expect(grosse.passed)
        #expect(grosse.rows.map(\.name) == ["w", "b"])
        #expect(grosse.worstRelativeError < ClosureGradientCheck.tolerance)
    }

    @Test("Fails on a function whose derivative rule is wrong")
    func failsOnWrongRule() {
        let wrongSin = ElementaryFunction(name: "sin", value: { Foundation.sin($0) },
                                          derivative: { -Foundation.cos($0) })
        let report = gradcheck(of: { v in v[0] * v[1].applying(wrongSin) }, at: [1.5, 0.4])
        #expect(!report.passed)
        #expect(report.rows[0].passed)        // ∂/∂x = sin y does not use the wrong rule
        #expect(!report.rows[1].passed)
    }

    @Test("Fails on Lecture 13's half-finished ∂f/∂y = 12 (the path through n₃ forgotten)")
    func failsOnForgottenPath() {
        let f: ([Double]) -> Double = { v in v[0] * v[1] * v[1] + v[1] + 5 }
        #expect(gradcheck(f, analytic: [9, 13], at: [2, 3]).passed)
        let report = gradcheck(f, analytic: [9, 12], at: [2, 3])
        #expect(!report.passed)
        #expect(close(report.rows[1].numerical, 13, relative: 1e-8))
        #expect(close(report.rows[1].relativeError, 1.0 / 13, relative: 1e-6))
    }

    @Test("A zero gradient is not failed by rounding noise")
    func zeroGradient() {
        let report = gradcheck(of: { v in v[0] * 0 + pow(v[1], 2) }, at: [3, 0])
        #expect(report.passed)
    }

    @Test("ε sweep: the error falls, then rises again from rounding")
    func epsilonSweepShape() throws {
        let sweep = epsilonSweep(of: { gormleyJ($0[0]) }, at: [0.7])
        #expect(sweep.epsilons == [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12])
        let errors = sweep.errors
        let best = try #require(errors.indices.min { errors[$0] < errors[$1] })
        #expect(best > 0 && best < errors.count - 1)
        #expect(errors[0] > 1000 * errors[best])
        #expect(errors[errors.count - 1] > 1000 * errors[best])
        #expect(sweep.rows.allSatisfy { close($0.analytic, gormleyJPrime(0.7)) })
        #expect(sweep.smallestError == errors[best] && sweep.bestEpsilon == sweep.epsilons[best])
        #expect(sweep.input == "x")
    }
}
