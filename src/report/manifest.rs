//! The run manifest of report.html: which input files (by SHA-256), which model and
//! weights, which version and on which day, so a report can be traced to its input.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// One input file and its content hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub sha256: String,
}

/// What a report was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub files: Vec<InputFile>,
    /// Where the model came from: a file, or the built-in HOS model.
    pub model_source: String,
    pub version: &'static str,
    /// `YYYY-MM-DD`: SOURCE_DATE_EPOCH when set (reproducible reports), else today (UTC).
    pub date: String,
    /// The what-if scenario whose plan this is, named in the report's title.
    pub scenario: Option<String>,
}

/// The files of an instance folder stageplan reads, in a fixed order.
const INSTANCE_FILES: [&str; 5] = [
    "schools.csv",
    "supervisors.csv",
    "students.csv",
    "travel.csv",
    "model.toml",
];

impl Manifest {
    /// The manifest of a run on `instance` (a folder or a workbook) with `extra` files
    /// (`--model`, a scenario file, pins, a published plan) that exist.
    pub fn of_run(instance: &Path, model_source: &str, extra: &[&Path]) -> Manifest {
        let mut paths: Vec<PathBuf> = if instance.is_dir() {
            INSTANCE_FILES
                .iter()
                .map(|f| instance.join(f))
                .filter(|p| p.is_file())
                .collect()
        } else {
            vec![instance.to_path_buf()]
        };
        paths.extend(extra.iter().map(|p| p.to_path_buf()));
        paths.dedup();
        let files = paths
            .iter()
            .filter_map(|p| {
                let bytes = std::fs::read(p).ok()?;
                Some(InputFile {
                    name: display_name(instance, p),
                    sha256: sha256_hex(&bytes),
                })
            })
            .collect();
        Manifest {
            files,
            model_source: model_source.to_string(),
            version: env!("CARGO_PKG_VERSION"),
            date: report_date(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()),
            scenario: None,
        }
    }

    /// The same manifest for the plan of scenario `name`.
    pub fn for_scenario(&self, name: &str) -> Manifest {
        Manifest {
            scenario: Some(name.to_string()),
            ..self.clone()
        }
    }
}

/// A file inside the instance folder by its own name, any other by its path as given.
fn display_name(instance: &Path, p: &Path) -> String {
    match p.strip_prefix(instance) {
        Ok(rest) if instance.is_dir() => rest.display().to_string(),
        _ => p.display().to_string(),
    }
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The day of `SOURCE_DATE_EPOCH` (seconds since 1970), or today when it is not a number.
pub fn report_date(source_date_epoch: Option<&str>) -> String {
    let seconds = source_date_epoch
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (y, m, d) = crate::domain::civil_from_days(seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_source_date_epoch() {
        assert_eq!(report_date(Some("0")), "1970-01-01");
        assert_eq!(report_date(Some("951782400")), "2000-02-29");
        assert_eq!(report_date(Some("1795564800")), "2026-11-25");
        assert_eq!(report_date(Some(" 1795651199 ")), "2026-11-25");
    }

    #[test]
    fn sha256_of_a_known_text() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
