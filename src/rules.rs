//! The hard rules of FORMAT.md section 3 that decide whether a student may be placed with
//! a WPB (rules 1-4 and 7). One function per rule; the solver builds its variables from
//! these, and the reports name them. The capacity, pin and group rules (5, 6, 8, 9) live
//! in the integer program, and the independent checker re-implements all of them.

use crate::domain::{
    paid_appointment_accepted, Instance, Model, PaidAppointment, Student, Supervisor, Track,
};

/// Why a student may not be placed with a WPB, or at a school.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Exclusion {
    /// Rule 1.
    SubjectNotTaught,
    /// Rule 2.
    AbsentOnStageDays,
    /// Rule 3.
    TravelTooLong,
    /// Rule 4, first half.
    PreviousSchool,
    /// Rule 4, second half.
    ExcludedSchool,
    /// Rule 7.
    NotThePaidSchool,
}

impl Exclusion {
    /// Every exclusion in the order the eligibility funnel applies them.
    pub const FUNNEL: [Exclusion; 6] = [
        Exclusion::SubjectNotTaught,
        Exclusion::AbsentOnStageDays,
        Exclusion::NotThePaidSchool,
        Exclusion::TravelTooLong,
        Exclusion::PreviousSchool,
        Exclusion::ExcludedSchool,
    ];

    /// The stable reason code used in reports.
    pub fn code(self) -> &'static str {
        match self {
            Exclusion::SubjectNotTaught => "R1_WPB_TEACHES_SUBJECT",
            Exclusion::AbsentOnStageDays => "R2_WPB_PRESENT_ON_STAGE_DAYS",
            Exclusion::TravelTooLong => "R3_TRAVEL_WITHIN_LIMIT",
            Exclusion::PreviousSchool => "R4_NOT_PREVIOUS_SCHOOL",
            Exclusion::ExcludedSchool => "R4_NOT_EXCLUDED_SCHOOL",
            Exclusion::NotThePaidSchool => "R7_PAID_APPOINTMENT_SCHOOL",
        }
    }

    /// The rule number of FORMAT.md section 3.
    pub fn rule(self) -> u8 {
        match self {
            Exclusion::SubjectNotTaught => 1,
            Exclusion::AbsentOnStageDays => 2,
            Exclusion::TravelTooLong => 3,
            Exclusion::PreviousSchool | Exclusion::ExcludedSchool => 4,
            Exclusion::NotThePaidSchool => 7,
        }
    }

    /// The rule as a sentence.
    pub fn describe(self) -> &'static str {
        match self {
            Exclusion::SubjectNotTaught => "the WPB must teach the student's subject",
            Exclusion::AbsentOnStageDays => {
                "the WPB must be present on every stage day of the track"
            }
            Exclusion::TravelTooLong => "one-way travel must be within the travel limit",
            Exclusion::PreviousSchool => "the school must differ from the previous placement",
            Exclusion::ExcludedSchool => "the school must not be excluded for the student",
            Exclusion::NotThePaidSchool => {
                "an accepted paid appointment places the student at the paid school"
            }
        }
    }
}

/// Rule 1: the WPB teaches the student's subject.
pub fn wpb_teaches_subject(subject: &str, wpb: &Supervisor) -> bool {
    wpb.subjects.iter().any(|s| s == subject)
}

/// Rule 2: the WPB is present on every stage day of the student's track.
pub fn wpb_present_on_stage_days(track: &Track, wpb: &Supervisor) -> bool {
    track.days.within(wpb.days)
}

/// The student's paid appointment when it counts as the placement (rule 7).
pub fn accepted_paid_appointment(model: &Model, student: &Student) -> Option<PaidAppointment> {
    let paid = student.paid?;
    paid_appointment_accepted(&model.tracks[student.track], paid.fte).then_some(paid)
}

/// Rule 3: one-way travel is within the limit, except at the accepted paid school. A
/// pair with no journey (an empty `minutes` in travel.csv) is out of reach, whatever the
/// limit and the appointment.
pub fn travel_within_limit(instance: &Instance, model: &Model, s: usize, school: usize) -> bool {
    if instance.travel.no_journey(s, school) {
        return false;
    }
    let Some(limit) = model.travel_limit_minutes else {
        return true;
    };
    if accepted_paid_appointment(model, &instance.students[s]).and_then(|p| p.school)
        == Some(school)
    {
        return true;
    }
    instance
        .travel
        .minutes(s, school)
        .is_some_and(|m| m <= limit)
}

