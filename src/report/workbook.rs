//! plan.xlsx: the plan as the stagecoördinator works with it in Excel. Every sheet has a
//! frozen header row, an autofilter and ids as text; `vastzetten` can be set to `ja` and
//! read back with `solve --pins`, to pin a hand-corrected plan and solve again.

use super::quality::quality;
use super::school_so_hours;
use crate::domain::{Instance, Model};
use crate::explain::UnplacedReason;
use crate::input::problem::Problem;
use crate::lang::workbook as l;
use crate::lang::Lang;
use crate::outcome::gap;
use crate::outcome::Outcome;
use rust_xlsxwriter::{
    DataValidation, DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError,
};

/// A cell value: ids and names are text, figures are numbers.
enum Cell {
    Text(String),
    Number(f64),
    /// A share, shown as a percentage.
    Share(f64),
    Empty,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn opt_number(x: Option<f64>) -> Cell {
    x.map_or(Cell::Empty, Cell::Number)
}

/// Writes one sheet: bold frozen header with an autofilter, text cells formatted as text
/// (so Excel never turns `007` into 7), columns as wide as their widest cell.
fn sheet(
    book: &mut Workbook,
    name: &str,
    header: &[&str],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let as_text = Format::new().set_num_format("@");
    let as_percent = Format::new().set_num_format("0.0%");
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            let width = match cell {
                Cell::Text(s) => {
                    ws.write_string_with_format(r, col, s, &as_text)?;
                    s.chars().count()
                }
                Cell::Number(x) => {
                    ws.write_number(r, col, *x)?;
                    format!("{x}").len()
                }
                Cell::Share(x) => {
                    ws.write_number_with_format(r, col, *x, &as_percent)?;
                    6
                }
                Cell::Empty => 0,
            };
            widths[c] = widths[c].max(width);
        }
    }
    for (c, width) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*width).clamp(6, 60) as f64 + 2.0)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let last_row = rows.len() as u32;
    ws.autofilter(0, 0, last_row, header.len().saturating_sub(1) as u16)?;
    Ok(())
}

fn yes_no(value: bool, lang: Lang) -> Cell {
    text(if value {
        l::YES.of(lang)
    } else {
        l::NO.of(lang)
    })
}

fn placements(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    warnings: &[Problem],
    lang: Lang,
) -> Vec<Vec<Cell>> {
    let mut placed = outcome.verdict.placed.clone();
    placed.sort();
    placed
        .into_iter()
        .map(|(s, w)| {
            let st = &instance.students[s];
            let wpb = &instance.supervisors[w];
            let school = &instance.schools[wpb.school];
            let notes: Vec<String> = warnings
                .iter()
                .filter(|p| p.value == st.id)
                .map(|p| format!("{}: {}", p.code, p.message.of(lang)))
                .collect();
            vec![
                text(&st.id),
                text(&st.name),
                text(&model.tracks[st.track].id),
                text(&st.subject),
                text(&school.id),
                text(&school.name),
                text(&wpb.id),
                text(&wpb.name),
                opt_number(instance.travel.minutes(s, wpb.school)),
                yes_no(instance.travel.is_estimated(s, wpb.school), lang),
                text(notes.join("; ")),
                yes_no(st.pinned_wpb == Some(w), lang),
            ]
        })
        .collect()
}

fn per_school(instance: &Instance, model: &Model, outcome: &Outcome) -> Vec<Vec<Cell>> {
    let n = instance.schools.len();
    let mut count = vec![0usize; n];
    for &(_, w) in &outcome.verdict.placed {
        count[instance.supervisors[w].school] += 1;
    }
    let hours = school_so_hours(instance, model, &outcome.verdict.placed);
    instance
        .schools
        .iter()
        .enumerate()
        .map(|(c, school)| {
            vec![
                text(&school.id),
                text(&school.name),
                Cell::Number(count[c] as f64),
                opt_number(school.max_students.map(f64::from)),
                Cell::Number(hours[c]),
                opt_number(school.so_hours),
            ]
        })
        .collect()
}

