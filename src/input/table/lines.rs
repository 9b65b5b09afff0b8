//! Where things are in a CSV text: line numbers as an editor shows them, the delimiter,
//! and a quote that never closes.

/// The line where a quoted cell opens that is never closed, if any. The csv reader
/// would silently run such a cell to the end of the file, swallowing the rows after it.
/// As in CSV, a quote opens a quoted cell only at the start of a cell; inside one, `""`
/// is a quote and a single `"` closes it.
pub(super) fn unclosed_quote_line(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened) = (1, 1);
    let (mut inside, mut at_cell_start) = (false, true);
    let mut i = 0;
    // Bytes, not chars: the markers are ASCII, and UTF-8 never repeats them inside a char.
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c == b'\n' {
            line += 1;
        }
        if inside {
            if c == b'"' {
                if bytes.get(i) == Some(&b'"') {
                    i += 1;
                } else {
                    inside = false;
                }
            }
            continue;
        }
        if c == b'"' && at_cell_start {
            inside = true;
            opened = line;
        }
        at_cell_start = c == delimiter || c == b'\n' || c == b'\r';
    }
    inside.then_some(opened)
}

/// 1-based line numbers of increasing byte offsets: `\r\n`, `\n` and a lone `\r` all end
/// a line. (The csv reader's own line count is off for CRLF files and after blank lines.)
/// It counts as it goes, so a file of millions of lines needs no table of line starts.
pub(super) struct LineCounter<'t> {
    bytes: &'t [u8],
    at: usize,
    line: usize,
}

impl<'t> LineCounter<'t> {
    pub(super) fn new(text: &'t str) -> LineCounter<'t> {
        LineCounter {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `offset` that is not a line break;
    /// offsets must not decrease between calls.
    pub(super) fn of_record(&mut self, offset: usize) -> usize {
        let mut target = offset.min(self.bytes.len());
        while matches!(self.bytes.get(target), Some(b'\r' | b'\n')) {
            target += 1;
        }
        while self.at < target {
            let b = self.bytes[self.at];
            let ends_line =
                b == b'\n' || (b == b'\r' && self.bytes.get(self.at + 1) != Some(&b'\n'));
            if ends_line {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

/// `;` when the header line has more semicolons than commas, else `,`.
pub(super) fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let semicolons = header.matches(';').count();
    let commas = header.matches(',').count();
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_quote_that_opens_a_cell_and_never_closes_is_unclosed() {
        assert_eq!(unclosed_quote_line("a,b\nc,\"open\nd,e\n", b','), Some(2));
        assert_eq!(
            unclosed_quote_line("a,12\" scherm\nb,c\n", b','),
            None,
            "a quote inside a cell is literal"
        );
        assert_eq!(
            unclosed_quote_line("a;\"zei \"\"hoi\"\"\"\nb;c\n", b';'),
            None,
            "doubled quotes are escapes"
        );
        assert_eq!(
            unclosed_quote_line("a,\"twee\nregels\",b\n", b','),
            None,
            "a quoted cell may span lines"
        );
    }

    #[test]
    fn records_are_located_as_an_editor_shows_them() {
        let text = "h1,h2\r\nx,1\r\n\r\n\r\ny,2\r\n";
        let mut lines = LineCounter::new(text);
        assert_eq!(lines.of_record(text.find('x').unwrap()), 2);
        assert_eq!(
            lines.of_record(text.find("\r\n\r\n").unwrap() + 2),
            5,
            "blank lines are skipped"
        );
        let mut lone = LineCounter::new("a\rb\rc");
        assert_eq!(lone.of_record(4), 3, "a lone CR ends a line");
    }
}
