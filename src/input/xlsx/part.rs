//! One XML part of the zip, read as a stream of events within the budgets: every byte
//! unpacked is counted against the part's and the workbook's cap, and no run of text or
//! tag may grow past [`MAX_XML_RUN_BYTES`], so that the XML reader never buffers more.

use super::limits::*;
use super::{CellRef, Failure};
use quick_xml::events::{BytesStart, Event};
use std::cell::Cell;
use std::io::{self, BufReader, Read};

/// What all parts of one workbook have used so far, and the cap that was hit, if any.
#[derive(Default)]
pub(super) struct Budget {
    total: Cell<u64>,
    hit: Cell<Option<Limit>>,
}

/// The unpacked bytes of a part, counted and cut off at the budgets.
struct Metered<'b, R> {
    inner: R,
    read: u64,
    /// Bytes since the last `<` or `>`.
    run: usize,
    budget: &'b Budget,
}

impl<R> Metered<'_, R> {
    fn over(&self, limit: Limit) -> io::Error {
        self.budget.hit.set(Some(limit));
        io::Error::other(limit.name())
    }
}

fn is_markup(b: &u8) -> bool {
    *b == b'<' || *b == b'>'
}

impl<R: Read> Read for Metered<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // A chunk no longer than a run: only the run carried over can cross the cap.
        let cap = buf.len().min(MAX_XML_RUN_BYTES);
        let n = self.inner.read(&mut buf[..cap])?;
        let chunk = &buf[..n];
        self.read += n as u64;
        let total = self.budget.total.get() + n as u64;
        self.budget.total.set(total);
        if self.read > MAX_PART_BYTES {
            return Err(self.over(Limit::PartBytes));
        }
        if total > MAX_TOTAL_BYTES {
            return Err(self.over(Limit::TotalBytes));
        }
        match chunk.iter().position(is_markup) {
            Some(first) => {
                if self.run + first > MAX_XML_RUN_BYTES {
                    return Err(self.over(Limit::XmlRun));
                }
                let last = chunk.iter().rposition(is_markup).unwrap_or(first);
                self.run = n - last - 1;
            }
            None => {
                self.run += n;
                if self.run > MAX_XML_RUN_BYTES {
                    return Err(self.over(Limit::XmlRun));
                }
            }
        }
        Ok(n)
    }
}

/// A part as XML events.
pub(super) struct XmlPart<'b, R: Read> {
    xml: quick_xml::Reader<BufReader<Metered<'b, R>>>,
    budget: &'b Budget,
    pub(super) name: String,
}

impl<'b, R: Read> XmlPart<'b, R> {
    pub(super) fn new(inner: R, name: &str, budget: &'b Budget) -> XmlPart<'b, R> {
        // A cap hit in another part is that part's; the total, if over, is hit again at
        // the first byte read here.
        budget.hit.set(None);
        let metered = Metered {
            inner,
            read: 0,
            run: 0,
            budget,
        };
        let mut xml = quick_xml::Reader::from_reader(BufReader::new(metered));
        let config = xml.config_mut();
        config.trim_text(false);
        config.check_end_names = false;
        config.check_comments = false;
        config.expand_empty_elements = true;
        XmlPart {
            xml,
            budget,
            name: name.to_string(),
        }
    }

    /// The next event; `buf` is cleared first. A cap that was hit is reported as such.
    pub(super) fn next<'e>(&mut self, buf: &'e mut Vec<u8>) -> Result<Event<'e>, Failure> {
        buf.clear();
        match self.xml.read_event_into(buf) {
            Ok(event) => Ok(event),
            Err(e) => Err(match self.budget.hit.get() {
                Some(limit) => self.limit(limit, None),
                None => self.broken(&e.to_string(), None),
            }),
        }
    }

    /// A cap hit in this part, at `cell` when the part is a sheet.
    pub(super) fn limit(&self, limit: Limit, cell: Option<CellRef>) -> Failure {
        self.budget.hit.set(Some(limit));
        Failure::Limit {
            limit,
            part: self.name.clone(),
            cell,
        }
    }

    /// The part is not what Excel writes.
    pub(super) fn broken(&self, detail: &str, cell: Option<CellRef>) -> Failure {
        Failure::Broken {
            part: self.name.clone(),
            detail: detail.chars().take(200).collect(),
            cell,
        }
    }

    /// The value of attribute `key` (`r`, `t`, `s`, or `r:id` for any prefix's `id`),
    /// unescaped.
    pub(super) fn attr(&self, e: &BytesStart, key: &str) -> Result<Option<String>, Failure> {
        for a in e.attributes().with_checks(false) {
            let a = a.map_err(|err| self.broken(&err.to_string(), None))?;
            let name = a.key;
            let hit = if key == "r:id" {
                name.local_name().as_ref() == "id" && name.prefix().is_some()
            } else {
                name.as_ref() == key
            };
            if hit {
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| self.broken(&err.to_string(), None))?;
                return Ok(Some(value.into_owned()));
            }
        }
        Ok(None)
    }
}