fn per_wpb(instance: &Instance, model: &Model, outcome: &Outcome) -> Vec<Vec<Cell>> {
    let n = instance.supervisors.len();
    let (mut count, mut hours) = (vec![0usize; n], vec![0.0; n]);
    for &(s, w) in &outcome.verdict.placed {
        count[w] += 1;
        hours[w] += model.tracks[instance.students[s].track].wpb_hours;
    }
    instance
        .supervisors
        .iter()
        .enumerate()
        .map(|(w, wpb)| {
            vec![
                text(&wpb.id),
                text(&wpb.name),
                text(&instance.schools[wpb.school].id),
                Cell::Number(count[w] as f64),
                Cell::Number(f64::from(wpb.max_students)),
                Cell::Number(hours[w]),
                opt_number(wpb.max_hours),
            ]
        })
        .collect()
}

fn unplaced(instance: &Instance, reasons: &[UnplacedReason]) -> Vec<Vec<Cell>> {
    reasons
        .iter()
        .map(|r| {
            let st = &instance.students[r.student];
            vec![
                text(&st.id),
                text(&st.name),
                text(r.code),
                text(&r.reason),
                text(&r.action),
            ]
        })
        .collect()
}

fn checks(warnings: &[Problem], lang: Lang) -> Vec<Vec<Cell>> {
    warnings
        .iter()
        .map(|p| {
            vec![
                text(p.code),
                text(p.place()),
                text(&p.value),
                text(p.message.of(lang)),
                text(p.action.of(lang)),
            ]
        })
        .collect()
}

fn summary(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    warnings: usize,
    lang: Lang,
) -> Vec<Vec<Cell>> {
    let v = &outcome.verdict;
    let q = quality(instance, model, &v.placed, &v.terms);
    let bound = crate::outcome::stated_bound(outcome.solved.bound, v.objective);
    let figures: [(&l::Word, Cell); 16] = [
        (&l::F_STUDENTS, Cell::Number(instance.students.len() as f64)),
        (&l::F_PLACED, Cell::Number(v.placed.len() as f64)),
        (
            &l::F_UNPLACED,
            Cell::Number((instance.students.len() - v.placed.len()) as f64),
        ),
        (&l::F_PLACED_SHARE, Cell::Share(q.placed_share)),
        (&l::F_OBJECTIVE, Cell::Number(v.objective)),
        (&l::F_BOUND, Cell::Number(bound)),
        (&l::F_GAP, Cell::Share(gap(v.objective, bound))),
        (&l::F_STATUS, text(outcome.solved.status.as_str())),
        (&l::F_TRAVEL_MEAN, Cell::Number(q.travel_minutes.mean)),
        (&l::F_TRAVEL_P90, Cell::Number(q.travel_minutes.p90)),
        (&l::F_TRAVEL_MAX, Cell::Number(q.travel_minutes.max)),
        (&l::F_FIRST_CHOICE, Cell::Share(q.first_preference_share)),
        (&l::F_TOP3, Cell::Share(q.top3_preference_share)),
        (&l::F_OTHER_TYPE, Cell::Share(q.different_type_share)),
        (&l::F_CERTIFIED, Cell::Share(q.certified_wpb_share)),
        (&l::F_WARNINGS, Cell::Number(warnings as f64)),
    ];
    figures
        .into_iter()
        .map(|(word, value)| vec![text(word.of(lang)), value])
        .collect()
}

/// The stuurgroep's breakdown: a row per institute, then per track (see `breakdown`).
fn per_institute_and_track(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    reasons: &[UnplacedReason],
    lang: Lang,
) -> Vec<Vec<Cell>> {
    let b = super::breakdown::breakdown(instance, model, &outcome.verdict.placed, reasons);
    let kinds = [(&l::INSTITUTE, &b.institutes), (&l::TRACK_KIND, &b.tracks)];
    kinds
        .into_iter()
        .flat_map(|(kind, rows)| {
            rows.iter().map(move |r| {
                vec![
                    text(r.id.clone()),
                    text(format!("{} ({})", r.name, kind.of(lang))),
                    Cell::Number(r.students as f64),
                    Cell::Number(r.placed as f64),
                    Cell::Share(r.placed_share()),
                    Cell::Number((r.students - r.placed) as f64),
                    opt_number(r.travel_mean()),
                    opt_number(r.travel_max()),
                    r.first_choice_share().map_or(Cell::Empty, Cell::Share),
                ]
            })
        })
        .collect()
}

