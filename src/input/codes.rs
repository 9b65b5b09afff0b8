//! Every input problem code, written once, with what it means: a table, long on purpose.
//! The code that finds a problem names it by these constants; the words a user reads are in
//! `lang/problems.rs`, `lang/limits.rs` and `lang/transit.rs`; README's "Input problems"
//! lists the same meanings for the user.

/// Each `CODE = "meaning";` line becomes `pub const CODE: &str = "CODE"` and a row of
/// [`ALL`], so that a code's name is written exactly once.
macro_rules! codes {
    ($($code:ident = $meaning:literal;)*) => {
        $(
            #[doc = $meaning]
            pub const $code: &str = stringify!($code);
        )*

        /// Every code with its meaning, in the order of the table.
        pub const ALL: &[(&str, &str)] = &[$((stringify!($code), $meaning)),*];
    };
}

codes! {
    // Files and folders.
    E001 = "a required file or the instance folder is missing, or --model cannot be read";
    E002 = "the file is not text (binary data, UTF-16), or the system refused to read it";
    E003 = "the file is empty: no header line";
    E004 = "a required column is missing";
    E005 = "a quote opens a cell and is never closed";
    E006 = "a row has more cells than the header line";
    E007 = "schools, supervisors or students has a header line but no rows";
    E008 = "a reading limit is reached (file size, workbook caps, 1,000 errors in one file)";
    E009 = "a file of the instance is there but is no file (a folder, a FIFO, a device)";
    // Cells.
    E010 = "a required value is empty";
    E011 = "not a number, negative, a formula, too large, or a coordinate out of range";
    E012 = "not a weekday";
    E013 = "not yes or no";
    E014 = "a workbook formula whose result was never saved";
    E015 = "a column is in the header twice, also under its Dutch name";
    E016 = "a workbook has two sheets for one table";
    // Ids and references.
    E020 = "an id is used twice";
    E021 = "a WPB's school is not in schools.csv";
    E022 = "a track that is not in the model";
    E023 = "a pinned WPB that is not in supervisors.csv";
    E025 = "no travel time and no coordinates for a pair while a travel limit is on";
    E026 = "travel.csv lists the same student and school twice";
    E027 = "most rows of travel.csv name students or schools that are not in the instance";
    // Pins and groups.
    E030 = "the pins alone exceed a WPB's or a school's capacity";
    E031 = "members of one group are pinned to different schools";
    E032 = "a plan row's school or name cell disagrees with the WPB id of its row";
    // The model file.
    E040 = "the model is not valid TOML, has an unknown or missing key or a wrong kind of value";
    E041 = "a track id is used twice in the model";
    E042 = "a track names an institute that is not in the model";
    E043 = "a track without stage days, or a model without tracks";
    E044 = "a negative model value, or one outside the range the optimiser computes exactly";
    // Scenario files.
    E050 = "the scenario file cannot be read, is not valid TOML, has an unknown key or no scenario";
    E051 = "a scenario names a school, WPB or track that is not in the instance or the model";
    E052 = "a scenario value is out of range, or a scenario name is empty or used twice";
    E053 = "a file a scenario adds does not exist";
    // The timetable (stageplan travel).
    E060 = "the feed is not a zip or a folder";
    E061 = "a required file of the feed is missing";
    E062 = "a required column of a feed file is missing";
    E063 = "a bad value in a feed file";
    E064 = "an id that is not in the feed file it refers to";
    E065 = "a trip whose times go back or whose stop_sequence repeats";
    E066 = "no trip runs on the date";
    E067 = "a feed file is not readable CSV";
    E068 = "too many problems in one feed file";
    // Warnings: the run goes on.
    W001 = "a paid appointment that does not count as the placement for the track";
    W002 = "a pin that breaks rule 1-4 or 7 (it is honoured)";
    W003 = "a school id in a list or paid_school that is not a partnership school";
    W004 = "a travel.csv row for a student or school that is not in the instance";
    W005 = "a group whose members are on different tracks, or on tracks whose days never meet";
    W006 = "a cell held invisible or look-alike characters, which are removed";
    W007 = "a subject that no WPB teaches on the stage days of the track: its students stay unplaced";
    W008 = "a group whose members are trained in different subjects";
    W009 = "a group that no school can seat whole: all its members stay unplaced";
    W010 = "a student whom rules 3, 4 and 7 leave no school at all";
    W011 = "ids typed as numbers matched the ids with leading zeros (Excel drops them)";
    W050 = "a scenario removes a WPB that a student is pinned to: the pin is dropped";
    W060 = "the feed has frequencies.txt, which is not read";
    W061 = "a postcode that is not in the postcode table";
    W062 = "a student or school without coordinates: its pairs are left out of travel.csv";
}

