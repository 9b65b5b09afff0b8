//! Things named as the user's files name them: a table by its CSV file or its sheet, a
//! column by its header as written (`vak`, not `subject`). A missing column is named in
//! the language of the table around it, since that is the name the user would add.

use crate::lang::{workbook::INPUT_COLUMNS, Said};
use std::collections::HashMap;

/// The headers of one table as written, and the language they are in.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    /// FORMAT.md column name -> the header cell as written (trimmed).
    written: HashMap<String, String>,
    /// True when the table speaks Dutch (its headers, or else its sheet name).
    pub dutch: bool,
}

impl Shown {
    /// The naming of a header line: (FORMAT.md name, header as written) of each column.
    pub fn of<'a>(headers: impl IntoIterator<Item = (String, &'a str)>) -> Shown {
        let mut written = HashMap::new();
        let (mut nl, mut en) = (0, 0);
        for (canonical, header) in headers {
            let header = header.trim();
            let plain = header.to_lowercase().replace([' ', '-'], "_");
            // `postcode`, `lat` and `lon` are the same in both languages: no vote.
            let bilingual = INPUT_COLUMNS
                .iter()
                .any(|(format, nl)| *format == canonical && format == nl);
            if super::aliases::is_known(&canonical) && !bilingual {
                if plain == canonical {
                    en += 1;
                } else {
                    nl += 1;
                }
            }
            written
                .entry(canonical)
                .or_insert_with(|| header.to_string());
        }
        Shown {
            written,
            dutch: nl > en,
        }
    }

    /// The column as the user sees it: its header as written, or, when the table lacks
    /// it, its name in the table's language.
    pub fn get(&self, column: &str) -> String {
        if let Some(header) = self.written.get(column) {
            return header.clone();
        }
        match INPUT_COLUMNS.iter().find(|(format, _)| *format == column) {
            Some((_, nl)) if self.dutch => nl.to_string(),
            _ => column.to_string(),
        }
    }

    /// True when no header of the table is a column of the data contract, so that its
    /// language is still open (a workbook's sheet name may decide it).
    pub fn undecided(&self) -> bool {
        !self.written.keys().any(|c| super::aliases::is_known(c))
    }
}

/// A table as the user finds it: `schools.csv`, or the sheet `scholen` of a workbook
/// (`book.xlsx!scholen` in a problem's place).
pub fn table_name(file: &str) -> Said {
    match file.split_once(".xlsx!") {
        Some((_, sheet)) => crate::lang::problems::SHEET_NAMED.say(&[("sheet", sheet.to_string())]),
        None => Said::plain(file),
    }
}

/// One table as the user finds it: its name and its columns.
#[derive(Debug, Clone, Default)]
pub struct Named {
    pub name: Said,
    pub columns: Shown,
}

impl Named {
    /// The naming of a read table.
    pub fn of(table: &super::Table) -> Named {
        Named {
            name: table_name(table.file()),
            columns: table.shown().clone(),
        }
    }

    /// A column of the table as the user sees it.
    pub fn column(&self, column: &str) -> String {
        self.columns.get(column)
    }

    /// The same, as a part of a sentence (it reads the same in both languages).
    pub fn said(&self, column: &str) -> Said {
        Said::plain(&self.column(column))
    }
}

/// The tables of an instance as the user finds them, for messages that point from one
/// table to another ("is not in the sheet 'scholen'").
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub schools: Named,
    pub supervisors: Named,
    pub students: Named,
    pub travel: Named,
}

impl Names {
    /// The names of the tables of an instance folder or workbook.
    pub fn of(tables: &super::Tables) -> Names {
        let travel = match &tables.travel {
            Some(t) => Named::of(t),
            None => {
                let book = tables.schools.file().split_once(".xlsx!").map(|(b, _)| b);
                Named {
                    name: table_name(
                        &book.map_or("travel.csv".into(), |b| format!("{b}.xlsx!reistijden")),
                    ),
                    columns: Shown {
                        dutch: tables.students.shown().dutch,
                        ..Shown::default()
                    },
                }
            }
        };
        Names {
            schools: Named::of(&tables.schools),
            supervisors: Named::of(&tables.supervisors),
            students: Named::of(&tables.students),
            travel,
        }
    }

    /// The names of an instance folder's CSV files, with the FORMAT.md columns (for a
    /// table read alone, as the fuzz targets do).
    pub fn csv() -> Names {
        let named = |file: &str| Named {
            name: Said::plain(file),
            columns: Shown::default(),
        };
        Names {
            schools: named("schools.csv"),
            supervisors: named("supervisors.csv"),
            students: named("students.csv"),
            travel: named("travel.csv"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_is_shown_as_written_or_in_the_language_of_the_table() {
        let dutch = Shown::of([
            ("student_id".to_string(), "Studentnummer"),
            ("subject".to_string(), " vak "),
            ("name".to_string(), "naam"),
        ]);
        assert!(dutch.dutch);
        assert_eq!(dutch.get("subject"), "vak");
        assert_eq!(dutch.get("student_id"), "Studentnummer");
        assert_eq!(dutch.get("paid_fte"), "aanstelling_fte");
        let english = Shown::of([("student_id".to_string(), "student_id")]);
        assert_eq!(english.get("paid_fte"), "paid_fte");
    }

    #[test]
    fn a_sheet_is_named_as_a_sheet_and_a_file_as_a_file() {
        assert_eq!(table_name("schools.csv").en, "schools.csv");
        assert_eq!(table_name("b.xlsx!scholen").en, "the sheet 'scholen'");
        assert_eq!(table_name("b.xlsx!scholen").nl, "het blad 'scholen'");
    }
}
