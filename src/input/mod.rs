//! Reading and validating an instance folder and its policy model.

mod aliases;
mod aside;
pub mod closest;
pub use aliases::canonical as canonical_header;
pub mod cells;
pub mod codes;
pub mod file_kind;
mod groups;
pub mod ids;
pub mod instance;
mod invisible;
mod journeys;
pub mod model_file;
pub mod naming;
pub mod pins_file;
pub mod problem;
pub mod ranges;
pub mod reach;
#[cfg(test)]
pub(crate) mod scratch;
pub mod table;
pub mod travel;
mod validate;
pub mod workbook;
pub mod xlsx;

use crate::domain::{Instance, Model, TravelMatrix};
use crate::lang::problems as say;
use file_kind::Kind;
use problem::{Place, Problem, Problems};
use std::path::{Path, PathBuf};
use table::Table;

/// A valid instance with its model and the warnings found while reading it.
pub struct Loaded {
    pub instance: Instance,
    pub model: Model,
    pub warnings: Vec<Problem>,
    /// Where the model came from, for the summary.
    pub model_source: String,
}

/// Reads the model: `--model FILE`, else the instance's `model.toml`, else the built-in HOS model.
/// A `model.toml` that is there but is no file (a folder, a link to nothing, a FIFO) is an
/// error, not a reason to use the built-in model.
pub fn load_model(
    dir: &Path,
    model_path: Option<&Path>,
    problems: &mut Problems,
) -> Option<(Model, String)> {
    let path = match model_path {
        Some(p) => p.to_path_buf(),
        None => match optional_file(dir, "model.toml", problems)? {
            Some(own) => own,
            None => {
                let model = model_file::parse_model(
                    "hos.toml (built in)",
                    model_file::HOS_MODEL,
                    problems,
                )?;
                return Some((model, crate::lang::BUILT_IN_MODEL.into()));
            }
        },
    };
    let name = path
        .file_name()
        .map_or("model.toml".into(), |n| n.to_string_lossy().into_owned());
    let at = Place::new(&name, 1, 1);
    match table::read_text(&path) {
        Ok(text) => {
            let model = model_file::parse_model(&name, &text, problems)?;
            Some((model, path.display().to_string()))
        }
        Err(why) => {
            why.report(
                &at,
                model_path.is_none(),
                problems,
                (codes::E040, &say::MODEL_NOT_TEXT, &say::MODEL_NOT_TEXT_DO),
                (
                    codes::E001,
                    &say::MODEL_UNREADABLE,
                    &say::MODEL_UNREADABLE_DO,
                ),
            );
            None
        }
    }
}

/// An optional file of the instance: `Some(None)` when it is absent, `Some(Some(path))`
/// when it is a file, `None` (with E009 or E002) when it is there but cannot be a file.
fn optional_file(dir: &Path, name: &str, problems: &mut Problems) -> Option<Option<PathBuf>> {
    file_at(dir, name, true, problems)
}

/// `name` in `dir`: `Some(None)` when missing, `Some(Some(path))` when a file, `None` (said
/// in `problems`) when it is there but is no file or cannot be looked at.
fn file_at(
    dir: &Path,
    name: &str,
    optional: bool,
    problems: &mut Problems,
) -> Option<Option<PathBuf>> {
    let path = dir.join(name);
    let at = Place::new(name, 1, 1);
    match file_kind::kind_of(&path) {
        Ok(Kind::Missing) => Some(None),
        Ok(Kind::File) => Some(Some(path)),
        Ok(other) => {
            other.report(&at, optional, problems);
            None
        }
        Err(e) => {
            cannot_read(&at, &e, problems);
            None
        }
    }
}

/// E001: `dir` is neither an instance folder nor a workbook.
fn no_instance(dir: &Path, problems: &mut Problems) {
    problems.record(
        codes::E001,
        &Place::new(&dir.display().to_string(), 1, 1),
        "",
        (&say::NO_INSTANCE).into(),
        &say::NO_INSTANCE_DO,
    );
}

