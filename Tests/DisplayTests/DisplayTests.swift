import Testing
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
@testable import Display

@Test func numbersPrintWithoutNegativeZeroOrTrailingZeros() {
    #expect(NumberFormat.format(-0.0) == "0")
    #expect(NumberFormat.format(-1e-300 * 1e-300) == "0")
    #expect(NumberFormat.format(0.5) == "0.5")
    #expect(NumberFormat.format(4.0) == "4")
    #expect(NumberFormat.format(1.0 / 3.0) == "0.333333")
    #expect(NumberFormat.format(1.5e-8) == "1.5e-08")
    #expect(NumberFormat.format(.nan) == "nan")
}

@Test func tablesAlignNumbersRightAndTextLeft() {
    let table = Table(header: ["x", "name"], rows: [["1", "a"], ["-10.5", "bb"]])
    #expect(table.text == "    x  name\n-----  ----\n    1  a\n-10.5  bb")
}

/// The printf-free path prints what C's `%.6g` prints (trailing zeros and a bare point dropped, no `-0`),
/// checked against `vsnprintf` itself on values of every kind a handout shows.
@Test func shortNumbersPrintAsPrintfWould() {
    func reference(_ value: Double) -> String {
        var text = NumberFormat.printf("%.6g", value)
        if !text.contains("e"), text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
    var values: [Double] = [0.5, 4, -0.000123, 0.0001, 0.00012345, 999_999, 100_000, 123_456.7, 0.1 + 0.2, 1.0 / 3,
                            2.5e-5, -7.25, 12.5, 0.30000000000000004, 1_000_000, 65_536, 0.99999949, 0.9999995]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let mantissa = Double(state >> 11) / Double(1 << 53)
        let exponent = Int((state >> 3) % 14) - 6
        let rounded = (mantissa * 1000).rounded() / 1000
        values.append((state & 1 == 0 ? 1 : -1) * (state & 2 == 0 ? mantissa : rounded) * pow(10, Double(exponent)))
    }
    for value in values { #expect(NumberFormat.format(value) == reference(value), "\(value)") }
}
