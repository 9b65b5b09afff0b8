//! report.html's picture of where students travel from and to: an inline SVG of the
//! coordinates (no map tiles, so the page stays offline). A line per placed student from
//! home to school, an open circle per unplaced student's home, a square per school.

use super::page::escape;
use crate::domain::{Instance, Location};
use crate::lang::report as w;
use crate::lang::Lang;

const WIDTH: f64 = 720.0;
const MARGIN: f64 = 10.0;

/// Projects coordinates onto the picture: equirectangular, scaled to fit, north up.
struct Frame {
    west: f64,
    north: f64,
    scale: f64,
    squeeze: f64,
    height: f64,
}

impl Frame {
    fn around(points: &[Location]) -> Option<Frame> {
        let first = points.first()?;
        let (mut south, mut north, mut west, mut east) =
            (first.lat, first.lat, first.lon, first.lon);
        for p in points {
            south = south.min(p.lat);
            north = north.max(p.lat);
            west = west.min(p.lon);
            east = east.max(p.lon);
        }
        let squeeze = ((south + north) / 2.0).to_radians().cos();
        let wide = ((east - west) * squeeze).max(1e-6);
        let high = (north - south).max(1e-6);
        let scale = (WIDTH - 2.0 * MARGIN) / wide.max(high);
        Some(Frame {
            west,
            north,
            scale,
            squeeze,
            height: (high * scale + 2.0 * MARGIN).round(),
        })
    }

    /// Whole pixels, so the same coordinates always give the same bytes.
    fn at(&self, p: &Location) -> (i64, i64) {
        (
            (MARGIN + (p.lon - self.west) * self.squeeze * self.scale).round() as i64,
            (MARGIN + (self.north - p.lat) * self.scale).round() as i64,
        )
    }
}

/// The section, or nothing when no student and school have coordinates.
pub fn section(instance: &Instance, placed: &[(usize, usize)], lang: Lang) -> String {
    let mut school_of = vec![None; instance.students.len()];
    for &(s, wpb) in placed {
        school_of[s] = Some(instance.supervisors[wpb].school);
    }
    let homes: Vec<(Location, Option<Location>)> = instance
        .students
        .iter()
        .enumerate()
        .filter_map(|(s, st)| {
            let to = school_of[s].and_then(|c| instance.schools[c].location);
            Some((st.location?, to))
        })
        .collect();
    let schools: Vec<(&str, Location)> = instance
        .schools
        .iter()
        .filter_map(|c| Some((c.name.as_str(), c.location?)))
        .collect();
    if homes.is_empty() || schools.is_empty() {
        return String::new();
    }
    let all: Vec<Location> = homes
        .iter()
        .map(|h| h.0)
        .chain(schools.iter().map(|c| c.1))
        .collect();
    let Some(frame) = Frame::around(&all) else {
        return String::new();
    };
    let title = w::MAP_HEADING.of(lang);
    let mut svg = format!(
        "<svg class=\"chart map\" viewBox=\"0 0 {WIDTH} {h}\" width=\"{WIDTH}\" height=\"{h}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>\n",
        escape(title),
        h = frame.height
    );
    for (home, to) in &homes {
        let (x1, y1) = frame.at(home);
        match to {
            Some(school) => {
                let (x2, y2) = frame.at(school);
                svg.push_str(&format!(
                    "<line class=\"trip\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"/>"
                ));
            }
            None => svg.push_str(&format!(
                "<circle class=\"unplaced\" cx=\"{x1}\" cy=\"{y1}\" r=\"3\"/>"
            )),
        }
    }
    svg.push('\n');
    for (name, at) in &schools {
        let (x, y) = frame.at(at);
        svg.push_str(&format!(
            "<rect class=\"school\" x=\"{}\" y=\"{}\" width=\"7\" height=\"7\"><title>{}</title></rect>",
            x - 3,
            y - 3,
            escape(name)
        ));
    }
    svg.push_str("</svg>");
    format!(
        "<section id=map><h2>{title}</h2>\n<p class=sub>{}</p>\n{svg}\n</section>\n",
        w::MAP_NOTE.of(lang)
    )
}
