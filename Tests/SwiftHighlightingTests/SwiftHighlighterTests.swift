import Testing
import SwiftHighlighting

/// Expected HTML is written by hand from Swift's grammar: which words are keywords, literals, comments, types.
struct SwiftHighlighterTests {
    @Test func keywordsLiteralsAndComments() {
        #expect(SwiftHighlighter.html(for: "let x = 1 // one")
                == #"<span class="kw">let</span> x = <span class="num">1</span> <span class="com">// one</span>"#)
    }

    @Test func typesAndStrings() {
        #expect(SwiftHighlighter.html(for: #"var m: Matrix = load("a.csv")"#)
                == #"<span class="kw">var</span> m: <span class="ty">Matrix</span> = load(<span class="str">"a.csv"</span>)"#)
    }

    @Test func floatsAndBlockComments() {
        #expect(SwiftHighlighter.html(for: "/* rate */ 0.5")
                == #"<span class="com">/* rate */</span> <span class="num">0.5</span>"#)
    }

    @Test func markupInCodeIsEscaped() {
        let html = SwiftHighlighter.html(for: #"if a < b && c > d { print("<b>") }"#)
        #expect(!html.contains("<b>"))
        #expect(html.contains("a &lt; b &amp;&amp; c &gt; d"))
        #expect(html.contains(#"<span class="str">"&lt;b&gt;"</span>"#))
    }

    /// Every byte of the source comes back, in order, whatever the spans: removing the tags and entities gives the source.
    @Test(arguments: ["for i in 0..<3 {\n    print(i)\n}\n", "let é = \"naïve\" /* unclosed", "}}} let", "", "\t\n"])
    func textSurvives(_ source: String) {
        var text = SwiftHighlighter.html(for: source)
        while let open = text.firstRange(of: "<span class=\""), let close = text[open.upperBound...].firstRange(of: "\">") {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.replacing("</span>", with: "").replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
        #expect(text == source)
    }
}
