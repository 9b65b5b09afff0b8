//! One student's journey to the school of a finished search: leave home as late as
//! possible and still arrive in time, then go as fast as possible; and its legs.

use super::feed::Mode;
use super::geo::Secs;
use super::search::{Entry, Search, Then};

/// What a part of a journey is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegKind {
    Walk,
    Wait,
    /// A ride on a line (index into `Network::lines`).
    Ride(u32),
    Bike,
}

/// A part of a journey with its seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leg {
    pub kind: LegKind,
    pub secs: Secs,
}

/// A door-to-door journey: leave home at `leave`, arrive at the school at `arrive`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    pub leave: Secs,
    pub arrive: Secs,
    /// The departure of the first vehicle, if any.
    pub first_departure: Option<Secs>,
    pub legs: Vec<Leg>,
}

impl Journey {
    /// Door to door, in seconds.
    pub fn secs(&self) -> Secs {
        self.arrive - self.leave
    }

    /// A journey of one leg that ends at `deadline` (walking or cycling all the way).
    pub fn direct(kind: LegKind, secs: Secs, deadline: Secs) -> Journey {
        Journey {
            leave: deadline - secs,
            arrive: deadline,
            first_departure: None,
            legs: vec![Leg { kind, secs }],
        }
    }
}

/// The journey from a home whose walkable stops are `home` (stop, seconds), given the walk
/// straight to the school if within reach: the latest departure from home, and of those
/// the earliest arrival. `None` when nothing arrives by the search's deadline.
pub fn best(
    search: &Search,
    home: &[(u32, Secs)],
    walk: Option<Secs>,
    deadline: Secs,
) -> Option<Journey> {
    // (leave home, arrive, the stop walked to and the walk; none for walking all the way)
    type Choice = (Secs, Secs, Option<(u32, Secs)>);
    let mut chosen: Option<Choice> = walk.map(|w| (deadline - w, deadline, None));
    for &(stop, secs) in home {
        let Some((dep, arrive)) = search.first_times(stop) else {
            continue;
        };
        let leave = dep - secs;
        let better = chosen.is_none_or(|(l, a, _)| leave > l || (leave == l && arrive < a));
        if better {
            chosen = Some((leave, arrive, Some((stop, secs))));
        }
    }
    match chosen? {
        (_, _, None) => walk.map(|w| Journey::direct(LegKind::Walk, w, deadline)),
        (leave, arrive, Some((stop, secs))) => {
            let entry = search.first(stop)?;
            let (legs, first) = legs(search, *entry, secs)?;
            Some(Journey {
                leave,
                arrive,
                first_departure: Some(first),
                legs,
            })
        }
    }
}

/// The legs of the way on from `entry`, after a walk of `walk` seconds to its stop; and
/// the departure of the first vehicle. `None` if the search's records do not join up
/// (they always do: the scan recorded each step before the step that points to it).
fn legs(search: &Search, mut entry: Entry, walk: Secs) -> Option<(Vec<Leg>, Secs)> {
    let net = search.net;
    let mut legs = Vec::new();
    let push = |legs: &mut Vec<Leg>, kind, secs| {
        if secs > 0 || matches!(kind, LegKind::Ride(_)) {
            legs.push(Leg { kind, secs });
        }
    };
    push(&mut legs, LegKind::Walk, walk);
    let first = entry.dep;
    // A journey never boards more trips than there are rides in the timetable; the bound
    // only guards against a broken record.
    for _ in 0..net.connections.len().min(1_000) {
        let board = net.connections[entry.board as usize];
        let leave = net.connections[entry.leave as usize];
        let line = net.trip_line[board.trip as usize];
        push(&mut legs, LegKind::Ride(line), leave.arr - board.dep);
        // Where the traveller stands after leaving the trip, from when, and from when
        // the next vehicle may be boarded.
        let (stop, standing, ready) = match entry.then {
            Then::School => {
                push(&mut legs, LegKind::Walk, search.walk_to_school(leave.to)?);
                return Some((legs, first));
            }
            Then::Change => {
                let change = net.change[leave.to as usize]?;
                (leave.to, leave.arr, leave.arr + change)
            }
            Then::Walk(q, secs) => {
                push(&mut legs, LegKind::Walk, secs);
                (q, leave.arr + secs, leave.arr + secs)
            }
        };
        let next = *search.query(stop, ready)?;
        push(&mut legs, LegKind::Wait, next.dep - standing);
        entry = next;
    }
    None
}

/// Whole minutes of `secs`, rounded half up.
pub fn minutes(secs: Secs) -> Secs {
    (secs + 30).div_euclid(60)
}

/// The legs in whole minutes that add up to the journey's minutes: each leg ends at the
/// rounded minute of its end, counted from leaving home.
pub fn leg_minutes(legs: &[Leg]) -> impl Iterator<Item = (LegKind, Secs)> + '_ {
    let mut elapsed = 0;
    legs.iter().map(move |l| {
        let before = minutes(elapsed);
        elapsed += l.secs;
        (l.kind, minutes(elapsed) - before)
    })
}

/// The legs as travel.csv lists them: in whole minutes, leaving out walks and waits that
/// round to nothing (a journey of a single leg keeps it).
pub fn shown_legs(legs: &[Leg]) -> impl Iterator<Item = (LegKind, Secs)> + '_ {
    let single = legs.len() == 1;
    leg_minutes(legs).filter(move |&(kind, m)| m > 0 || single || matches!(kind, LegKind::Ride(_)))
}

/// The word of a leg in travel.csv: `walk`, `wait`, `bike` or the mode of its line.
pub fn kind_word(kind: LegKind, lines: &[super::feed::Line]) -> &'static str {
    match kind {
        LegKind::Walk => "walk",
        LegKind::Wait => "wait",
        LegKind::Bike => "bike",
        LegKind::Ride(l) => lines.get(l as usize).map_or(Mode::Other, |l| l.mode).word(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leg_minutes_add_up_to_the_rounded_journey() {
        let legs = [
            Leg {
                kind: LegKind::Walk,
                secs: 100,
            },
            Leg {
                kind: LegKind::Ride(0),
                secs: 1_000,
            },
            Leg {
                kind: LegKind::Walk,
                secs: 100,
            },
        ];
        let m: Vec<(LegKind, Secs)> = leg_minutes(&legs).collect();
        let total: Secs = m.iter().map(|l| l.1).sum();
        assert_eq!(total, minutes(1_200));
        assert_eq!(m.iter().map(|l| l.1).collect::<Vec<_>>(), vec![2, 16, 2]);
    }
}
