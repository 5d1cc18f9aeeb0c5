/// What a cell printed, made unable to act as anything but text in a handout.
///
/// Markdown ends a line at CR and CRLF as well as LF, so a printed `"\r# Heading"` would leave its
/// output block; every line break becomes LF. Other control characters (ESC, NUL, backspace, DEL)
/// become their visible Unicode control pictures (`␛`, `␀`, `␈`, `␡`), which no renderer acts on.
enum InertText {
    /// `text` with line breaks as LF and every other control character but tab shown as its picture.
    static func make(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 32 && $0 != 9 && $0 != 10) || $0 == 127 }) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 13:
                result.append("\n")
                if pending == "\n" { pending = scalars.next() }
            case 9, 10: result.append(scalar)
            case 0..<32: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 127: result.append("\u{2421}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
