import Testing
@testable import Display

/// `NumberFormat.printf` against what C's printf is specified to print (C11 7.21.6.1): short cases worked by
/// hand, 1e300 as Python's `"%.2f" % 1e300` prints it (an independent, correctly rounded formatter).
@Suite("printf without Foundation")
struct PrintfTests {
    @Test func fixedAndGeneralConversions() {
        #expect(NumberFormat.printf("%.3f", 1.5) == "1.500")
        #expect(NumberFormat.printf("%.2f", 2.5) == "2.50")
        #expect(NumberFormat.printf("%.2f", -1234.567) == "-1234.57")
        #expect(NumberFormat.printf("%.6g", 0.000123456789) == "0.000123457")
        #expect(NumberFormat.printf("%.6g", 1.5e-8) == "1.5e-08")
        #expect(NumberFormat.printf("%g", 100000) == "100000")
        #expect(NumberFormat.printf("%g", 1000000) == "1e+06")
    }

    @Test func longOutputIsNotCutShort() {
        #expect(NumberFormat.printf("%.700f", 0.5).count == 702)
        // 1e300 in %f: the 301 digits of the double nearest 10³⁰⁰ (its exact decimal value), ".00".
        let text = NumberFormat.printf("%.2f", 1e300)
        #expect(text.count == 304)
        #expect(text == "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")
    }
}
