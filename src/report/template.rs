//! `stageplan init`: an empty instance to fill in, as a folder of CSV files or as an Excel
//! workbook: the `uitleg` sheet first, then the four input sheets, each with one example
//! row that reads back without problems, dropdowns for ids, subjects, types, tracks and
//! days, and number cells that Excel stores as numbers.

use crate::domain::{Days, Model};
use crate::lang::init as help;
use crate::lang::workbook::{self as l, input_column};
use crate::lang::Lang;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime,
    Format, Formula, Workbook, Worksheet, XlsxError,
};

/// One input sheet: the CSV file it stands for, its sheet name, columns and example row.
pub(super) struct Sheet {
    pub file: &'static str,
    pub name: &'static l::Word,
    pub columns: Vec<&'static str>,
    pub example: Vec<String>,
}

/// The columns of an input file, in the order the uitleg sheet explains them: the guide's
/// table is the one list of input columns.
fn columns_of(file: &str) -> Vec<&'static str> {
    help::COLUMNS
        .iter()
        .filter(|(f, ..)| *f == file)
        .map(|(_, column, ..)| *column)
        .collect()
}

/// The last row the dropdowns and number checks cover, and the id lists reach.
const LAST_ROW: u32 = 5000;

fn days_text(days: Days) -> String {
    days.iter().map(|d| d.dutch()).collect::<Vec<_>>().join("|")
}

/// The four sheets with an example that keeps every rule of the model's first track.
pub(super) fn sheets(model: &Model, lang: Lang) -> Vec<Sheet> {
    let track = &model.tracks[0];
    let yes = l::YES.of(lang).to_string();
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    vec![
        Sheet {
            file: "schools.csv",
            name: &l::SHEET_SCHOOLS,
            columns: columns_of("schools.csv"),
            example: row(&[
                "S01",
                "Voorbeeldcollege",
                "havo|vwo",
                "2511 AB",
                "52.0800",
                "4.3100",
                "30",
                "600",
            ]),
        },
        Sheet {
            file: "supervisors.csv",
            name: &l::SHEET_SUPERVISORS,
            columns: columns_of("supervisors.csv"),
            example: vec![
                "W001".into(),
                "Anna de Vries".into(),
                "S01".into(),
                "biologie".into(),
                days_text(track.days),
                "2".into(),
                String::new(),
                yes,
            ],
        },
        Sheet {
            file: "students.csv",
            name: &l::SHEET_STUDENTS,
            columns: columns_of("students.csv"),
            example: row(&[
                "ST001",
                "Sem Jansen",
                &track.id,
                "biologie",
                "",
                "52.0700",
                "4.3000",
                "",
                "S01",
                "",
                "",
                "",
                "",
                "",
            ]),
        },
        Sheet {
            file: "travel.csv",
            name: &l::SHEET_TRAVEL,
            columns: columns_of("travel.csv"),
            example: row(&["ST001", "S01", "25"]),
        },
    ]
}

pub(super) fn headers(sheet: &Sheet, lang: Lang) -> Vec<&'static str> {
    sheet
        .columns
        .iter()
        .map(|c| input_column(c, lang))
        .collect()
}

/// The CSV files of an empty instance folder (header and example row each).
pub fn csv_files(model: &Model, lang: Lang) -> Vec<(&'static str, Vec<u8>)> {
    sheets(model, lang)
        .iter()
        .map(|sheet| {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record(headers(sheet, lang));
            let _ = w.write_record(&sheet.example);
            (sheet.file, w.into_inner().unwrap_or_default())
        })
        .collect()
}