/// E002: the system refused to look at a file (permissions, an I/O error).
fn cannot_read(at: &Place, e: &std::io::Error, problems: &mut Problems) {
    problems.record(
        codes::E002,
        at,
        "",
        say::CANNOT_READ.say(&[("error", e.to_string())]),
        &say::CANNOT_READ_DO,
    );
}

fn required_table(dir: &Path, name: &str, problems: &mut Problems) -> Option<Table> {
    let Some(path) = file_at(dir, name, false, problems)? else {
        problems.record(
            codes::E001,
            &Place::new(name, 1, 1),
            "",
            say::FILE_MISSING.say(&[
                ("name", name.to_string()),
                ("dir", dir.display().to_string()),
            ]),
            &say::FILE_MISSING_DO,
        );
        return None;
    };
    Table::read(&path, problems)
}

/// The CSV files of an instance folder as tables; `None` when a required one is missing
/// or unreadable.
fn csv_tables(dir: &Path, problems: &mut Problems) -> Option<Tables> {
    let schools = required_table(dir, "schools.csv", problems);
    let supervisors = required_table(dir, "supervisors.csv", problems);
    let students = required_table(dir, "students.csv", problems);
    let travel = optional_file(dir, "travel.csv", problems)
        .flatten()
        .and_then(|path| Table::read(&path, problems));
    Some(Tables {
        schools: schools?,
        supervisors: supervisors?,
        students: students?,
        travel,
    })
}

/// The tables of an instance folder or workbook as they are written, unread (for
/// `stageplan travel`, which needs only ids, postcodes and coordinates).
pub fn read_tables(dir: &Path, problems: &mut Problems) -> Option<Tables> {
    if workbook::is_workbook(dir) && dir.is_file() {
        workbook::read_workbook(dir, problems)
    } else if dir.is_dir() {
        // An old travel.csv is not needed, and a national one is large.
        let mut read = |name| required_table(dir, name, problems);
        let (schools, supervisors, students) = (
            read("schools.csv"),
            read("supervisors.csv"),
            read("students.csv"),
        );
        Some(Tables {
            schools: schools?,
            supervisors: supervisors?,
            students: students?,
            travel: None,
        })
    } else {
        no_instance(dir, problems);
        None
    }
}

/// The CSV tables of an instance, before they are turned into domain types.
pub struct Tables {
    pub schools: Table,
    pub supervisors: Table,
    pub students: Table,
    pub travel: Option<Table>,
}

/// Changes to an instance while it is loaded (a what-if scenario), each step validated
/// with the same problems as the files themselves. The default changes nothing.
pub trait Adjust {
    /// Changes the policy model before the data is read.
    fn model(&self, _model: &mut Model, _problems: &mut Problems) {}
    /// Changes the tables: rows added from other files, rows removed.
    fn tables(&self, _tables: &mut Tables, _problems: &mut Problems) {}
    /// Changes the read instance (capacities) before it is validated.
    fn instance(&self, _instance: &mut Instance, _problems: &mut Problems) {}
}

/// No changes: the instance as its files say.
pub struct AsWritten;
impl Adjust for AsWritten {}

/// Reads and validates an instance folder. Either everything is valid (warnings aside)
/// or every problem found is returned, sorted by file, line and column.
pub fn load(dir: &Path, model_path: Option<&Path>) -> Result<Loaded, Vec<Problem>> {
    load_adjusted(dir, model_path, &AsWritten)
}

