//! `stageplan bench`: stageplan, the greedy baseline, the LP bound and the two peers on
//! the same instances in the same run, as one table (Markdown and CSV).
//!
//! stageplan and the peers run as child processes, so that each has its own memory
//! peak and a crash or time-out of one does not end the bench.

mod child;
pub mod proc;
mod table;

use crate::checker;
use crate::generate::{generate, GenerateOptions};
use crate::greedy::greedy;
use crate::input;
use crate::pipeline::plan_rows_of;
use crate::report::atomic::write_outputs;
use crate::solve;
use std::path::{Path, PathBuf};
use std::time::Instant;
pub use table::{Row, Table};

/// One instance of the bench: `data/hos` or a generated one, with the target it must meet.
pub struct BenchInstance {
    pub name: &'static str,
    /// How it is generated (`data/hos`: only its size counts).
    pub generate: GenerateOptions,
    /// The target for stageplan, as a sentence for the table.
    pub target: &'static str,
    pub target_seconds: f64,
}

/// The instances of the speed targets (issue "Quality and speed at scale").
pub const INSTANCES: [BenchInstance; 5] = [
    BenchInstance {
        name: "hos",
        generate: sized(300, 10, 0),
        target: "under 0.5 s, optimal",
        target_seconds: 0.5,
    },
    BenchInstance {
        name: "1000-tight",
        generate: GenerateOptions {
            tight: true,
            ..sized(1000, 30, 7)
        },
        target: "under 2 s, optimal",
        target_seconds: 2.0,
    },
    BenchInstance {
        name: "3000",
        generate: sized(3000, 80, 3),
        target: "under 10 s, optimal",
        target_seconds: 10.0,
    },
    BenchInstance {
        name: "3000-duos",
        generate: GenerateOptions {
            group_share: Some(0.08),
            ..sized(3000, 80, 3)
        },
        target: "under 10 s, optimal",
        target_seconds: 10.0,
    },
    BenchInstance {
        name: "20000-coords",
        generate: GenerateOptions {
            coordinates_only: true,
            ..sized(20000, 400, 1)
        },
        target: "under 120 s, gap at most 0.1 %, under 4 GB",
        target_seconds: 120.0,
    },
];

/// A generated instance of this size and seed, with the tracks' own groups and a
/// travel.csv.
const fn sized(students: usize, schools: usize, seed: u64) -> GenerateOptions {
    GenerateOptions {
        students,
        schools,
        seed,
        tight: false,
        coordinates_only: false,
        group_share: None,
    }
}

/// What to run.
pub struct BenchOptions {
    /// Names of `INSTANCES` to run; all when empty.
    pub only: Vec<String>,
    /// Seconds each tool may take per instance.
    pub time_limit_seconds: f64,
    /// Run the Python peers (when python3 with highspy / ortools is there).
    pub peers: bool,
    /// Also run stageplan with each technique switched off in turn.
    pub ablation: bool,
    /// Where `data/hos`, `models/hos.toml` and `benches/peers` are: the project folder.
    pub project: PathBuf,
    /// Instances, runs, bench.md and bench.csv go here.
    pub out: PathBuf,
}

/// Writes (or reuses) the instance folder; `data/hos` is used as shipped.
fn instance_folder(b: &BenchInstance, options: &BenchOptions) -> std::io::Result<PathBuf> {
    if b.name == "hos" {
        return Ok(options.project.join("data/hos"));
    }
    let dir = options.out.join("instances").join(b.name);
    let files = generate(&b.generate);
    let files: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_bytes().to_vec()))
        .collect();
    write_outputs(&dir, &files)?;
    Ok(dir)
}

