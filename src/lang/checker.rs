//! What the independent checker says about a broken rule (`verify`, `score`), in Dutch and
//! English.

words! {
    /// The count of violations of one rule that are not listed (a plan of a million
    /// duplicate rows is told by its first twenty).
    pub AND_MORE =
        "… en nog {n} keer dezelfde regel",
        "… and {n} more of the same rule";
    pub NOT_TEACHING =
        "WPB '{wpb}' geeft geen {subject}",
        "WPB '{wpb}' does not teach {subject}";
    pub ABSENT =
        "WPB '{wpb}' is niet op school op {days} (stagedagen van {track})",
        "WPB '{wpb}' is not at school on {days} (stage days of {track})";
    pub TOO_FAR =
        "de reis naar '{school}' duurt {minutes} minuten, meer dan de grens van {limit}",
        "travel to '{school}' is {minutes} minutes, over the limit of {limit}";
    pub TRAVEL_UNKNOWN =
        "de reistijd naar '{school}' is onbekend",
        "travel to '{school}' is unknown";
    pub NO_JOURNEY =
        "er is geen reis naar '{school}' (reistijden: leeg = onbereikbaar)",
        "there is no journey to '{school}' (travel: empty = out of reach)";
    pub PREVIOUS =
        "'{school}' was de vorige stageschool",
        "'{school}' was the previous placement";
    pub EXCLUDED =
        "'{school}' is uitgesloten voor deze student",
        "'{school}' is excluded for this student";
    pub PAID_ELSEWHERE =
        "de geaccepteerde aanstelling is op '{paid}', niet op '{school}'",
        "the accepted paid appointment is at '{paid}', not '{school}'";
    pub OUTSIDE =
        "een school buiten het samenwerkingsverband",
        "a school outside the partnership";
    pub PIN_NOTE =
        "student '{student}': vastzetten gaat voor, al breekt het regel {rule} ({name}): {message}",
        "student '{student}': pin honoured although it breaks rule {rule} ({name}): {message}";
    pub WPB_STUDENTS =
        "WPB '{wpb}' heeft {n} studenten, hoogstens {max} toegestaan",
        "WPB '{wpb}' has {n} students, at most {max} allowed";
    pub WPB_HOURS =
        "WPB '{wpb}' heeft {hours} uur, hoogstens {max} toegestaan",
        "WPB '{wpb}' has {hours} hours, at most {max} allowed";
    pub SCHOOL_STUDENTS =
        "school '{school}' heeft {n} studenten, hoogstens {max} toegestaan",
        "school '{school}' has {n} students, at most {max} allowed";
    pub SCHOOL_HOURS =
        "school '{school}' gebruikt {hours} SO-uren, hoogstens {max} beschikbaar",
        "school '{school}' uses {hours} SO hours, at most {max} available";
    pub NOT_WITH_PIN =
        "de student is vastgezet bij WPB '{wpb}' maar niet bij die WPB geplaatst",
        "the student is pinned to WPB '{wpb}' but is not placed with it";
    pub MEMBER_AT =
        "{student} op {school}",
        "{student} at {school}";
    pub UNPLACED =
        "(niet geplaatst)",
        "(unplaced)";
    pub GROUP_SPLIT =
        "groep '{group}' is verdeeld: {detail}",
        "group '{group}' is split: {detail}";
    pub UNKNOWN_STUDENT =
        "de student staat niet in students.csv",
        "the student is not in students.csv";
    pub UNKNOWN_WPB =
        "WPB '{wpb}' staat niet in supervisors.csv",
        "WPB '{wpb}' is not in supervisors.csv";
    pub WRONG_SCHOOL =
        "WPB '{wpb}' werkt op '{school}', niet op '{given}'",
        "WPB '{wpb}' works at '{school}', not at '{given}'";
    pub TWICE =
        "de student is twee keer geplaatst (ook op regel {first})",
        "the student is placed twice (also on line {first})";
}
