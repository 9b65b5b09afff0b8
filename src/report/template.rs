//! `stageplan init`: an empty instance to fill in, as a folder of CSV files or as an Excel
//! workbook with dropdowns, each with one example row that reads back without problems.

use crate::domain::{Days, Model};
use crate::lang::workbook::{self as l, input_column};
use crate::lang::Lang;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, Workbook,
    XlsxError,
};

/// One input sheet: the CSV file it stands for, its sheet name, columns and example row.
struct Sheet {
    file: &'static str,
    name: &'static l::Word,
    columns: &'static [&'static str],
    example: Vec<String>,
}

const SCHOOL_COLUMNS: [&str; 8] = [
    "school_id",
    "name",
    "types",
    "postcode",
    "lat",
    "lon",
    "max_students",
    "so_hours",
];
const WPB_COLUMNS: [&str; 8] = [
    "wpb_id",
    "name",
    "school_id",
    "subjects",
    "days",
    "max_students",
    "max_hours",
    "certified",
];
const STUDENT_COLUMNS: [&str; 14] = [
    "student_id",
    "name",
    "track",
    "subject",
    "postcode",
    "lat",
    "lon",
    "previous_schools",
    "preferences",
    "excluded_schools",
    "paid_school",
    "paid_fte",
    "pinned_wpb",
    "group",
];
const TRAVEL_COLUMNS: [&str; 3] = ["student_id", "school_id", "minutes"];

fn days_text(days: Days) -> String {
    days.iter().map(|d| d.dutch()).collect::<Vec<_>>().join("|")
}

/// The four sheets with an example that keeps every rule of the model's first track.
fn sheets(model: &Model, lang: Lang) -> Vec<Sheet> {
    let track = &model.tracks[0];
    let yes = l::YES.of(lang).to_string();
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    vec![
        Sheet {
            file: "schools.csv",
            name: &l::SHEET_SCHOOLS,
            columns: &SCHOOL_COLUMNS,
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
            columns: &WPB_COLUMNS,
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
            columns: &STUDENT_COLUMNS,
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
            columns: &TRAVEL_COLUMNS,
            example: row(&["ST001", "S01", "25"]),
        },
    ]
}

fn headers(sheet: &Sheet, lang: Lang) -> Vec<&'static str> {
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

/// A list dropdown on rows 2..=1000 of `column`; `strict` refuses other values, otherwise
/// Excel only informs (a stage-day cell may hold any combination, as `ma|wo`).
fn dropdown(
    ws: &mut rust_xlsxwriter::Worksheet,
    column: u16,
    choices: &[String],
    strict: bool,
) -> Result<(), XlsxError> {
    if choices.is_empty() || choices.iter().map(|c| c.len() + 1).sum::<usize>() > 255 {
        return Ok(()); // Excel's limit for a list written in the rule itself
    }
    let mut rule = DataValidation::new().allow_list_strings(choices)?;
    if !strict {
        rule = rule.set_error_style(DataValidationErrorStyle::Information);
    }
    ws.add_data_validation(1, column, 1000, column, &rule)?;
    Ok(())
}

/// The workbook template: the four sheets, ids as text, dropdowns for days, tracks and
/// yes/no, and an explanation sheet.
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
    for sheet in sheets(model, lang) {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name.of(lang))?;
        for (c, (column, header)) in sheet.columns.iter().zip(headers(&sheet, lang)).enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, header, &bold)?;
            ws.set_column_width(c, (header.len() + 4).max(12) as f64)?;
            let numeric = matches!(
                *column,
                "lat" | "lon" | "max_students" | "so_hours" | "max_hours" | "paid_fte" | "minutes"
            );
            if !numeric {
                ws.set_column_format(c, &as_text)?;
            }
            match *column {
                "days" => dropdown(ws, c, &day_choices, false)?,
                "track" => dropdown(ws, c, &tracks, true)?,
                "certified" => dropdown(ws, c, &yes_no, true)?,
                _ => {}
            }
        }
        for (c, value) in sheet.example.iter().enumerate() {
            match value.parse::<f64>() {
                Ok(x) if !value.is_empty() && !value.starts_with('0') => {
                    ws.write_number(1, c as u16, x)?;
                }
                _ => {
                    ws.write_string_with_format(1, c as u16, value, &as_text)?;
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    let ws = book.add_worksheet();
    ws.set_name(l::SHEET_EXPLANATION.of(lang))?;
    ws.set_column_width(0, 120)?;
    for (r, line) in l::EXPLANATION.of(lang).lines().enumerate() {
        ws.write_string(r as u32, 0, line)?;
    }
    book.save_to_buffer()
}
