//! The bench's one table, as Markdown (for the README) and CSV, and the verdict on each
//! target of the issue, computed from the same rows.

use super::BenchInstance;
use crate::outcome::gap;
use crate::report::files::number;
use std::fmt::Write;

/// One tool on one instance.
#[derive(Debug, Clone)]
pub struct Row {
    pub instance: String,
    pub tool: String,
    /// `optimal`, `time_limit`, `feasible`, `bound`, or why the tool gave nothing.
    pub status: String,
    pub seconds: Option<f64>,
    pub objective: Option<f64>,
    pub bound: Option<f64>,
    pub placed: Option<usize>,
    pub peak_mb: Option<f64>,
}

impl Row {
    /// A tool that gave no result, and why.
    pub fn failed(instance: &str, tool: &str, why: &str) -> Row {
        Row {
            instance: instance.to_string(),
            tool: tool.to_string(),
            status: why.to_string(),
            seconds: None,
            objective: None,
            bound: None,
            placed: None,
            peak_mb: None,
        }
    }

    /// The relative gap between objective and bound, when both are known.
    fn gap(&self) -> Option<f64> {
        Some(gap(self.objective?, self.bound?))
    }

    /// A one-line progress message.
    pub fn line(&self) -> String {
        let mut line = format!("{}: {}: {}", self.instance, self.tool, self.status);
        if let Some(s) = self.seconds {
            let _ = write!(line, " in {} s", seconds(s));
        }
        if let Some(o) = self.objective {
            let _ = write!(line, ", objective {}", number(o));
        }
        if let Some(b) = self.bound {
            let _ = write!(line, ", bound {}", number(b));
        }
        line
    }
}

fn opt<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map_or_else(String::new, show)
}

fn seconds(s: f64) -> String {
    format!("{s:.2}")
}

fn percent(g: f64) -> String {
    format!("{:.3} %", 100.0 * g)
}

struct Block {
    name: String,
    students: usize,
    schools: usize,
    target: String,
    target_seconds: f64,
    rows: Vec<Row>,
}

/// Every row of a bench run, grouped by instance.
#[derive(Default)]
pub struct Table {
    blocks: Vec<Block>,
}

impl Table {
    /// Adds the rows of one instance.
    pub fn add(&mut self, b: &BenchInstance, rows: Vec<Row>) {
        self.blocks.push(Block {
            name: b.name.to_string(),
            students: b.generate.students,
            schools: b.generate.schools,
            target: b.target.to_string(),
            target_seconds: b.target_seconds,
            rows,
        });
    }

    /// The table as CSV, one row per tool and instance.
    pub fn csv(&self) -> String {
        let mut out = String::from(
            "instance,students,schools,tool,status,seconds,objective,bound,gap,placed,peak_mb\n",
        );
        for b in &self.blocks {
            for r in &b.rows {
                let cells = [
                    b.name.clone(),
                    b.students.to_string(),
                    b.schools.to_string(),
                    r.tool.clone(),
                    r.status.clone(),
                    opt(r.seconds, |s| format!("{s:.3}")),
                    opt(r.objective, number),
                    opt(r.bound, number),
                    opt(r.gap(), |g| format!("{g:.6}")),
                    opt(r.placed, |p| p.to_string()),
                    opt(r.peak_mb, |m| format!("{m:.0}")),
                ];
                let quoted: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
                out.push_str(&quoted.join(","));
                out.push('\n');
            }
        }
        out
    }

    /// The table and the verdict on each target, as Markdown.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| instance | students | schools | tool | status | seconds | objective | bound | gap | placed | peak MB |\n|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|\n",
        );
        for b in &self.blocks {
            for r in &b.rows {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    b.name,
                    b.students,
                    b.schools,
                    r.tool,
                    r.status,
                    opt(r.seconds, seconds),
                    opt(r.objective, number),
                    opt(r.bound, number),
                    opt(r.gap(), percent),
                    opt(r.placed, |p| p.to_string()),
                    opt(r.peak_mb, |m| format!("{m:.0}")),
                );
            }
        }
        out.push_str("\n| instance | target | stageplan | met | against the peers and greedy |\n|---|---|---|---|---|\n");
        for b in &self.blocks {
            let _ = writeln!(out, "{}", verdict(b));
        }
        out
    }
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn find<'a>(b: &'a Block, prefix: &str) -> Option<&'a Row> {
    b.rows.iter().find(|r| r.tool.starts_with(prefix))
}