#[cfg(test)]
mod tests {
    use super::ALL;
    use std::collections::BTreeSet;
    use std::fs;
    use std::path::{Path, PathBuf};

    /// Files where a code-shaped string literal is no code: `report/template.rs` writes
    /// "W001" as an example WPB id (and is edited by others; its literal stays).
    const NOT_CODES: &[&str] = &["report/template.rs"];

    /// Every `.rs` file below `root`.
    fn rust_files(root: &Path) -> Vec<PathBuf> {
        let mut folders = vec![root.to_path_buf()];
        let mut files = Vec::new();
        while let Some(folder) = folders.pop() {
            let entries = fs::read_dir(&folder).expect("src is readable");
            let paths = entries.map(|e| e.expect("entry").path());
            let (sub, here): (Vec<PathBuf>, Vec<PathBuf>) = paths.partition(|p| p.is_dir());
            folders.extend(sub);
            files.extend(
                here.into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "rs")),
            );
        }
        files
    }

    /// Every code-shaped word (`E030`, `W004`) in `text`, with the byte where it starts.
    fn code_words(text: &str) -> Vec<(usize, &str)> {
        let b = text.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        (0..b.len().saturating_sub(3))
            .filter(|&i| {
                matches!(b[i], b'E' | b'W')
                    && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                    && (i == 0 || !word(b[i - 1]))
                    && b.get(i + 4).is_none_or(|&c| !word(c))
            })
            .map(|i| (i, &text[i..i + 4]))
            .collect()
    }

    fn sources() -> Vec<(String, String)> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = rust_files(&src);
        files.sort();
        files
            .into_iter()
            .map(|f| {
                let name = f
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                (name, fs::read_to_string(&f).expect("readable"))
            })
            .collect()
    }

    #[test]
    fn each_code_is_in_the_table_once() {
        let mut seen = BTreeSet::new();
        for (code, meaning) in ALL {
            assert!(seen.insert(code), "{code} is in the table twice");
            assert!(!meaning.is_empty(), "{code} has no meaning");
        }
    }

    #[test]
    fn every_code_used_in_src_is_in_the_table() {
        let table: BTreeSet<&str> = ALL.iter().map(|(c, _)| *c).collect();
        let mut used = BTreeSet::new();
        for (file, text) in sources() {
            for (_, code) in code_words(&text) {
                assert!(
                    table.contains(code),
                    "{file}: {code} is not in the codes table"
                );
                if file != "input/codes.rs" {
                    used.insert(code.to_string());
                }
            }
        }
        for code in &table {
            assert!(
                used.contains(*code),
                "{code} is in the table but used nowhere"
            );
        }
    }

    #[test]
    fn codes_are_raised_by_their_constant_not_a_string() {
        for (file, text) in sources() {
            if file == "input/codes.rs" || NOT_CODES.contains(&file.as_str()) {
                continue;
            }
            for (at, code) in code_words(&text) {
                let quoted = at > 0 && text[..at].ends_with('"') && text[at + 4..].starts_with('"');
                assert!(
                    !quoted,
                    "{file}: \"{code}\" is written as a string; use codes::{code}"
                );
            }
        }
    }
}
