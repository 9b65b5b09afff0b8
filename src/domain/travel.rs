//! Travel times between students and schools, and how a journey goes.

use std::sync::Arc;

/// One-way travel minutes for every (student, school) pair, and which were estimated.
/// A pair is unknown (no time given), a number of minutes, or "no journey" (travel.csv
/// lists the pair with an empty `minutes`: the school is out of reach).
///
/// The pairs are shared between clones and copied only when a clone changes one: a
/// diagnosis clones the instance for every change it weighs, and at 20,000 students x 400
/// schools the matrix is 72 MB (a copy per candidate made ranking 1,309 of them take minutes).
#[derive(Debug, Clone, Default)]
pub struct TravelMatrix {
    schools: usize,
    minutes: Arc<Vec<f64>>,
    estimated: Arc<Vec<bool>>,
}

impl TravelMatrix {
    /// A matrix where every pair is still unknown.
    pub fn unknown(students: usize, schools: usize) -> TravelMatrix {
        TravelMatrix {
            schools,
            minutes: Arc::new(vec![f64::NAN; students * schools]),
            estimated: Arc::new(vec![false; students * schools]),
        }
    }

    /// A matrix where every pair is given (none estimated): `minutes(student, school)`.
    pub fn given(
        students: usize,
        schools: usize,
        minutes: impl Fn(usize, usize) -> f64,
    ) -> TravelMatrix {
        let mut travel = TravelMatrix::unknown(students, schools);
        for s in 0..students {
            for c in 0..schools {
                travel.set(s, c, minutes(s, c), false);
            }
        }
        travel
    }

    /// The rows of `students`, in that order: the matrix of an instance of those students.
    pub fn of_students(&self, students: &[usize]) -> TravelMatrix {
        fn rows<T: Copy>(all: &[T], students: &[usize], schools: usize) -> Vec<T> {
            let row = |&s: &usize| all[s * schools..(s + 1) * schools].iter().copied();
            students.iter().flat_map(row).collect()
        }
        TravelMatrix {
            schools: self.schools,
            minutes: Arc::new(rows(&self.minutes, students, self.schools)),
            estimated: Arc::new(rows(&self.estimated, students, self.schools)),
        }
    }

    /// Records the travel time of one pair.
    pub fn set(&mut self, student: usize, school: usize, minutes: f64, estimated: bool) {
        let i = student * self.schools + school;
        Arc::make_mut(&mut self.minutes)[i] = minutes;
        Arc::make_mut(&mut self.estimated)[i] = estimated;
    }

    /// Records that there is no journey for the pair: the school is out of reach.
    pub fn set_no_journey(&mut self, student: usize, school: usize) {
        self.set(student, school, f64::INFINITY, false);
    }

    /// Travel minutes, or `None` when neither travel.csv nor coordinates give them, or
    /// when there is no journey at all (see `no_journey`).
    pub fn minutes(&self, student: usize, school: usize) -> Option<f64> {
        let m = self.minutes[student * self.schools + school];
        m.is_finite().then_some(m)
    }

    /// True when travel.csv says there is no journey: out of reach whatever the limit.
    pub fn no_journey(&self, student: usize, school: usize) -> bool {
        self.minutes[student * self.schools + school] == f64::INFINITY
    }

    /// True when the pair has minutes or is known to have no journey.
    pub fn is_known(&self, student: usize, school: usize) -> bool {
        !self.minutes[student * self.schools + school].is_nan()
    }

    /// True when the time was estimated from coordinates.
    pub fn is_estimated(&self, student: usize, school: usize) -> bool {
        self.estimated[student * self.schools + school]
    }
}

/// Equal when every pair has the same time (unknown pairs included) and the same mark.
impl PartialEq for TravelMatrix {
    fn eq(&self, other: &Self) -> bool {
        self.schools == other.schools
            && self.estimated == other.estimated
            && self.minutes.len() == other.minutes.len()
            && self
                .minutes
                .iter()
                .zip(other.minutes.iter())
                .all(|(a, b)| a.to_bits() == b.to_bits())
    }
}

/// How a pair's journey goes, from the optional columns `stageplan travel` writes in
/// travel.csv. Shown by explain and report.html; no rule reads it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JourneySummary {
    /// `HH:MM` of the first vehicle; empty when walking or cycling all the way.
    pub first_departure: Box<str>,
    /// The lines ridden, `|`-separated (`bus 23|tram 9`).
    pub lines: Box<str>,
    /// The legs with their minutes, `|`-separated (`walk 6|bus 24|wait 3|tram 9|walk 4`).
    pub legs: Box<str>,
}
