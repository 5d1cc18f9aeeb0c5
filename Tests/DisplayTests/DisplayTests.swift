import Testing
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