/// The greedy plan and the LP bound, in this process.
fn baselines(b: &BenchInstance, folder: &Path, model: &Path, time_limit: f64) -> Vec<Row> {
    let loaded = match input::load(folder, Some(model)) {
        Ok(l) => l,
        Err(problems) => {
            let why = format!("invalid instance: {} problem(s)", problems.len());
            return vec![Row::failed(b.name, "greedy", &why)];
        }
    };
    let (inst, m) = (&loaded.instance, &loaded.model);
    let started = Instant::now();
    let placed = greedy(inst, m);
    let verdict = checker::check_plan(inst, m, &plan_rows_of(inst, &placed));
    let greedy_row = Row {
        instance: b.name.to_string(),
        tool: "greedy (by hand)".into(),
        status: if verdict.violations.is_empty() {
            "feasible".into()
        } else {
            format!("{} broken rules", verdict.violation_count())
        },
        seconds: Some(started.elapsed().as_secs_f64()),
        objective: Some(verdict.objective),
        bound: None,
        placed: Some(verdict.placed.len()),
        peak_mb: None,
    };
    let started = Instant::now();
    let lp_row = match solve::lp_bound(inst, m, Some(time_limit)) {
        Ok(Some(bound)) => Row {
            instance: b.name.to_string(),
            tool: "LP bound".into(),
            status: "bound".into(),
            seconds: Some(started.elapsed().as_secs_f64()),
            objective: None,
            bound: Some(bound),
            placed: None,
            peak_mb: None,
        },
        Ok(None) => Row::failed(b.name, "LP bound", &format!("not solved in {time_limit} s")),
        Err(e) => Row::failed(b.name, "LP bound", &format!("{e:?}")),
    };
    vec![greedy_row, lp_row]
}

/// The shorter time limits an instance is also run with: at 3,000 students the issue's
/// tenth of the time to optimum; at the national size the limits the whole run must keep
/// (T + 2 s from T = 5), where reading, the eligibility and the flow weigh most.
fn short_limits(students: usize) -> &'static [f64] {
    match students {
        3000..20000 => &[10.0],
        20000.. => &[5.0, 10.0, 30.0, 60.0],
        _ => &[],
    }
}

/// Runs every tool on every chosen instance and writes bench.md and bench.csv to `out`.
/// `progress` hears one line per finished run.
pub fn run(options: &BenchOptions, progress: &dyn Fn(&str)) -> std::io::Result<Table> {
    let model = options.project.join("models/hos.toml");
    let exe = std::env::current_exe()?;
    let mut table = Table::default();
    for b in INSTANCES
        .iter()
        .filter(|b| options.only.is_empty() || options.only.iter().any(|o| o == b.name))
    {
        let folder = instance_folder(b, options)?;
        let runs = options.out.join("runs").join(b.name);
        let ours = |tool: &str, run: &str, time_limit: f64, without: Option<&str>| {
            let out = runs.join(run);
            child::stageplan(
                &exe, tool, b.name, &folder, &model, &out, time_limit, without,
            )
        };
        let mut rows = vec![ours(
            "stageplan",
            "stageplan",
            options.time_limit_seconds,
            None,
        )];
        for &limit in short_limits(b.generate.students)
            .iter()
            .filter(|&&l| l < options.time_limit_seconds)
        {
            let tool = format!("stageplan --time-limit {limit}");
            rows.push(ours(&tool, &format!("limit-{limit}"), limit, None));
        }
        rows.extend(baselines(b, &folder, &model, options.time_limit_seconds));
        if options.peers {
            for peer in &child::PEERS {
                rows.push(child::peer(
                    peer,
                    b.name,
                    &options.project.join("benches/peers"),
                    &folder,
                    &model,
                    options.time_limit_seconds,
                ));
            }
        }
        if options.ablation {
            for name in solve::Ablation::NAMES {
                let tool = format!("stageplan without {name}");
                let run = format!("without-{name}");
                rows.push(ours(&tool, &run, options.time_limit_seconds, Some(name)));
            }
        }
        for row in &rows {
            progress(&row.line());
        }
        table.add(b, rows);
    }
    let files = [
        ("bench.md", table.markdown().into_bytes()),
        ("bench.csv", table.csv().into_bytes()),
    ];
    crate::report::atomic::write_outputs_owning(&options.out, &files, &|name| {
        name == "bench.md" || name == "bench.csv"
    })?;
    Ok(table)
}