/// What the cells of a column hold: their format and the check Excel makes on entry.
enum Cells {
    /// Ids, names and lists of words: stored as text (`007` stays `007`).
    Text,
    /// A value of a workbook-wide list (a defined name); `strict` refuses other values,
    /// otherwise Excel only asks (a list cell may hold `a|b`).
    Pick(&'static str, bool),
    /// A value of a list written in the rule itself.
    Choose(Vec<String>, bool),
    /// A whole number of at least 0.
    Count,
    /// A number between the bounds, shown in `format`.
    Number(f64, Option<f64>, &'static str),
}

/// The cells of `column` of the sheet of `file`.
fn cells_of(
    file: &str,
    column: &str,
    days: &[String],
    tracks: &[String],
    yes_no: &[String],
) -> Cells {
    match (file, column) {
        ("travel.csv", "student_id") => Cells::Pick("student_ids", true),
        ("schools.csv", "school_id") => Cells::Text,
        (_, "school_id" | "paid_school") => Cells::Pick("school_ids", true),
        (_, "previous_schools" | "preferences" | "excluded_schools") => {
            Cells::Pick("school_ids", false)
        }
        (_, "pinned_wpb") => Cells::Pick("wpb_ids", true),
        (_, "subject" | "subjects") => Cells::Pick("subjects", false),
        (_, "types") => Cells::Pick("school_types", false),
        (_, "days") => Cells::Choose(days.to_vec(), false),
        (_, "track") => Cells::Choose(tracks.to_vec(), true),
        (_, "certified") => Cells::Choose(yes_no.to_vec(), true),
        (_, "max_students") => Cells::Count,
        (_, "lat") => Cells::Number(-90.0, Some(90.0), "0.0000"),
        (_, "lon") => Cells::Number(-180.0, Some(180.0), "0.0000"),
        (_, "paid_fte") => Cells::Number(0.0, None, "0.0#"),
        (_, "so_hours" | "max_hours" | "minutes") => Cells::Number(0.0, None, "General"),
        _ => Cells::Text,
    }
}

/// The meaning of a column, for the cell's input message and the uitleg sheet.
pub(super) fn meaning(file: &str, column: &str) -> Option<&'static l::Word> {
    help::COLUMNS
        .iter()
        .find(|(f, c, _, _)| *f == file && *c == column)
        .map(|(_, _, _, meaning)| meaning)
}

/// The check of one column on rows 2..=LAST_ROW, with the column's meaning as the message
/// Excel shows when a cell is selected.
fn check_column(
    ws: &mut Worksheet,
    c: u16,
    cells: &Cells,
    title: &str,
    message: &str,
    lang: Lang,
) -> Result<(), XlsxError> {
    let rule = DataValidation::new();
    let (rule, strict, refused) = match cells {
        Cells::Text => {
            let rule = rule
                .allow_any_value()
                .set_input_title(title.chars().take(32).collect::<String>())?;
            let rule = rule.set_input_message(message.chars().take(255).collect::<String>())?;
            ws.add_data_validation(1, c, LAST_ROW - 1, c, &rule)?;
            return Ok(());
        }
        Cells::Pick(name, strict) => (
            rule.allow_list_formula(Formula::new(format!("={name}"))),
            *strict,
            if *strict {
                &help::NOT_IN_LIST
            } else {
                &help::NOT_IN_LIST_SOFT
            },
        ),
        Cells::Choose(choices, strict) => {
            // Excel's limit for a list written in the rule itself.
            if choices.is_empty() || choices.iter().map(|c| c.len() + 1).sum::<usize>() > 255 {
                (rule.allow_any_value(), true, &help::NOT_IN_LIST)
            } else {
                let soft = if *strict {
                    &help::NOT_IN_LIST
                } else {
                    &help::NOT_IN_LIST_SOFT
                };
                (rule.allow_list_strings(choices)?, *strict, soft)
            }
        }
        Cells::Count => (
            rule.allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0)),
            true,
            &help::NOT_A_COUNT,
        ),
        Cells::Number(min, max, _) => (
            rule.allow_decimal_number(match max {
                Some(max) => DataValidationRule::Between(*min, *max),
                None => DataValidationRule::GreaterThanOrEqualTo(*min),
            }),
            true,
            &help::NOT_A_NUMBER,
        ),
    };
    let mut rule = rule
        .set_input_title(title.chars().take(32).collect::<String>())?
        .set_input_message(message.chars().take(255).collect::<String>())?
        .set_error_message(refused.of(lang))?;
    if !strict {
        rule = rule.set_error_style(DataValidationErrorStyle::Information);
    }
    ws.add_data_validation(1, c, LAST_ROW - 1, c, &rule)?;
    Ok(())
}