/// Rule 4: the school is not the student's previous placement (when the model says so).
pub fn not_previous_school(model: &Model, student: &Student, school: usize) -> bool {
    !(model.different_school_than_previous && student.previous_school == Some(school))
}

/// Rule 4: the school is not excluded for the student (conflict of interest).
pub fn not_excluded_school(student: &Student, school: usize) -> bool {
    !student.excluded_schools.contains(&school)
}

/// Rule 7: a student with an accepted paid appointment goes to the paid school or nowhere.
pub fn paid_appointment_school(model: &Model, student: &Student, school: usize) -> bool {
    accepted_paid_appointment(model, student).is_none_or(|paid| paid.school == Some(school))
}

/// Rules 3, 4 and 7: why the school is closed to the student, whatever the WPB.
pub fn school_exclusion(
    instance: &Instance,
    model: &Model,
    s: usize,
    school: usize,
) -> Option<Exclusion> {
    let student = &instance.students[s];
    if !paid_appointment_school(model, student, school) {
        Some(Exclusion::NotThePaidSchool)
    } else if !travel_within_limit(instance, model, s, school) {
        Some(Exclusion::TravelTooLong)
    } else if !not_previous_school(model, student, school) {
        Some(Exclusion::PreviousSchool)
    } else if !not_excluded_school(student, school) {
        Some(Exclusion::ExcludedSchool)
    } else {
        None
    }
}

/// Rules 1 and 2: why the WPB cannot supervise this subject on this track's days.
pub fn wpb_exclusion(subject: &str, track: &Track, wpb: &Supervisor) -> Option<Exclusion> {
    if !wpb_teaches_subject(subject, wpb) {
        Some(Exclusion::SubjectNotTaught)
    } else if !wpb_present_on_stage_days(track, wpb) {
        Some(Exclusion::AbsentOnStageDays)
    } else {
        None
    }
}

/// Rules 1-4 and 7 for one pair: the first rule that forbids it, if any.
pub fn pair_exclusion(instance: &Instance, model: &Model, s: usize, w: usize) -> Option<Exclusion> {
    let student = &instance.students[s];
    let wpb = &instance.supervisors[w];
    wpb_exclusion(&student.subject, &model.tracks[student.track], wpb)
        .or_else(|| school_exclusion(instance, model, s, wpb.school))
}

/// True when the single rule behind `rule` allows student `s` with WPB `w`.
pub fn rule_holds(rule: Exclusion, instance: &Instance, model: &Model, s: usize, w: usize) -> bool {
    let student = &instance.students[s];
    let wpb = &instance.supervisors[w];
    match rule {
        Exclusion::SubjectNotTaught => wpb_teaches_subject(&student.subject, wpb),
        Exclusion::AbsentOnStageDays => {
            wpb_present_on_stage_days(&model.tracks[student.track], wpb)
        }
        Exclusion::TravelTooLong => travel_within_limit(instance, model, s, wpb.school),
        Exclusion::PreviousSchool => not_previous_school(model, student, wpb.school),
        Exclusion::ExcludedSchool => not_excluded_school(student, wpb.school),
        Exclusion::NotThePaidSchool => paid_appointment_school(model, student, wpb.school),
    }
}

