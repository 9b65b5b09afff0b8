//! The `uitleg` sheet of `init`'s template: the steps, how cells are written, every column
//! of every sheet with its meaning and example, and the model's tracks with their days,
//! so that the workbook can be filled in without the README.

use super::template::{headers, meaning, Sheet};
use crate::domain::Model;
use crate::lang::init as help;
use crate::lang::workbook as l;
use crate::lang::Lang;
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// Writes the explanation on `ws`, one sentence or table row per row.
pub(super) fn explanation_sheet(
    ws: &mut Worksheet,
    model: &Model,
    sheets: &[Sheet],
    lang: Lang,
    bold: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(l::SHEET_EXPLANATION.of(lang))?;
    for (c, width) in [18.0, 22.0, 10.0, 90.0, 20.0].into_iter().enumerate() {
        ws.set_column_width(c as u16, width)?;
    }
    let mut r = 0;
    ws.write_string_with_format(r, 0, help::TITLE.of(lang), bold)?;
    r += 1;
    for text in [&help::STEPS, &help::RULES] {
        for line in text.of(lang).lines() {
            ws.write_string(r, 0, line)?;
            r += 1;
        }
        r += 1;
    }
    ws.write_string_with_format(r, 0, help::COLUMNS_TITLE.of(lang), bold)?;
    r += 1;
    let heads = [
        &help::H_SHEET,
        &help::H_COLUMN,
        &help::H_REQUIRED,
        &help::H_MEANING,
        &help::H_EXAMPLE,
    ];
    for (c, head) in heads.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, head.of(lang), bold)?;
    }
    r += 1;
    for sheet in sheets {
        for ((column, header), example) in sheet
            .columns
            .iter()
            .zip(headers(sheet, lang))
            .zip(&sheet.example)
        {
            let required = help::COLUMNS
                .iter()
                .any(|(f, c, required, _)| *f == sheet.file && c == column && *required);
            let yes_no = if required { &l::YES } else { &l::NO };
            ws.write_string(r, 0, sheet.name.of(lang))?;
            ws.write_string(r, 1, header)?;
            ws.write_string(r, 2, yes_no.of(lang))?;
            ws.write_string(r, 3, meaning(sheet.file, column).map_or("", |m| m.of(lang)))?;
            ws.write_string(r, 4, example)?;
            r += 1;
        }
    }
    r += 1;
    ws.write_string_with_format(r, 0, help::TRACKS_TITLE.of(lang), bold)?;
    r += 1;
    for (c, head) in [
        &help::H_TRACK,
        &help::H_NAME,
        &help::H_INSTITUTE,
        &help::H_DAYS,
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(r, c as u16, head.of(lang), bold)?;
    }
    r += 1;
    for track in &model.tracks {
        let days: Vec<&str> = track.days.iter().map(|d| d.dutch()).collect();
        ws.write_string(r, 0, &track.id)?;
        ws.write_string(r, 1, &track.name)?;
        ws.write_string(r, 2, &track.institute)?;
        ws.write_string(r, 3, days.join("|"))?;
        r += 1;
    }
    Ok(())
}
