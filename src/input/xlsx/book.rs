//! Where things are in the zip: the workbook part (found through `_rels/.rels`), its
//! sheets in order with their parts (through the workbook's relationships), the shared
//! strings and the styles. Part names are matched without regard to case, as Office does.

use super::limits::{Limit, MAX_SHEETS};
use super::part::{Budget, XmlPart};
use super::Failure;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use zip::read::ZipFile;
use zip::ZipArchive;

type Zip = ZipArchive<BufReader<File>>;

/// The parts an instance needs.
pub(super) struct Parts {
    /// Lower-case part name -> its name in the zip.
    pub(super) names: HashMap<String, String>,
    /// (sheet name, part name), in the workbook's order.
    pub(super) sheets: Vec<(String, String)>,
    pub(super) shared_strings: Option<String>,
    pub(super) styles: Option<String>,
    /// Dates count from 1904 (old Mac Excel) instead of 1900.
    pub(super) date1904: bool,
}

/// Opens part `name` (any case) for reading.
pub(super) fn open_part<'z>(
    zip: &'z mut Zip,
    names: &HashMap<String, String>,
    name: &str,
) -> Result<ZipFile<'z, BufReader<File>>, Failure> {
    let broken = |detail: String| Failure::Broken {
        part: name.to_string(),
        detail,
        cell: None,
    };
    let actual = names
        .get(&name.to_lowercase())
        .ok_or_else(|| broken("the part is missing from the zip".into()))?;
    zip.by_name(actual).map_err(|e| broken(e.to_string()))
}

/// `target` of a relationship of part `from`, as a part name: relative to `from`'s
/// folder unless it starts with `/`, with `.` and `..` resolved.
fn resolve(from: &str, target: &str) -> String {
    let mut segments: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        from.split('/').collect::<Vec<_>>()
    };
    segments.pop();
    for s in target.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// The relationships part of `part`: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`.
fn rels_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// Opens part `name` (any case) as XML, its reading counted against `budget`.
pub(super) fn open_xml<'z, 'b>(
    zip: &'z mut Zip,
    names: &HashMap<String, String>,
    name: &str,
    budget: &'b Budget,
) -> Result<XmlPart<'b, ZipFile<'z, BufReader<File>>>, Failure> {
    Ok(XmlPart::new(open_part(zip, names, name)?, name, budget))
}

/// The relationships of `part` whose id is wanted, or whose type ends in a wanted type:
/// (id, type's last word, resolved target). Only those are kept, however many there are.
fn relationships(
    zip: &mut Zip,
    names: &HashMap<String, String>,
    budget: &Budget,
    part: &str,
    wanted: &dyn Fn(&str, &str) -> bool,
) -> Result<Vec<(String, String, String)>, Failure> {
    let rels = rels_of(part);
    if !names.contains_key(&rels.to_lowercase()) {
        return Ok(Vec::new());
    }
    let mut xml = open_xml(zip, names, &rels, budget)?;
    let mut found = Vec::new();
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let id = xml.attr(&e, "Id")?.unwrap_or_default();
                let kind = xml.attr(&e, "Type")?.unwrap_or_default();
                let kind = kind.rsplit('/').next().unwrap_or("").to_string();
                let external = xml.attr(&e, "TargetMode")?.as_deref() == Some("External");
                if !external && wanted(&id, &kind) {
                    let target = xml.attr(&e, "Target")?.unwrap_or_default();
                    found.push((id, kind, resolve(part, &target)));
                }
            }
            Event::Eof => return Ok(found),
            _ => {}
        }
    }
}

impl Parts {
    /// Finds the parts of a workbook.
    pub(super) fn read(zip: &mut Zip, budget: &Budget) -> Result<Parts, Failure> {
        let mut names = HashMap::new();
        for name in zip.file_names().flatten() {
            names
                .entry(name.to_lowercase())
                .or_insert_with(|| name.to_string());
        }
        let main = relationships(zip, &names, budget, "", &|_, kind| kind == "officeDocument")?
            .into_iter()
            .next()
            .map_or("xl/workbook.xml".to_string(), |(_, _, target)| target);
        let (listed, date1904) = sheet_list(zip, &names, budget, &main)?;
        let rels = relationships(zip, &names, budget, &main, &|id, kind| {
            kind == "sharedStrings" || kind == "styles" || listed.iter().any(|(_, i)| i == id)
        })?;
        let of_kind = |kind: &str| {
            rels.iter()
                .find(|(_, k, _)| k == kind)
                .map(|(_, _, t)| t.clone())
        };
        let fallback = |file: &str| {
            let name = resolve(&main, file);
            names.contains_key(&name.to_lowercase()).then_some(name)
        };
        let shared_strings = of_kind("sharedStrings").or_else(|| fallback("sharedStrings.xml"));
        let styles = of_kind("styles").or_else(|| fallback("styles.xml"));
        let sheets = listed
            .into_iter()
            .filter_map(|(name, id)| {
                let target = rels.iter().find(|(i, _, _)| *i == id)?.2.clone();
                Some((name, target))
            })
            .collect();
        Ok(Parts {
            names,
            sheets,
            shared_strings,
            styles,
            date1904,
        })
    }
}

/// The sheets of the workbook part: (name, relationship id), and whether dates count
/// from 1904.
fn sheet_list(
    zip: &mut Zip,
    names: &HashMap<String, String>,
    budget: &Budget,
    main: &str,
) -> Result<(Vec<(String, String)>, bool), Failure> {
    let mut xml = open_xml(zip, names, main, budget)?;
    let mut sheets = Vec::new();
    let mut date1904 = false;
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "workbookPr" => {
                let value = xml.attr(&e, "date1904")?.unwrap_or_default();
                date1904 = value == "1" || value.eq_ignore_ascii_case("true");
            }
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                if sheets.len() == MAX_SHEETS {
                    return Err(xml.limit(Limit::Sheets, None));
                }
                let name = xml.attr(&e, "name")?.unwrap_or_default();
                let id = xml.attr(&e, "r:id")?.unwrap_or_default();
                sheets.push((name, id));
            }
            Event::End(e) if e.local_name().as_ref() == "sheets" => break,
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((sheets, date1904))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_relative_to_their_part() {
        assert_eq!(
            resolve("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "../docProps/app.xml"),
            "docProps/app.xml"
        );
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
        assert_eq!(rels_of("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
        assert_eq!(rels_of(""), "_rels/.rels");
    }
}