/// Reads an instance folder with changes applied, validating the result as a whole.
pub fn load_adjusted(
    dir: &Path,
    model_path: Option<&Path>,
    adjust: &dyn Adjust,
) -> Result<Loaded, Vec<Problem>> {
    let mut problems = Problems::default();
    let is_workbook = workbook::is_workbook(dir);
    if is_workbook {
        if let Ok(
            kind @ (Kind::Folder
            | Kind::DanglingLink(_)
            | Kind::Fifo
            | Kind::Device(_)
            | Kind::Socket),
        ) = file_kind::kind_of(dir)
        {
            kind.report(
                &Place::new(&dir.display().to_string(), 1, 1),
                false,
                &mut problems,
            );
            return Err(problems.into_sorted());
        }
    }
    if !(dir.is_dir() || is_workbook && dir.is_file()) {
        no_instance(dir, &mut problems);
        return Err(problems.into_sorted());
    }
    // A workbook's model.toml, if any, sits beside it.
    let model_dir = match dir.parent() {
        Some(parent) if is_workbook => parent,
        _ => dir,
    };
    let model = load_model(model_dir, model_path, &mut problems);
    let tables = if is_workbook {
        workbook::read_workbook(dir, &mut problems)
    } else {
        csv_tables(dir, &mut problems)
    };
    let (Some((mut model, model_source)), Some(mut tables)) = (model, tables) else {
        return Err(problems.into_sorted());
    };
    adjust.model(&mut model, &mut problems);
    adjust.tables(&mut tables, &mut problems);
    for table in [&tables.schools, &tables.supervisors, &tables.students] {
        if table.is_empty() {
            problems.record(
                codes::E007,
                &Place::new(table.file(), 2, 1),
                "",
                (&say::NO_ROWS).into(),
                &say::NO_ROWS_DO,
            );
        }
    }
    if problems.has_errors() {
        return Err(problems.into_sorted());
    }

    let names = naming::Names::of(&tables);
    let (schools, school_ids) = instance::read_schools(&tables.schools, &mut problems);
    let (supervisors, wpb_ids) =
        instance::read_supervisors(&tables.supervisors, &school_ids, &names, &mut problems);
    let (students, student_ids, lines) = instance::read_students(
        &tables.students,
        &model,
        &school_ids,
        &wpb_ids,
        &names,
        &mut problems,
    );
    let mut travel = TravelMatrix::unknown(students.len(), schools.len());
    if let Some(t) = &tables.travel {
        let ids = (&student_ids, &school_ids);
        travel::read_travel(t, ids.0, ids.1, &names, &mut travel, &mut problems);
    }
    if problems.has_errors() {
        return Err(problems.into_sorted());
    }
    let journeys = tables
        .travel
        .as_ref()
        .map(|t| journeys::read_journeys(t, &student_ids, &school_ids))
        .unwrap_or_default();
    let mut instance = Instance {
        schools,
        supervisors,
        students,
        travel,
        journeys,
    };
    adjust.instance(&mut instance, &mut problems);
    travel::estimate_missing_travel(&mut instance);
    validate::check_e025_travel_time_for_every_pair(&instance, &model, &lines, &mut problems);
    validate::check_w001_paid_appointment_counts(&instance, &model, &lines, &mut problems);
    validate::check_w002_pin_breaks_rule(&instance, &model, &lines, &mut problems);
    validate::check_e030_pins_exceed_capacity(&instance, &model, &lines, &mut problems);
    validate::check_e031_group_pinned_to_two_schools(&instance, &lines, &mut problems);
    validate::check_w005_group_mixes_tracks(&instance, &model, &lines, &mut problems);
    groups::check_w008_group_mixes_subjects(&instance, &lines, &mut problems);
    // Who could be placed at all: only worth saying of an instance that can be planned.
    if !problems.has_errors() {
        let reach = reach::Reach::of(&instance, &model);
        reach::check_w007_subject_taught_on_stage_days(
            &instance,
            &model,
            &reach,
            &lines,
            &mut problems,
        );
        reach::check_w010_student_has_a_school(&instance, &model, &reach, &lines, &mut problems);
        groups::check_w009_group_fits_somewhere(&instance, &model, &reach, &lines, &mut problems);
    }
    if problems.has_errors() {
        return Err(problems.into_sorted());
    }
    Ok(Loaded {
        instance,
        model,
        warnings: problems.into_sorted(),
        model_source,
    })
}
