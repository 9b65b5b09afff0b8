//! An unknown id is answered with the closest known one: a typo is fixed from the message.

mod common;

use common::{exits, read, says};
use std::path::Path;

#[test]
fn an_unknown_id_gets_the_closest_known_id() {
    let dir = tempfile::tempdir().unwrap();
    let hos = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hos");
    let inst = dir.path().join("inst");
    std::fs::create_dir(&inst).unwrap();
    for file in ["schools.csv", "travel.csv"] {
        std::fs::copy(hos.join(file), inst.join(file)).unwrap();
    }
    let supervisors = read(&hos.join("supervisors.csv"));
    let supervisors = supervisors.replacen(",SORGH,", ",SORG,", 1);
    std::fs::write(inst.join("supervisors.csv"), supervisors).unwrap();
    // A track typed in lower case, a pinned WPB with a zero too many, a preference typo.
    let students = read(&hos.join("students.csv"))
        .replacen(
            "ST00002,Ayoub de Groot,HR-VT3,",
            "ST00002,Ayoub de Groot,hr-vt3,",
            1,
        )
        .replacen(
            "ST00007,Emma Kaya,HR-VT4,natuurkunde,,52.0704,4.3186,DIAM|SGLD|DIAM,,,,,,",
            "ST00007,Emma Kaya,HR-VT4,natuurkunde,,52.0704,4.3186,DIAM|SGLD|DIAM,DIA,,,,W00002,",
            1,
        );
    std::fs::write(inst.join("students.csv"), students).unwrap();
    let stderr = exits(&["check".as_ref(), inst.as_os_str()], 1);
    says(
        &stderr,
        "E021",
        "supervisors.csv:2:3",
        &["(did you mean 'SORGH'?)"],
    );
    says(
        &stderr,
        "E022",
        "students.csv:3:3",
        &["(did you mean 'HR-VT3'?)"],
    );
    says(
        &stderr,
        "E023",
        "students.csv:8:13",
        &["(did you mean 'W0002'?)"],
    );
    assert!(
        stderr.contains("'DIA'") && stderr.contains("(did you mean 'DIAM'?)"),
        "{stderr}"
    );
    // Nothing near: no guess.
    assert_eq!(stderr.matches("did you mean").count(), 4, "{stderr}");
}
