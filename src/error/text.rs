//! Server text on one line: what `Display` of every error goes through, so
//! that nothing a server sends can forge a log line (see the
//! [module docs](super#server-text-is-escaped)).

use std::fmt;

/// Writes through to a formatter, escaping what could break a log line:
/// control characters, Unicode line and paragraph separators, and
/// bidirectional formatting characters. Escaped text passes through again
/// unchanged, so nesting is harmless.
pub(crate) struct OneLine<'a, 'b>(pub(crate) &'a mut fmt::Formatter<'b>);

impl fmt::Write for OneLine<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut rest = s;
        while let Some((i, c)) = rest.char_indices().find(|(_, c)| breaks_a_line(*c)) {
            self.0.write_str(&rest[..i])?;
            match c {
                '\n' | '\r' | '\t' | '\0' => write!(self.0, "{}", c.escape_debug())?,
                _ => write!(self.0, "{}", c.escape_unicode())?,
            }
            rest = &rest[i + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// Whether `c` is escaped by [`OneLine`].
fn breaks_a_line(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061c}' | '\u{200e}' | '\u{200f}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with what [`OneLine`] escapes escaped.
pub(crate) fn escape_controls(text: &str) -> String {
    struct Text<'a>(&'a str);
    impl fmt::Display for Text<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Write::write_str(&mut OneLine(f), self.0)
        }
    }
    Text(text).to_string()
}

/// A reqwest error and its causes on one line.
pub(crate) fn one_line(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out.replace('\n', " ")
}

/// The first `max` characters of `text` on one line, with an ellipsis if cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}
