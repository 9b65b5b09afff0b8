//! The flags of every command, as clap reads them: a table, so it may run past 400 lines.
//! Nothing is checked here; `config` resolves them into a run.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Places student teachers at schools and with a WPB, optimally.
#[derive(Parser)]
#[command(name = "stageplan", version, about)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Command,
    /// Language of messages and of the words in every file written (init's column names,
    /// unplaced reasons, plan.xlsx, report.html): nl (default) or en. Without it, the
    /// environment variable STAGEPLAN_LANG is used.
    #[arg(long, global = true, value_name = "nl|en")]
    pub(super) lang: Option<String>,
}

#[derive(Subcommand)]
pub(super) enum Command {
    /// Validate an instance folder and print every problem.
    Check {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Optimise and write plan.csv, unplaced.csv and summary.json to --out.
    Solve(SolveFlags),
    /// Solve the baseline and every what-if scenario of a file in parallel, and compare.
    Sweep {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// Scenario file (TOML): [[scenario]] and [[grid]] tables, see the README.
        #[arg(long)]
        scenarios: PathBuf,
        /// Output folder: sweep.csv, sweep.md, baseline/ and one folder per scenario.
        #[arg(long)]
        out: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Scenarios solved at once (each HiGHS single-threaded); 0 = one per core.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Per scenario: stop after this many seconds with the best plan found.
        #[arg(long, value_name = "SECONDS")]
        time_limit: Option<f64>,
        /// Print nothing but errors.
        #[arg(long)]
        quiet: bool,
    },
    /// Explain one student's placement, or why the student is unplaced, in plain sentences.
    Explain {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// The student's id in students.csv.
        #[arg(long)]
        student: String,
        /// A plan.csv to explain; without it the instance is solved first.
        #[arg(long)]
        plan: Option<PathBuf>,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Check any plan, also a hand-made one, and print its objective.
    Verify {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// The plan: a CSV with student_id, school_id, wpb_id.
        plan: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// The quality report of any plan, also a hand-made one, against the LP bound.
    Score {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// The plan: a CSV with student_id, school_id, wpb_id.
        plan: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Print the report as JSON (the `quality` object of summary.json).
        #[arg(long)]
        json: bool,
    },
    /// Write the plan a careful person makes by hand (a baseline for `score`).
    Greedy {
        /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
        instance: PathBuf,
        /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
        #[arg(long)]
        model: Option<PathBuf>,
        /// The plan file to write.
        #[arg(long, value_name = "PLAN.csv")]
        out: PathBuf,
    },
    /// Time stageplan, greedy, the LP bound and the Python peers on the target instances
    /// and write bench.md and bench.csv (minutes; run from the project folder).
    Bench {
        /// Only these instances (comma-separated): hos, 1000-tight, 3000, 3000-duos,
        /// 20000-coords.
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Seconds each tool may take per instance.
        #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
        time_limit: f64,
        /// Leave out the Python peers (plain MIP with highspy, CP-SAT with ortools).
        #[arg(long)]
        no_peers: bool,
        /// Also time stageplan with each technique switched off in turn.
        #[arg(long)]
        ablation: bool,
        /// Output folder: bench.md, bench.csv, the generated instances and the runs.
        #[arg(long, default_value = "target/bench")]
        out: PathBuf,
        /// Print nothing but the table and errors.
        #[arg(long)]
        quiet: bool,
    },
    /// Start a new instance: an Excel workbook (PATH ends in .xlsx) or a folder of CSV files,
    /// with the right column names, one example row each, and dropdowns in the workbook.
    Init {
        /// The workbook (.xlsx) or folder to create; never overwritten.
        path: PathBuf,
        /// The model whose tracks and stage days the dropdowns offer (default: HOS).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Door-to-door public-transport minutes for every (student, school) pair from a GTFS
    /// timetable: writes travel.csv (complete or not at all).
    Travel(TravelFlags),
    /// Write a synthetic instance folder (for tests and benchmarks).
    Generate {
        /// How many students.
        #[arg(long, default_value_t = 300)]
        students: usize,
        /// How many schools.
        #[arg(long, default_value_t = 10)]
        schools: usize,
        /// The seed of the random draw: the same seed gives the same instance.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Scarce capacity: fewer WPBs and school places.
        #[arg(long)]
        tight: bool,
        /// `table` writes travel.csv; `coords` only coordinates (journeys are estimated).
        #[arg(long, value_parser = ["table", "coords"], default_value = "table")]
        travel: String,
        /// Also write feed.zip: a synthetic GTFS timetable of the region (for `travel`).
        #[arg(long)]
        gtfs: bool,
        /// The share of students in groups (0 to 1), all of them duos, instead of the
        /// tracks' own groups (HR year 1 in fours, HALO in duos).
        #[arg(long, value_name = "SHARE")]
        group_share: Option<f64>,
        /// The instance folder to write.
        #[arg(long)]
        out: PathBuf,
    },
}

/// The flags of `stageplan travel`.
#[derive(Args)]
pub(super) struct TravelFlags {
    /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
    pub instance: PathBuf,
    /// The timetable: a GTFS .zip (such as gtfs-nl.zip) or a folder of its .txt files.
    #[arg(long, value_name = "FEED.zip")]
    pub gtfs: PathBuf,
    /// The travel.csv to write.
    #[arg(long, value_name = "travel.csv")]
    pub out: PathBuf,
    /// The school day of the timetable; default: the next Monday to Friday.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Arrive at school by this time.
    #[arg(long, value_name = "HH:MM", default_value = "08:30")]
    pub arrive_by: String,
    /// Walking speed.
    #[arg(long, default_value_t = 5.0)]
    pub walk_kmh: f64,
    /// The longest walk to or from a stop, along streets (straight line x 1.3).
    #[arg(long, default_value_t = 1500.0)]
    pub max_walk_m: f64,
    /// Also cycle all the way (straight line x 1.3 at 15 km/h); the faster counts.
    #[arg(long)]
    pub bike: bool,
    /// A postcode table (postcode;lat;lon) that fills missing coordinates.
    #[arg(long, value_name = "FILE.csv")]
    pub postcodes: Option<PathBuf>,
    /// Only student_id, school_id, minutes: for millions of pairs, a third of the file
    /// and of the memory to read it.
    #[arg(long)]
    pub no_summary: bool,
    /// Print nothing but problems.
    #[arg(long)]
    pub quiet: bool,
}

/// The flags of `stageplan solve`.
#[derive(Args)]
pub(super) struct SolveFlags {
    /// Folder with schools.csv, supervisors.csv, students.csv (travel.csv, model.toml), or an instance workbook (.xlsx).
    pub instance: PathBuf,
    /// Policy model file; overrides the instance's model.toml and the built-in HOS model.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Output folder; written completely or not at all.
    #[arg(long)]
    pub out: PathBuf,
    /// Stop after this many seconds with the best plan found and its proven bound.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Print nothing but errors.
    #[arg(long)]
    pub quiet: bool,
    /// Repair this published plan: keep every placement that is still valid unless
    /// moving it pays (weight moved_student); writes changes.csv.
    #[arg(long, value_name = "PLAN.csv")]
    pub baseline_plan: Option<PathBuf>,
    /// Verify this many suggestions by re-solving for diagnosis.md (0: none).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub suggestions: usize,
    /// An edited plan.xlsx: its placements marked `vastzetten = ja` are pinned, and the
    /// rest of that plan is kept unless moving a student pays (weight moved_student), as
    /// with --baseline-plan; the summary says who moved and why.
    #[arg(long, value_name = "PLAN.xlsx")]
    pub pins: Option<PathBuf>,
    /// With --pins: honour the pins but plan every other student from scratch, as if
    /// the plan did not exist (many may move to an equally good place).
    #[arg(long, requires = "pins")]
    pub pins_from_scratch: bool,
    /// Seconds the suggestions may take (default: a quarter of the solve time, at
    /// least 2; with --time-limit, what the limit leaves).
    #[arg(long, value_name = "SECONDS")]
    pub diagnosis_seconds: Option<f64>,
    /// Switch solver techniques off to measure what they buy (comma-separated: core,
    /// seat-cuts, wpb-group-cuts, heuristic, rins, chains, pricing); the optimum stays the
    /// same, only the time changes.
    #[arg(long, value_name = "TECHNIQUES")]
    pub without: Option<String>,
}
