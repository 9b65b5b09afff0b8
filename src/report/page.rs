//! The parts every report.html is made of: the page with its style, the heading, the
//! manifest, numbers and escaping. No script, no fonts or images from elsewhere: inline
//! CSS and SVG only, so it works offline and prints on A4.

use super::manifest::Manifest;
use crate::domain::{Model, Weights};
use crate::lang::report as w;
use crate::lang::{fill, Lang};

const STYLE: &str = "
body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2430;padding:0 1rem}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:2px solid #dfe5ee;padding-bottom:.2rem}
.sub{color:#5b6678;margin-top:0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem}
.card{border:1px solid #dfe5ee;border-radius:6px;padding:.6rem .8rem;break-inside:avoid}
.card .v{font-size:1.5rem;font-weight:600}.card .k{color:#5b6678;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e8ecf2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.8rem;word-break:break-all}
.chart{max-width:100%;height:auto;font-size:12px;fill:#1d2430}
.chart .val{fill:#2f6db5}.chart .full{fill:#c0392b}.chart .cap{fill:#dfe5ee}
.chart .small{font-size:10px}.chart .axis{stroke:#5b6678}
.map .trip{stroke:#2f6db5;stroke-opacity:.35}.map .unplaced{fill:none;stroke:#c0392b}.map .school{fill:#1d2430}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}
@page{size:A4;margin:15mm}
";

/// A whole page: its title, its style and its body.
pub fn page(title: &str, body: &str, lang: Lang) -> Vec<u8> {
    let code = match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    };
    // The policy forbids every load from elsewhere, so a mistake cannot reach the network.
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}</body></html>\n",
        escape(title)
    )
    .into_bytes()
}

/// The title, the model and when and by which version the page was made.
pub fn heading(title: &str, model: &str, manifest: &Manifest, lang: Lang) -> String {
    format!(
        "<h1>{} — {}</h1>\n<p class=sub>{}</p>\n",
        escape(title),
        escape(model),
        escape(&fill(
            w::MADE_ON.of(lang),
            &[
                ("date", manifest.date.clone()),
                ("version", manifest.version.to_string())
            ]
        ))
    )
}

/// A solver status in words.
pub fn status_word(status: &str, lang: Lang) -> String {
    match status {
        "optimal" => w::STATUS_OPTIMAL.of(lang).to_string(),
        "time_limit" => w::STATUS_TIME_LIMIT.of(lang).to_string(),
        "infeasible_input" => w::STATUS_INFEASIBLE.of(lang).to_string(),
        "invalid_input" => w::STATUS_INVALID.of(lang).to_string(),
        other => other.to_string(),
    }
}

/// The input files with their hashes, the model and its weights.
pub fn manifest_section(model: &Model, manifest: &Manifest, lang: Lang) -> String {
    let mut out = format!(
        "<section id=manifest><h2>{}</h2>\n{}",
        w::MANIFEST_HEADING.of(lang),
        table_head(&[(w::FILE.of(lang), Align::Left), ("SHA-256", Align::Left)])
    );
    for f in &manifest.files {
        let sha = format!("<code>{}</code>", f.sha256);
        out.push_str(&table_row(&[
            (escape(&f.name), Align::Left),
            (sha, Align::Left),
        ]));
    }
    let weights: Vec<String> = Weights::NAMES
        .iter()
        .zip(model.weights.values())
        .map(|(n, v)| format!("{n} {}", crate::lang::number(v)))
        .collect();
    out.push_str(&format!(
        "</table>\n<table>\n<tr><th>{}</th><td>{} ({})</td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n<tr><th>{}</th><td>stageplan {}</td></tr>\n<tr><th>{}</th><td>{}</td></tr>\n</table></section>\n",
        w::MODEL.of(lang),
        escape(&model.name),
        escape(&crate::lang::model_source(&manifest.model_source, lang)),
        w::WEIGHTS.of(lang),
        escape(&weights.join(", ")),
        w::VERSION.of(lang),
        manifest.version,
        w::DATE.of(lang),
        manifest.date
    ));
    out
}

/// How a column's cells sit: numbers to the right, so their digits line up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Left,
    Right,
}

/// A table's opening and its header row; the labels are html already.
pub fn table_head<S: AsRef<str>>(columns: &[(S, Align)]) -> String {
    format!("<table>{}", row("th", columns))
}

/// One row of a table's body; the cells are html already.
pub fn table_row<S: AsRef<str>>(cells: &[(S, Align)]) -> String {
    row("td", cells)
}

fn row<S: AsRef<str>>(tag: &str, cells: &[(S, Align)]) -> String {
    let mut out = String::from("<tr>");
    for (cell, align) in cells {
        let class = if *align == Align::Right {
            " class=n"
        } else {
            ""
        };
        out.push_str(&format!("<{tag}{class}>{}</{tag}>", cell.as_ref()));
    }
    out.push_str("</tr>\n");
    out
}

/// A number for people: thousands grouped, Dutch `1.234,5` or English `1,234.5`.
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let text = format!("{:.*}", decimals, x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// A share as a percentage.
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", num(share * 100.0, 1, lang))
}

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_the_dutch_or_english_way() {
        assert_eq!(num(122852.0, 2, Lang::Nl), "122.852,00");
        assert_eq!(num(122852.0, 2, Lang::En), "122,852.00");
        assert_eq!(num(1234567.891, 1, Lang::Nl), "1.234.567,9");
        assert_eq!(num(12.0, 0, Lang::Nl), "12");
        assert_eq!(num(-1500.5, 1, Lang::En), "-1,500.5");
        assert_eq!(num(-0.0001, 1, Lang::En), "0.0");
    }

    #[test]
    fn a_table_right_aligns_its_number_columns() {
        let head = table_head(&[("Name", Align::Left), ("Count", Align::Right)]);
        assert_eq!(
            head,
            "<table><tr><th>Name</th><th class=n>Count</th></tr>\n"
        );
        let row = table_row(&[
            ("A&amp;B".to_string(), Align::Left),
            ("3".into(), Align::Right),
        ]);
        assert_eq!(row, "<tr><td>A&amp;B</td><td class=n>3</td></tr>\n");
    }

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
