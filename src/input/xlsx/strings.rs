//! The shared strings: the texts that cells refer to by number. Kept as one block of
//! text with an end offset per string (4 bytes each), and counted as they are read:
//! the count the part claims (`uniqueCount`) is never used to reserve memory.

use super::limits::{Limit, MAX_SHARED_STRINGS};
use super::part::{Text, XmlPart};
use super::Failure;
use quick_xml::events::Event;
use std::io::Read;

/// The shared strings of a workbook.
#[derive(Default)]
pub(super) struct SharedStrings {
    text: String,
    ends: Vec<u32>,
}

impl SharedStrings {
    /// Reads the shared-strings part.
    pub(super) fn read(mut xml: XmlPart<impl Read>) -> Result<SharedStrings, Failure> {
        let mut strings = SharedStrings::default();
        let mut buf = Vec::new();
        let mut item = Text::default();
        // Depth inside <si>, and inside its <t> (text) and <rPh> (phonetic guide, not shown).
        let (mut in_item, mut in_text, mut phonetic) = (false, false, 0usize);
        loop {
            let event = xml.next(&mut buf)?;
            match &event {
                Event::Start(e) => match e.local_name().as_ref() {
                    "si" => {
                        in_item = true;
                        item.take();
                    }
                    "t" => in_text = true,
                    "rPh" => phonetic += 1,
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "si" if in_item => {
                        in_item = false;
                        strings.push(&item.take(), &xml)?;
                    }
                    "t" => in_text = false,
                    "rPh" => phonetic = phonetic.saturating_sub(1),
                    _ => {}
                },
                Event::Eof => return Ok(strings),
                other if in_item && in_text && phonetic == 0 => {
                    let at = strings.ends.len();
                    item.push(other, &xml, None)
                        .map_err(|e| name_string(e, at))?;
                }
                _ => {}
            }
        }
    }

    fn push<R: std::io::Read>(&mut self, s: &str, xml: &XmlPart<R>) -> Result<(), Failure> {
        if self.ends.len() == MAX_SHARED_STRINGS {
            return Err(xml.limit(Limit::SharedStrings, None));
        }
        self.text.push_str(s);
        // The part is capped far below 4 GB, so the offset fits; past it, stop.
        let end = u32::try_from(self.text.len()).map_err(|_| xml.limit(Limit::PartBytes, None))?;
        self.ends.push(end);
        Ok(())
    }

    /// String number `index`, if there is one.
    pub(super) fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)? as usize;
        let start = match index {
            0 => 0,
            i => self.ends[i - 1] as usize,
        };
        self.text.get(start..end)
    }

    /// How many strings there are.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// A string too long is named by its number (1-based, as a person counts).
fn name_string(failure: Failure, index: usize) -> Failure {
    match failure {
        Failure::Limit { limit, part, .. } => Failure::Limit {
            limit,
            part: format!("{part} (string {})", index + 1),
            cell: None,
        },
        other => other,
    }
}