/// One line of the targets table: the time target, and the comparisons the issue asks for.
fn verdict(b: &Block) -> String {
    let Some(ours) = find(b, "stageplan").filter(|r| r.objective.is_some()) else {
        return format!("| {} | {} | no result | no | |", b.name, b.target);
    };
    let secs = ours.seconds.unwrap_or(f64::INFINITY);
    let g = ours.gap().unwrap_or(f64::INFINITY);
    let optimal = ours.status == "optimal";
    let met = secs < b.target_seconds
        && if b.target.contains("gap") {
            g <= 0.001 && ours.peak_mb.is_some_and(|m| m < 4096.0)
        } else {
            optimal
        };
    let mut notes = Vec::new();
    if let Some(peer) = find(b, "plain MIP").filter(|r| r.seconds.is_some()) {
        let same = match (peer.objective, ours.objective) {
            (Some(p), Some(o)) => (p - o).abs() < 0.005,
            _ => false,
        };
        if peer.status == "optimal" && optimal {
            notes.push(format!(
                "{:.1}x faster than the plain MIP, {} objective",
                peer.seconds.unwrap_or(0.0) / secs,
                if same { "same" } else { "DIFFERENT" }
            ));
        } else if optimal && peer.status == "time_limit" {
            notes.push(format!(
                "the plain MIP stopped at its limit ({} s, gap {}): at least {:.1}x faster",
                opt(peer.seconds, seconds),
                opt(peer.gap(), percent),
                peer.seconds.unwrap_or(0.0) / secs
            ));
        } else if peer.objective.is_none() {
            notes.push(format!(
                "the plain MIP found no plan in {} s ({})",
                opt(peer.seconds, seconds),
                peer.status
            ));
        } else {
            notes.push(format!(
                "plain MIP: {}, objective {}, gap {}",
                peer.status,
                opt(peer.objective, number),
                opt(peer.gap(), percent)
            ));
        }
    }
    if let Some(cp) = find(b, "CP-SAT").filter(|r| r.seconds.is_some()) {
        let better = match (cp.objective, ours.objective) {
            (Some(c), Some(o)) => o <= c + 0.005,
            (None, Some(_)) => true,
            _ => false,
        };
        let smaller_gap = ours.gap().unwrap_or(1.0) <= cp.gap().unwrap_or(f64::INFINITY);
        notes.push(format!(
            "CP-SAT ({}): stageplan's objective {}, its gap {}",
            cp.status,
            if better { "as good or better" } else { "WORSE" },
            if smaller_gap {
                "smaller or equal"
            } else {
                "LARGER"
            }
        ));
    }
    if let Some(greedy) = find(b, "greedy").filter(|r| r.objective.is_some()) {
        let ok = ours.placed >= greedy.placed && ours.objective < greedy.objective;
        notes.push(format!(
            "greedy: {} placed, objective {}: stageplan {}",
            opt(greedy.placed, |p| p.to_string()),
            opt(greedy.objective, number),
            if ok { "better" } else { "NOT better" }
        ));
    }
    format!(
        "| {} | {} | {} s, {}, gap {}{} | {} | {} |",
        b.name,
        b.target,
        seconds(secs),
        ours.status,
        percent(g),
        opt(ours.peak_mb, |m| format!(", {m:.0} MB")),
        if met { "yes" } else { "no" },
        notes.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(tool: &str, status: &str, seconds: f64, objective: f64, bound: f64) -> Row {
        Row {
            instance: "x".into(),
            tool: tool.into(),
            status: status.into(),
            seconds: Some(seconds),
            objective: Some(objective),
            bound: Some(bound),
            placed: Some(10),
            peak_mb: Some(50.0),
        }
    }

    fn block(rows: Vec<Row>) -> Block {
        Block {
            name: "x".into(),
            students: 10,
            schools: 2,
            target: "under 2 s, optimal".into(),
            target_seconds: 2.0,
            rows,
        }
    }

    /// The verdict line of stageplan's row against one peer's.
    fn verdict_against(ours: Row, peer: Row) -> String {
        verdict(&block(vec![ours, peer]))
    }

    /// `line` has each of `words`.
    fn says(line: &str, words: &[&str]) {
        for w in words {
            assert!(line.contains(w), "{w:?} in {line}");
        }
    }

    #[test]
    fn a_plain_mip_without_a_plan_is_said_so() {
        let mut peer = row("plain MIP", "time_limit", 147.74, 0.0, 0.0);
        peer.objective = None;
        let line = verdict_against(row("stageplan", "time_limit", 111.0, 100.0, 99.0), peer);
        says(
            &line,
            &["the plain MIP found no plan in 147.74 s (time_limit)"],
        );
    }

    #[test]
    fn the_verdict_compares_with_the_plain_mip_to_the_cent() {
        let line = verdict_against(
            row("stageplan", "optimal", 1.0, 100.0, 100.0),
            row("plain MIP", "optimal", 6.0, 100.004, 100.0),
        );
        says(&line, &["| yes |", "6.0x faster", "same"]);
        let line = verdict_against(
            row("stageplan", "optimal", 3.0, 100.0, 100.0),
            row("plain MIP", "optimal", 6.0, 100.01, 100.0),
        );
        says(&line, &["| no |", "DIFFERENT"]);
    }

    #[test]
    fn the_verdict_flags_a_cp_sat_objective_below_ours() {
        let line = verdict_against(
            row("stageplan", "time_limit", 1.0, 110.0, 100.0),
            row("CP-SAT", "time_limit", 6.0, 105.0, 50.0),
        );
        says(&line, &["objective WORSE", "gap smaller"]);
    }
}