/// The sheet of the dropdowns' subjects and school types; the user may add to them.
fn choices_sheet(book: &mut Workbook, lang: Lang, bold: &Format) -> Result<(), XlsxError> {
    let name = help::SHEET_CHOICES.of(lang);
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let text = Format::new().set_num_format("@");
    for (c, (header, values)) in [
        (&help::CHOICES_SUBJECTS, help::SUBJECTS.as_slice()),
        (&help::CHOICES_TYPES, help::SCHOOL_TYPES.as_slice()),
    ]
    .into_iter()
    .enumerate()
    {
        let c = c as u16;
        ws.write_string_with_format(0, c, header.of(lang), bold)?;
        ws.set_column_width(c, 28)?;
        ws.set_column_format(c, &text)?;
        for (r, value) in values.iter().enumerate() {
            ws.write_string(r as u32 + 1, c, *value)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    book.define_name("subjects", &format!("='{name}'!$A$2:$A${LAST_ROW}"))?;
    book.define_name("school_types", &format!("='{name}'!$B$2:$B${LAST_ROW}"))?;
    Ok(())
}

/// The workbook template: the explanation sheet first, the four input sheets with checked
/// cells, and the sheet of choices.
pub fn workbook(model: &Model, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    let bold = Format::new().set_bold();
    let as_text = Format::new().set_num_format("@");
    let mut day_choices: Vec<String> = model.tracks.iter().map(|t| days_text(t.days)).collect();
    day_choices.extend(["ma", "di", "wo", "do", "vr", "ma|di|wo|do|vr"].map(String::from));
    day_choices.sort();
    day_choices.dedup();
    let tracks: Vec<String> = model.tracks.iter().map(|t| t.id.clone()).collect();
    let yes_no = vec![l::YES.of(lang).to_string(), l::NO.of(lang).to_string()];
    let sheets = sheets(model, lang);
    super::guide::explanation_sheet(book.add_worksheet(), model, &sheets, lang, &bold)?;
    for sheet in &sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name.of(lang))?;
        for (c, (column, header)) in sheet.columns.iter().zip(headers(sheet, lang)).enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, header, &bold)?;
            ws.set_column_width(c, (header.len() + 4).max(12) as f64)?;
            let cells = cells_of(sheet.file, column, &day_choices, &tracks, &yes_no);
            match &cells {
                Cells::Count => ws.set_column_format(c, &Format::new().set_num_format("0"))?,
                Cells::Number(_, _, format) => {
                    ws.set_column_format(c, &Format::new().set_num_format(*format))?
                }
                _ => ws.set_column_format(c, &as_text)?,
            };
            let message = meaning(sheet.file, column).map_or("", |m| m.of(lang));
            check_column(ws, c, &cells, header, message, lang)?;
            let value = &sheet.example[c as usize];
            match (&cells, value.parse::<f64>()) {
                (_, _) if value.is_empty() => {}
                (Cells::Count | Cells::Number(..), Ok(x)) => {
                    ws.write_number(1, c, x)?;
                }
                _ => {
                    ws.write_string_with_format(1, c, value, &as_text)?;
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    for (name, sheet) in [
        ("school_ids", &l::SHEET_SCHOOLS),
        ("wpb_ids", &l::SHEET_SUPERVISORS),
        ("student_ids", &l::SHEET_STUDENTS),
    ] {
        let formula = format!("='{}'!$A$2:$A${LAST_ROW}", sheet.of(lang));
        book.define_name(name, &formula)?;
    }
    choices_sheet(&mut book, lang, &bold)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_of_the_template_is_explained() {
        let model = crate::input::model_file::parse_model(
            "m.toml",
            include_str!("../../models/hos.toml"),
            &mut crate::input::problem::Problems::default(),
        )
        .unwrap();
        for sheet in sheets(&model, Lang::Nl) {
            for column in &sheet.columns {
                let m = meaning(sheet.file, column).unwrap_or_else(|| panic!("{column}"));
                assert!(m.nl.chars().count() <= 255 && m.en.chars().count() <= 255);
            }
        }
    }
}
