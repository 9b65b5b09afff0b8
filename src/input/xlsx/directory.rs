//! The zip's table of contents, checked before the zip library reads it: its end record
//! claims how many entries there are and where they sit, and a library that sizes its
//! lists by those claims can be made to ask for terabytes by a file of a few kilobytes.

use super::limits::{Limit, MAX_ZIP_ENTRIES};
use super::Failure;
use std::io::{Read, Seek, SeekFrom};

/// "PK\x05\x06": the end of central directory record.
const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
/// "PK\x06\x07": the locator of a ZIP64 end record.
const LOCATOR64: [u8; 4] = [0x50, 0x4b, 0x06, 0x07];
/// "PK\x06\x06": the ZIP64 end record.
const END64: [u8; 4] = [0x50, 0x4b, 0x06, 0x06];

fn u16_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 2)
        .map_or(0, |s| u16::from_le_bytes([s[0], s[1]]) as u64)
}

fn u32_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 4)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as u64)
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).map_or(0, |s| {
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        u64::from_le_bytes(a)
    })
}

/// Every end record in the last 64 KiB of the file (where a zip reader looks for it)
/// must claim at most [`MAX_ZIP_ENTRIES`] entries, and a directory inside the file.
pub(super) fn check<F: Read + Seek>(file: &mut F, len: u64) -> Result<(), Failure> {
    let tail_len = len.min(65_535 + 22 + 20);
    let tail_start = len - tail_len;
    let tail = read_at(file, tail_start, tail_len as usize)?;
    for at in (0..tail.len().saturating_sub(21)).rev() {
        if tail[at..at + 4] != END {
            continue;
        }
        let (mut entries, mut size, mut offset) = (
            u16_at(&tail, at + 10),
            u32_at(&tail, at + 12),
            u32_at(&tail, at + 16),
        );
        let zip64 = entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF;
        if zip64 && at >= 20 && tail[at - 20..at - 16] == LOCATOR64 {
            let end64_at = u64_at(&tail, at - 20 + 8);
            if end64_at.saturating_add(56) > len {
                return Err(broken("the ZIP64 end record lies outside the file"));
            }
            let end64 = read_at(file, end64_at, 56)?;
            if end64[0..4] != END64 {
                return Err(broken("the ZIP64 end record is missing"));
            }
            (entries, size, offset) = (u64_at(&end64, 32), u64_at(&end64, 40), u64_at(&end64, 48));
        }
        if entries > MAX_ZIP_ENTRIES {
            return Err(Failure::Limit {
                limit: Limit::ZipEntries(entries),
                part: String::new(),
                cell: None,
            });
        }
        if size > len || offset > len {
            return Err(broken(
                "the table of contents claims to lie outside the file",
            ));
        }
    }
    Ok(())
}

fn read_at<F: Read + Seek>(file: &mut F, at: u64, len: usize) -> Result<Vec<u8>, Failure> {
    let mut bytes = vec![0u8; len];
    file.seek(SeekFrom::Start(at)).map_err(Failure::Io)?;
    file.read_exact(&mut bytes).map_err(Failure::Io)?;
    Ok(bytes)
}

fn broken(detail: &str) -> Failure {
    Failure::NotZip(detail.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip of nothing but an end record that claims `entries` and a directory `size`.
    fn end_record(entries: u16, size: u32) -> Vec<u8> {
        let mut b = END.to_vec();
        b.extend([0, 0, 0, 0]);
        b.extend(entries.to_le_bytes());
        b.extend(entries.to_le_bytes());
        b.extend(size.to_le_bytes());
        b.extend(0u32.to_le_bytes());
        b.extend([0, 0]);
        b
    }

    #[test]
    fn claims_of_the_end_record_are_checked_against_the_file() {
        let ok = end_record(3, 0);
        assert!(check(&mut std::io::Cursor::new(&ok), ok.len() as u64).is_ok());
        let far = end_record(3, 4_000_000_000);
        assert!(matches!(
            check(&mut std::io::Cursor::new(&far), far.len() as u64),
            Err(Failure::NotZip(_))
        ));
        let many = end_record(60_000, 0);
        assert!(matches!(
            check(&mut std::io::Cursor::new(&many), many.len() as u64),
            Err(Failure::Limit {
                limit: Limit::ZipEntries(60_000),
                ..
            })
        ));
    }
}
