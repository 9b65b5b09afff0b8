//! Distances on the earth, walking and cycling times, and the spatial index that finds the
//! stops near a point.

use crate::domain::Location;
use rstar::{primitives::GeomWithData, RTree};

/// Seconds, counted from midnight at the start of the travel date.
pub type Secs = i32;

/// The earth's mean radius in metres (the great-circle distance of the travel estimate).
const EARTH_M: f64 = 6_371_000.0;

/// Streets are not straight: a walk or a ride is this much longer than the straight line
/// (a common circuity factor for Dutch towns).
pub const DETOUR: f64 = 1.3;

/// The cycling speed of `--bike`, km/h: an everyday Dutch commuter on an ordinary bike.
pub const BIKE_KMH: f64 = 15.0;

/// Straight-line (great-circle) distance in metres.
pub fn metres(a: Location, b: Location) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_M * h.sqrt().min(1.0).asin()
}

/// How people move on foot: speed and the longest walk to or from a stop.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Walking {
    pub kmh: f64,
    /// The longest walk (along streets, so straight line x [`DETOUR`]) in metres.
    pub max_m: f64,
}

impl Walking {
    /// Seconds to walk between two points, when the walk is not longer than `limit_m`.
    pub fn secs_within(&self, a: Location, b: Location, limit_m: f64) -> Option<Secs> {
        let along_streets = metres(a, b) * DETOUR;
        (along_streets <= limit_m).then(|| travel_secs(along_streets, self.kmh))
    }

    /// Seconds to walk to or from a stop, when within the longest walk.
    pub fn secs(&self, a: Location, b: Location) -> Option<Secs> {
        self.secs_within(a, b, self.max_m)
    }

    /// The straight-line radius that holds every walk within `limit_m`.
    pub fn radius(limit_m: f64) -> f64 {
        limit_m / DETOUR
    }
}

/// Whole seconds (rounded up) to cover `metres` at `kmh`.
pub fn travel_secs(metres: f64, kmh: f64) -> Secs {
    (metres / (kmh / 3.6)).ceil().min(Secs::MAX as f64 / 4.0) as Secs
}

/// Seconds by bike: the straight line x [`DETOUR`] at [`BIKE_KMH`].
pub fn bike_secs(a: Location, b: Location) -> Secs {
    travel_secs(metres(a, b) * DETOUR, BIKE_KMH)
}

/// A point on a sphere of the earth's radius: the straight chord between two such points
/// is never longer than their great-circle distance, so a chord radius finds every point
/// within a distance, anywhere on earth (no projection to get wrong).
fn chord_point(l: Location) -> [f64; 3] {
    let (lat, lon) = (l.lat.to_radians(), l.lon.to_radians());
    [
        EARTH_M * lat.cos() * lon.cos(),
        EARTH_M * lat.cos() * lon.sin(),
        EARTH_M * lat.sin(),
    ]
}

/// The points of a set (stops), found by distance.
pub struct Index {
    tree: RTree<GeomWithData<[f64; 3], u32>>,
    points: Vec<Location>,
}

impl Index {
    /// An index over `points`; a query answers their positions in this list.
    pub fn new(points: Vec<Location>) -> Index {
        let items = points
            .iter()
            .enumerate()
            .map(|(i, &p)| GeomWithData::new(chord_point(p), i as u32))
            .collect();
        Index {
            tree: RTree::bulk_load(items),
            points,
        }
    }

    /// Every point within `metres` (straight line) of `at`, with its exact distance,
    /// sorted by position so that the result never depends on the tree's layout.
    pub fn within(&self, at: Location, metres_max: f64) -> Vec<(u32, f64)> {
        let mut found: Vec<(u32, f64)> = self
            .tree
            .locate_within_distance(chord_point(at), metres_max * metres_max)
            .map(|g| g.data)
            .filter_map(|i| {
                let d = metres(at, self.points[i as usize]);
                (d <= metres_max).then_some((i, d))
            })
            .collect();
        found.sort_unstable_by_key(|f| f.0);
        found
    }

    /// The stops a walker reaches from `at`, with walking seconds.
    pub fn walkable(&self, at: Location, walking: &Walking) -> Vec<(u32, Secs)> {
        self.within(at, Walking::radius(walking.max_m))
            .into_iter()
            .filter_map(|(i, _)| walking.secs(at, self.points[i as usize]).map(|s| (i, s)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEN_HAAG: Location = Location {
        lat: 52.0705,
        lon: 4.3007,
    };

    fn north_of(l: Location, m: f64) -> Location {
        Location {
            lat: l.lat + m / 111_194.9,
            lon: l.lon,
        }
    }

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        let m = metres(DEN_HAAG, north_of(DEN_HAAG, 1000.0));
        assert!((m - 1000.0).abs() < 1.0, "{m}");
    }

    #[test]
    fn walking_counts_the_detour_and_stops_at_the_longest_walk() {
        let walking = Walking {
            kmh: 5.0,
            max_m: 1500.0,
        };
        // 1,000 m straight is 1,300 m along streets: 936 s at 5 km/h (rounded up).
        let secs = walking.secs(DEN_HAAG, north_of(DEN_HAAG, 1000.0)).unwrap();
        assert!((936..=937).contains(&secs), "{secs}");
        assert_eq!(walking.secs(DEN_HAAG, north_of(DEN_HAAG, 1200.0)), None);
    }

    #[test]
    fn the_index_finds_exactly_the_points_within_the_radius() {
        let points: Vec<Location> = (0..50)
            .map(|i| north_of(DEN_HAAG, i as f64 * 100.0))
            .collect();
        let index = Index::new(points.clone());
        let found: Vec<u32> = index.within(DEN_HAAG, 450.0).iter().map(|f| f.0).collect();
        assert_eq!(found, vec![0, 1, 2, 3, 4]);
    }
}
