//! Why the pins and groups admit no plan (`solve::Infeasibility`), in words, and the
//! problems of a plan.xlsx whose pins are read back (`solve --pins`).

words! {
    pub MEMBER_CANNOT_FOLLOW_PIN =
        "student '{student}' van groep '{group}' moet mee naar de vastgezette school '{school}' van de groep, maar daar past geen WPB (regels 1-4, 7)",
        "student '{student}' of group '{group}' must join the group's pinned school '{school}', but no WPB there fits (rules 1-4, 7)";
    pub PINS_EXCEED_CAPACITY =
        "de vastgezette studenten en hun groepen passen niet allemaal binnen de capaciteit",
        "the pinned students and their groups cannot all be placed within the capacities";

    pub PLAN_CELL_NOT_OF_WPB =
        "de kolom {column} zegt niet wat bij WPB '{wpb}' hoort ('{wanted}'): de kolom met het WPB-nummer bepaalt de plaatsing, een wijziging in deze kolom zou genegeerd worden",
        "the column {column} does not say what belongs to WPB '{wpb}' ('{wanted}'): the WPB id column decides the placement, so an edit of this column would be ignored";
    pub PLAN_SCHOOL_EDITED_DO =
        "Wilt u de student naar die school verplaatsen, schrijf dan in de kolom {wpb_column} het nummer van een WPB van die school; anders zet u de school terug op '{wanted}'.",
        "To move the student to that school, write the id of a WPB of that school in the column {wpb_column}; otherwise set the school back to '{wanted}'.";
    pub PLAN_SCHOOL_EDITED_WPBS_DO =
        "Wilt u de student naar die school verplaatsen, schrijf dan in de kolom {wpb_column} het nummer van een WPB van die school die het vak geeft ({wpbs}); anders zet u de school terug op '{wanted}'.",
        "To move the student to that school, write the id of a WPB of that school who teaches the subject ({wpbs}) in the column {wpb_column}; otherwise set the school back to '{wanted}'.";
    pub PLAN_NAME_EDITED_DO =
        "Wilt u een andere WPB, schrijf dan diens nummer in de kolom {wpb_column} (de naam volgt het nummer); anders zet u de naam terug op '{wanted}'.",
        "To choose another WPB, write their id in the column {wpb_column} (the name follows the id); otherwise set the name back to '{wanted}'.";
}