/// plan.xlsx as bytes; byte-identical for the same plan (its date is fixed).
pub fn plan_xlsx(
    instance: &Instance,
    model: &Model,
    outcome: &Outcome,
    reasons: &[UnplacedReason],
    warnings: &[Problem],
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
    let t = |word: &l::Word| word.of(lang);
    let header = [
        t(&l::STUDENT_ID),
        t(&l::STUDENT),
        t(&l::TRACK),
        t(&l::SUBJECT),
        t(&l::SCHOOL_ID),
        t(&l::SCHOOL),
        t(&l::WPB_ID),
        t(&l::WPB),
        t(&l::TRAVEL),
        t(&l::ESTIMATED),
        t(&l::WARNINGS),
        t(&l::PIN),
    ];
    let rows = placements(instance, model, outcome, warnings, lang);
    sheet(&mut book, t(&l::SHEET_PLACEMENTS), &header, &rows)?;
    pin_dropdown(
        book.worksheet_from_index(0)?,
        rows.len(),
        header.len(),
        lang,
    )?;
    let header = [
        t(&l::SCHOOL_ID),
        t(&l::SCHOOL),
        t(&l::STUDENTS),
        t(&l::MAX_STUDENTS),
        t(&l::SO_USED),
        t(&l::SO_AVAILABLE),
    ];
    let rows = per_school(instance, model, outcome);
    sheet(&mut book, t(&l::SHEET_PER_SCHOOL), &header, &rows)?;
    let header = [
        t(&l::WPB_ID),
        t(&l::WPB),
        t(&l::SCHOOL_ID),
        t(&l::STUDENTS),
        t(&l::MAX_STUDENTS),
        t(&l::HOURS_USED),
        t(&l::MAX_HOURS),
    ];
    let rows = per_wpb(instance, model, outcome);
    sheet(&mut book, t(&l::SHEET_PER_WPB), &header, &rows)?;
    let header = [
        t(&l::STUDENT_ID),
        t(&l::STUDENT),
        t(&l::REASON_CODE),
        t(&l::REASON),
        t(&l::ACTION),
    ];
    let rows = unplaced(instance, reasons);
    sheet(&mut book, t(&l::SHEET_UNPLACED), &header, &rows)?;
    let header = [
        t(&l::CODE),
        t(&l::PLACE),
        t(&l::VALUE),
        t(&l::MESSAGE),
        t(&l::ACTION),
    ];
    sheet(
        &mut book,
        t(&l::SHEET_CHECKS),
        &header,
        &checks(warnings, lang),
    )?;
    let header = [
        t(&l::GROUP_ID),
        t(&l::GROUP_NAME),
        t(&l::STUDENTS),
        t(&l::F_PLACED),
        t(&l::F_PLACED_SHARE),
        t(&l::F_UNPLACED),
        t(&l::F_TRAVEL_MEAN),
        t(&l::F_TRAVEL_MAX),
        t(&l::F_FIRST_CHOICE),
    ];
    let rows = per_institute_and_track(instance, model, outcome, reasons, lang);
    sheet(&mut book, t(&l::SHEET_PER_INSTITUTE), &header, &rows)?;
    let rows = summary(
        instance,
        model,
        outcome,
        crate::input::problem::total(warnings),
        lang,
    );
    sheet(
        &mut book,
        t(&l::SHEET_SUMMARY),
        &[t(&l::FIGURE), t(&l::AMOUNT)],
        &rows,
    )?;
    book.save_to_buffer()
}

/// A ja/nee dropdown on the pin column of every placement row.
fn pin_dropdown(
    ws: &mut Worksheet,
    rows: usize,
    columns: usize,
    lang: Lang,
) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    let choices = [l::YES.of(lang), l::NO.of(lang)];
    let list = DataValidation::new().allow_list_strings(&choices)?;
    let col = columns as u16 - 1;
    ws.add_data_validation(1, col, rows as u32, col, &list)?;
    Ok(())
}