/// The eligibility funnel for student `s`: the first stage that leaves no WPB, with the
/// WPBs left after each stage.
pub fn funnel(
    instance: &Instance,
    model: &Model,
    s: usize,
) -> (Option<Exclusion>, Vec<(Exclusion, usize)>) {
    let mut remaining: Vec<usize> = (0..instance.supervisors.len()).collect();
    let mut counts = Vec::new();
    for stage in Exclusion::FUNNEL {
        remaining.retain(|&w| rule_holds(stage, instance, model, s, w));
        counts.push((stage, remaining.len()));
        if remaining.is_empty() {
            return (Some(stage), counts);
        }
    }
    (None, counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn wpb_teaches_subject_compares_the_subject() {
        let w = wpb("W", 0, &["biologie", "scheikunde"], "ma|wo");
        assert!(wpb_teaches_subject("scheikunde", &w));
        assert!(!wpb_teaches_subject("engels", &w));
    }

    #[test]
    fn wpb_present_on_stage_days_needs_every_day() {
        let m = model();
        assert!(wpb_present_on_stage_days(
            &m.tracks[0],
            &wpb("W", 0, &["x"], "ma|wo|do")
        ));
        assert!(!wpb_present_on_stage_days(
            &m.tracks[0],
            &wpb("W", 0, &["x"], "ma|di")
        ));
    }

    /// A paid appointment of `fte` at the school with index `school`.
    fn paid(school: usize, fte: f64) -> Option<PaidAppointment> {
        Some(PaidAppointment {
            school: Some(school),
            fte: Some(fte),
        })
    }

    /// One student with an accepted paid appointment (0.3 fte) at school B of A and B,
    /// `minutes` from both.
    fn paid_at_b(minutes: f64) -> Instance {
        let mut st = student("S", 1, "x");
        st.paid = paid(1, 0.3);
        instance(
            vec![school("A", &[]), school("B", &[])],
            vec![],
            vec![st],
            minutes,
        )
    }

    #[test]
    fn travel_within_limit_except_at_the_accepted_paid_school() {
        let mut m = model();
        let mut inst = paid_at_b(95.0);
        assert!(!travel_within_limit(&inst, &m, 0, 0));
        assert!(
            travel_within_limit(&inst, &m, 0, 1),
            "the paid school is exempt"
        );
        inst.students[0].paid = paid(1, 0.6);
        assert!(
            !travel_within_limit(&inst, &m, 0, 1),
            "an appointment that is not accepted is not exempt"
        );
        m.travel_limit_minutes = None;
        assert!(travel_within_limit(&inst, &m, 0, 0));
    }

    #[test]
    fn travel_within_limit_closes_a_school_with_no_journey_whatever_the_limit() {
        let mut m = model();
        let mut inst = paid_at_b(30.0);
        inst.travel.set_no_journey(0, 0);
        inst.travel.set_no_journey(0, 1);
        assert!(!travel_within_limit(&inst, &m, 0, 0));
        assert!(
            !travel_within_limit(&inst, &m, 0, 1),
            "no journey closes even the paid school"
        );
        m.travel_limit_minutes = None;
        assert!(
            !travel_within_limit(&inst, &m, 0, 0),
            "also without a limit"
        );
    }

    #[test]
    fn not_previous_school_only_when_the_model_says_so() {
        let mut m = model();
        let mut st = student("S", 0, "x");
        st.previous_school = Some(0);
        assert!(!not_previous_school(&m, &st, 0));
        assert!(not_previous_school(&m, &st, 1));
        m.different_school_than_previous = false;
        assert!(not_previous_school(&m, &st, 0));
    }

    #[test]
    fn not_excluded_school_respects_conflicts_of_interest() {
        let mut st = student("S", 0, "x");
        st.excluded_schools = vec![1];
        assert!(not_excluded_school(&st, 0));
        assert!(!not_excluded_school(&st, 1));
    }

    #[test]
    fn paid_appointment_school_binds_only_when_accepted() {
        let m = model();
        let mut st = student("S", 1, "x");
        st.paid = paid(1, 0.3);
        assert!(paid_appointment_school(&m, &st, 1));
        assert!(!paid_appointment_school(&m, &st, 0));
        st.paid = paid(1, 0.5);
        assert!(
            paid_appointment_school(&m, &st, 0),
            "above paid_max_fte: not accepted"
        );
        let mut st = student("S", 0, "x");
        st.paid = paid(1, 0.3);
        assert!(
            paid_appointment_school(&m, &st, 0),
            "track T accepts no paid appointment"
        );
    }

    #[test]
    fn pair_exclusion_names_the_first_broken_rule() {
        let m = model();
        let inst = instance(
            vec![school("A", &[])],
            vec![
                wpb("W1", 0, &["engels"], "ma|wo"),
                wpb("W2", 0, &["biologie"], "ma"),
                wpb("W3", 0, &["biologie"], "ma|wo"),
            ],
            vec![student("S", 0, "biologie")],
            30.0,
        );
        assert_eq!(
            pair_exclusion(&inst, &m, 0, 0),
            Some(Exclusion::SubjectNotTaught)
        );
        assert_eq!(
            pair_exclusion(&inst, &m, 0, 1),
            Some(Exclusion::AbsentOnStageDays)
        );
        assert_eq!(pair_exclusion(&inst, &m, 0, 2), None);
    }
}
