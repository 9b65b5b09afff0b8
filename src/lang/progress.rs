//! The phases a spinner names while `solve` runs.

words! {
    pub SOLVING =
        "plan optimaliseren en controleren…",
        "optimising and checking the plan…";
    pub DIAGNOSING =
        "niet geplaatste studenten verklaren…",
        "explaining the unplaced students…";
    pub WRITING =
        "bestanden schrijven…",
        "writing the files…";
}
