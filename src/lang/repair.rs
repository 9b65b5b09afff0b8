//! The reasons of changes.csv and the repair section of report.html: who moved and why.

words! {
    pub WPB_GONE =
        "WPB '{wpb}' staat niet meer in supervisors.csv",
        "WPB '{wpb}' is no longer in supervisors.csv";
    pub PINNED_ELSEWHERE =
        "de student is vastgezet bij WPB '{wpb}'",
        "the student is pinned to WPB '{wpb}'";
    pub BREAKS_RULE =
        "de oude plaatsing breekt nu regel {rule}: {why}",
        "the old placement now breaks rule {rule}: {why}";
    pub WPB_FEWER =
        "WPB '{wpb}' neemt nu hoogstens {n} studenten, minder dan eerst",
        "WPB '{wpb}' now takes at most {n} students, fewer than before";
    pub ROOM_FOR_PIN =
        "WPB '{wpb}' is vol: de plaats is voor {n|de vastgezette student|de vastgezette studenten} {pinned}",
        "WPB '{wpb}' is full: the seat is taken by {n|the pinned student|the pinned students} {pinned}";
    pub MOVED_TO_MAKE_ROOM =
        "door deze student te verplaatsen plaatst het plan meer studenten of dalen de kosten met meer dan het gewicht moved_student",
        "moving this student lets the plan place more students or lowers its cost by more than the moved_student weight";
    pub REPLANNED =
        "opnieuw gepland vanaf nul zet het beste plan deze student ergens anders (van de even goede plannen is het plan genomen dat de meeste plaatsingen houdt); een reparatie (repair = true) verplaatst alleen wat meer oplevert dan moved_student",
        "planned from scratch, the best plan puts this student elsewhere (of the equally good plans, the one that keeps the most placements is taken); a repair (repair = true) moves only what gains more than moved_student";
    pub STUDENT_REMOVED =
        "de student staat niet in students.csv van deze run",
        "the student is not in students.csv of this run";
    pub NEWLY_PLACED =
        "de student had geen plaats in het gepubliceerde plan (daar ongeplaatst, of nieuw in deze run)",
        "the student had no place in the published plan (unplaced there, or new in this run)";

    pub HEADING =
        "Wie is verplaatst, en waarom",
        "Who moved, and why";
    pub SUMMARY =
        "Geplaatst in het gepubliceerde plan: {placed}; op hun plaats gebleven: {kept}; verplaatst: {moved}; nieuw geplaatst: {new}.",
        "Placed in the published plan: {placed}; kept their place: {kept}; moved: {moved}; newly placed: {new}.";
    pub NONE_MOVED =
        "Niemand is verplaatst.",
        "Nobody moved.";
    pub STUDENT =
        "student",
        "student";
    pub FROM =
        "van (school, WPB)",
        "from (school, WPB)";
    pub TO =
        "naar (school, WPB)",
        "to (school, WPB)";
    pub WHY =
        "waarom",
        "why";
    pub NOWHERE =
        "niet geplaatst",
        "not placed";
}
