//! Reading and validating an instance folder and its policy model.

mod aliases;
pub use aliases::canonical as canonical_header;
pub mod cells;
pub mod instance;
mod journeys;
pub mod model_file;
pub mod pins_file;
pub mod problem;
pub mod table;
mod validate;
pub mod workbook;

use crate::domain::{Instance, Model, TravelMatrix};
use crate::lang::problems as say;
use problem::{Place, Problem, Problems};
use std::path::Path;
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
pub fn load_model(
    dir: &Path,
    model_path: Option<&Path>,
    problems: &mut Problems,
) -> Option<(Model, String)> {
    let own = dir.join("model.toml");
    let path = model_path
        .map(Path::to_path_buf)
        .or_else(|| own.is_file().then_some(own));
    let Some(path) = path else {
        let model =
            model_file::parse_model("hos.toml (built in)", model_file::HOS_MODEL, problems)?;
        return Some((model, "built-in models/hos.toml".into()));
    };
    let name = path
        .file_name()
        .map_or("model.toml".into(), |n| n.to_string_lossy().into_owned());
    match table::read_text(&path) {
        Ok(Ok(text)) => {
            let model = model_file::parse_model(&name, &text, problems)?;
            Some((model, path.display().to_string()))
        }
        Ok(Err(why)) => {
            problems.error(
                "E040",
                &Place::new(&name, 1, 1),
                "",
                say::MODEL_NOT_TEXT.say_in(&[("why", &why.into())]),
                &say::MODEL_NOT_TEXT_DO,
            );
            None
        }
        Err(e) => {
            problems.error(
                "E001",
                &Place::new(&name, 1, 1),
                "",
                say::MODEL_UNREADABLE.say(&[("error", e.to_string())]),
                &say::MODEL_UNREADABLE_DO,
            );
            None
        }
    }
}

fn required_table(dir: &Path, name: &str, problems: &mut Problems) -> Option<Table> {
    let path = dir.join(name);
    if !path.is_file() {
        problems.error(
            "E001",
            &Place::new(name, 1, 1),
            "",
            say::FILE_MISSING.say(&[
                ("name", name.to_string()),
                ("dir", dir.display().to_string()),
            ]),
            &say::FILE_MISSING_DO,
        );
        return None;
    }
    Table::read(&path, problems)
}

/// The CSV files of an instance folder as tables; `None` when a required one is missing
/// or unreadable.
fn csv_tables(dir: &Path, problems: &mut Problems) -> Option<Tables> {
    let schools = required_table(dir, "schools.csv", problems);
    let supervisors = required_table(dir, "supervisors.csv", problems);
    let students = required_table(dir, "students.csv", problems);
    let travel_path = dir.join("travel.csv");
    let travel = travel_path
        .is_file()
        .then(|| Table::read(&travel_path, problems))
        .flatten();
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
        problems.error(
            "E001",
            &Place::new(&dir.display().to_string(), 1, 1),
            "",
            (&say::NO_INSTANCE).into(),
            &say::NO_INSTANCE_DO,
        );
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
    if !(dir.is_dir() || is_workbook && dir.is_file()) {
        problems.error(
            "E001",
            &Place::new(&dir.display().to_string(), 1, 1),
            "",
            (&say::NO_INSTANCE).into(),
            &say::NO_INSTANCE_DO,
        );
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
            problems.error(
                "E007",
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

    let (schools, school_ids) = instance::read_schools(&tables.schools, &mut problems);
    let (supervisors, wpb_ids) =
        instance::read_supervisors(&tables.supervisors, &school_ids, &mut problems);
    let (students, student_ids, lines) = instance::read_students(
        &tables.students,
        &model,
        &school_ids,
        &wpb_ids,
        &mut problems,
    );
    let mut travel = TravelMatrix::unknown(students.len(), schools.len());
    if let Some(t) = &tables.travel {
        instance::read_travel(t, &student_ids, &school_ids, &mut travel, &mut problems);
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
    instance::estimate_missing_travel(&mut instance);
    validate::check_travel_coverage(&instance, &model, &lines, &mut problems);
    validate::warn_unaccepted_paid_appointments(&instance, &model, &lines, &mut problems);
    validate::check_pins(&instance, &model, &lines, &mut problems);
    validate::warn_mixed_groups(&instance, &model, &lines, &mut problems);
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
