//! Two charts as inline SVG, so report.html needs no script and no network: a histogram
//! and horizontal bars against a maximum. Coordinates are whole pixels, so the same
//! figures always give the same bytes.

use super::page::escape;

/// One bar of a horizontal bar chart.
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// Drawn as a grey bar behind the value: the capacity.
    pub max: Option<f64>,
    /// Printed after the bar, e.g. `12 / 15`.
    pub text: String,
}

const ROW: usize = 24;
const LABEL_WIDTH: usize = 270;
const BAR_WIDTH: usize = 380;

/// Horizontal bars, one row each, scaled to the largest value or maximum.
pub fn bars(title: &str, rows: &[Bar]) -> String {
    let scale = rows
        .iter()
        .map(|b| b.value.max(b.max.unwrap_or(0.0)))
        .fold(0.0, f64::max)
        .max(1.0);
    let width = LABEL_WIDTH + BAR_WIDTH + 110;
    let height = rows.len() * ROW + 8;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>\n",
        escape(title)
    );
    for (i, b) in rows.iter().enumerate() {
        let y = 4 + i * ROW;
        let px = |v: f64| (v / scale * BAR_WIDTH as f64).round() as usize;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LABEL_WIDTH - 8,
            y + 16,
            escape(&shorten(&b.label, 38))
        ));
        if let Some(max) = b.max {
            svg.push_str(&format!(
                "<rect class=\"cap\" x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                y + 3,
                px(max),
                ROW - 6
            ));
        }
        let full = b.max.is_some_and(|m| b.value >= m && m > 0.0);
        svg.push_str(&format!(
            "<rect class=\"{}\" x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            if full { "val full" } else { "val" },
            y + 3,
            px(b.value),
            ROW - 6
        ));
        let end = px(b.value.max(b.max.unwrap_or(0.0)));
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{}</text>\n",
            LABEL_WIDTH + end + 6,
            y + 16,
            escape(&b.text)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A histogram: one column per bin, its count above it and its label below.
pub fn histogram(title: &str, axis: &str, bins: &[(String, usize)]) -> String {
    let (left, top, plot_h, bottom) = (10usize, 20usize, 160usize, 44usize);
    let column = if bins.len() > 12 { 36 } else { 52 };
    let width = left * 2 + column * bins.len().max(1);
    let height = top + plot_h + bottom;
    let most = bins.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>\n",
        escape(title)
    );
    for (i, (label, count)) in bins.iter().enumerate() {
        let x = left + i * column;
        let h = (*count as f64 / most as f64 * plot_h as f64).round() as usize;
        let y = top + plot_h - h;
        svg.push_str(&format!(
            "<rect class=\"val\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{h}\"/>",
            x + 3,
            column - 6
        ));
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{count}</text>",
            x + column / 2,
            y.saturating_sub(4).max(10)
        ));
        svg.push_str(&format!(
            "<text class=\"small\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            x + column / 2,
            top + plot_h + 16,
            escape(label)
        ));
    }
    svg.push_str(&format!(
        "<line class=\"axis\" x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/><text class=\"small\" x=\"{2}\" y=\"{3}\" text-anchor=\"middle\">{4}</text></svg>",
        top + plot_h,
        width - left,
        width / 2,
        height - 6,
        escape(axis)
    ));
    svg
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_has_one_column_per_bin_and_escapes_labels() {
        let bins = vec![("0–9".to_string(), 3), ("<10>".to_string(), 0)];
        let svg = histogram("t", "minutes", &bins);
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains("&lt;10&gt;"));
        assert!(svg.contains(">3</text>"));
    }

    #[test]
    fn a_full_bar_is_marked_and_scaled_to_the_largest_maximum() {
        let rows = vec![
            Bar {
                label: "A".into(),
                value: 5.0,
                max: Some(5.0),
                text: "5 / 5".into(),
            },
            Bar {
                label: "B".into(),
                value: 1.0,
                max: Some(10.0),
                text: "1 / 10".into(),
            },
        ];
        let svg = bars("t", &rows);
        assert!(svg.contains("class=\"val full\""));
        // B's maximum (10) is the scale: 380 px; A's 5 is half of it.
        assert!(svg.contains("width=\"380\""));
        assert!(svg.contains("width=\"190\""));
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }
}