/// Text collected from the events of one element, within [`MAX_CELL_CHARS`].
#[derive(Default)]
pub(super) struct Text {
    pub(super) text: String,
    chars: usize,
}

impl Text {
    /// Adds the text of a text, CDATA or entity event; false for other events.
    pub(super) fn push<R: Read>(
        &mut self,
        event: &Event,
        part: &XmlPart<R>,
        cell: Option<CellRef>,
    ) -> Result<bool, Failure> {
        let piece = match event {
            Event::Text(t) => t.xml10_content(),
            Event::CData(t) => t.xml10_content(),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => quick_xml::escape::resolve_predefined_entity(r)
                        .ok_or_else(|| part.broken(&format!("unknown entity &{};", &**r), cell))?
                        .to_string(),
                    Err(e) => return Err(part.broken(&e.to_string(), cell)),
                };
                std::borrow::Cow::Owned(resolved)
            }
            _ => return Ok(false),
        };
        self.chars += piece.chars().count();
        if self.chars > MAX_CELL_CHARS {
            return Err(part.limit(Limit::CellChars, cell));
        }
        self.text.push_str(&piece);
        Ok(true)
    }

    /// The text, with Excel's escapes of control characters (`_x000D_`) resolved.
    pub(super) fn take(&mut self) -> String {
        self.chars = 0;
        unescape_excel(&std::mem::take(&mut self.text))
    }
}

/// Resolves `_xHHHH_`, Excel's escape of a character XML cannot hold.
fn unescape_excel(text: &str) -> String {
    if !text.contains("_x") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let code = tail
            .get(2..6)
            .filter(|_| tail.as_bytes().get(6) == Some(&b'_'))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &tail[7..];
            }
            None => {
                out.push_str("_x");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_escapes_are_resolved_and_lookalikes_kept() {
        assert_eq!(unescape_excel("a_x000D_b"), "a\rb");
        assert_eq!(unescape_excel("_x_y_x00"), "_x_y_x00");
        assert_eq!(unescape_excel("S_x0031_"), "S1");
    }

    #[test]
    fn a_run_without_markup_is_cut_off_at_its_cap() {
        let budget = Budget::default();
        let spaces = vec![b' '; MAX_XML_RUN_BYTES + 10];
        let mut part = XmlPart::new(&spaces[..], "xl/worksheets/sheet1.xml", &budget);
        let mut buf = Vec::new();
        match part.next(&mut buf) {
            Err(Failure::Limit { limit, .. }) => assert_eq!(limit, Limit::XmlRun),
            other => panic!("{:?}", other.map(|e| format!("{e:?}"))),
        }
        assert!(buf.capacity() <= 2 * MAX_XML_RUN_BYTES);
    }
}
