//! `stageplan explain --student ID`: one student's placement in plain sentences. Why
//! this school and WPB, the next-best allowed places with their cost difference per
//! objective term, and for every other school the rule that closes it.

use super::bottleneck::num;
use super::group::Group;
use super::near::near_misses;
use super::reasons::PlanLoad;
use super::suggest;
use super::terms::{cost_words, diff_words, school_name, signed, terms, total, wpb_name, Term};
use super::verify::Base;
use super::DiagnoseOptions;
use crate::checker;
use crate::domain::{Instance, Model};
use crate::lang::{fill, Lang};
use crate::rules::{self, Exclusion};

/// How many alternatives to show.
const ALTERNATIVES: usize = 3;

/// How many single changes to verify for an unplaced student.
const HELP_TRIED: usize = 6;

/// Explains student `s` in the plan `placed`, in `lang`.
pub fn explain(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    s: usize,
    lang: Lang,
) -> String {
    let t = lang.text();
    let student = &instance.students[s];
    let track = &model.tracks[student.track];
    let mut lines = vec![fill(
        t.header,
        &[
            ("id", student.id.clone()),
            ("name", student.name.clone()),
            ("subject", student.subject.clone()),
            ("track", track.id.clone()),
            ("days", track.days.to_string()),
        ],
    )];
    let group = Group::of(instance, s);
    lines.extend(group.iter().map(|g| g.header(instance, lang)));
    let others: Vec<(usize, usize)> = placed.iter().copied().filter(|p| p.0 != s).collect();
    let load = PlanLoad::of(instance, model, &others);
    let allowed: Vec<usize> = (0..instance.supervisors.len())
        .filter(|&w| rules::pair_exclusion(instance, model, s, w).is_none())
        .collect();
    let here = placed.iter().find(|p| p.0 == s).map(|&(_, w)| w);
    let own = here.map(|w| instance.supervisors[w].school);
    // Rule 9 decides wherever a group member could go: say whether the whole group fits.
    let group_words = |c: usize| -> Option<String> {
        let g = group.as_ref().filter(|_| Some(c) != own)?;
        Some(g.fit_words(g.why_not_at(instance, model, placed, c, lang), lang))
    };
    let base = match here {
        Some(w) => {
            let c = instance.supervisors[w].school;
            lines.push(fill(
                t.placed,
                &[
                    ("school", school_name(instance, c)),
                    ("wpb", wpb_name(instance, w)),
                ],
            ));
            if let Some(g) = &group {
                lines.push(fill(t.group_here, &[("group", g.name.clone())]));
            }
            if student.pinned_wpb == Some(w) {
                lines.push(t.pinned.to_string());
            }
            let cost = terms(instance, model, s, w, t);
            lines.push(fill(
                t.why_here,
                &[("cost", num(total(&cost))), ("terms", cost_words(&cost, t))],
            ));
            lines.extend(crate::transit::describe::journey(instance, s, c, lang));
            lines.push(t.alternatives.to_string());
            lines.extend(alternatives(
                instance,
                model,
                &load,
                &allowed,
                s,
                w,
                &group_words,
                lang,
            ));
            Some((w, cost))
        }
        None => {
            // The capacity reason already names the bottleneck.
            let (flow, bottlenecks, reasons) = super::reasons_for(instance, model, placed, lang);
            if let Some(r) = reasons.iter().find(|r| r.student == s) {
                lines.push(fill(
                    t.not_placed,
                    &[("code", r.code.to_string()), ("reason", r.reason.clone())],
                ));
                lines.push(fill(t.what_to_do, &[("action", r.action.clone())]));
            }
            lines.extend(near_misses(instance, model, &load, s, lang));
            lines.extend(what_would_help(
                instance,
                model,
                placed,
                &flow,
                &bottlenecks,
                s,
                lang,
            ));
            None
        }
    };
    lines.push(
        if here.is_some() {
            t.other_schools
        } else {
            t.all_schools
        }
        .to_string(),
    );
    for c in (0..instance.schools.len()).filter(|&c| Some(c) != own) {
        lines.push(school_line(
            instance,
            model,
            &load,
            &allowed,
            s,
            c,
            base.as_ref(),
            &group_words,
            lang,
        ));
    }
    lines.join("\n") + "\n"
}

/// Single changes that place student `s`, verified by re-solving.
fn what_would_help(
    instance: &Instance,
    model: &Model,
    placed: &[(usize, usize)],
    flow: &super::flow::Flow,
    bottlenecks: &[super::bottleneck::Bottleneck],
    s: usize,
    lang: Lang,
) -> Vec<String> {
    let t = lang.text();
    let objective = checker::terms(instance, placed).total(&model.weights);
    let base = Base {
        placed,
        objective,
        allowed: &flow.allowed,
        model,
    };
    let options = DiagnoseOptions {
        verify_top: HELP_TRIED,
        ..DiagnoseOptions::default()
    };
    let found = suggest::for_student(instance, model, &base, flow, bottlenecks, s, &options);
    let mut lines = vec![t.helps.to_string()];
    if !found.iter().any(|x| x.newly_placed.contains(&s)) {
        lines.push(fill(t.no_help, &[("n", HELP_TRIED.to_string())]));
    }
    for x in found {
        let ids: Vec<String> = x
            .newly_placed
            .iter()
            .map(|&k| instance.students[k].id.clone())
            .collect();
        let template = if x.newly_placed.contains(&s) {
            t.help
        } else {
            t.help_other
        };
        lines.push(fill(
            template,
            &[
                ("change", x.change.describe(instance, model, lang)),
                ("gain", x.gain.to_string()),
                ("ids", ids.join(", ")),
                ("delta", signed(x.objective_after - objective)),
            ],
        ));
    }
    lines
}

/// The cheapest allowed places other than `w`, with their cost difference and room.
#[allow(clippy::too_many_arguments)]
fn alternatives(
    instance: &Instance,
    model: &Model,
    load: &PlanLoad,
    allowed: &[usize],
    s: usize,
    w: usize,
    group_words: &dyn Fn(usize) -> Option<String>,
    lang: Lang,
) -> Vec<String> {
    let t = lang.text();
    let here = terms(instance, model, s, w, t);
    let mut alts: Vec<(f64, usize, [Term; 5])> = allowed
        .iter()
        .filter(|&&a| a != w)
        .map(|&a| {
            let cost = terms(instance, model, s, a, t);
            (total(&cost) - total(&here), a, cost)
        })
        .collect();
    alts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    if alts.is_empty() {
        return vec![t.no_alternative.to_string()];
    }
    alts.iter()
        .take(ALTERNATIVES)
        .enumerate()
        .map(|(i, (diff, a, cost))| {
            let mut room = match load.why_full(instance, model, s, *a, lang) {
                Some(why) => fill(t.full, &[("why", why)]),
                None => t.has_room.to_string(),
            };
            if let Some(words) = group_words(instance.supervisors[*a].school) {
                room = format!("{room}; {words}");
            }
            fill(
                t.alternative,
                &[
                    ("rank", (i + 1).to_string()),
                    (
                        "school",
                        school_name(instance, instance.supervisors[*a].school),
                    ),
                    ("wpb", wpb_name(instance, *a)),
                    ("diff", signed(*diff)),
                    ("terms", diff_words(cost, &here, t)),
                    ("room", room),
                ],
            )
        })
        .collect()
}

/// Why school `c` is closed to student `s`, or that it is allowed (full or with room).
#[allow(clippy::too_many_arguments)]
fn school_line(
    instance: &Instance,
    model: &Model,
    load: &PlanLoad,
    allowed: &[usize],
    s: usize,
    c: usize,
    base: Option<&(usize, [Term; 5])>,
    group_words: &dyn Fn(usize) -> Option<String>,
    lang: Lang,
) -> String {
    let t = lang.text();
    let student = &instance.students[s];
    let track = &model.tracks[student.track];
    let name = school_name(instance, c);
    let at_c: Vec<usize> = (0..instance.supervisors.len())
        .filter(|&w| instance.supervisors[w].school == c)
        .collect();
    let args = |extra: &[(&'static str, String)]| -> Vec<(&'static str, String)> {
        let mut a = vec![
            ("school", name.clone()),
            ("subject", student.subject.clone()),
            ("days", track.days.to_string()),
        ];
        a.extend(extra.iter().cloned());
        a
    };
    if !at_c
        .iter()
        .any(|&w| rules::wpb_teaches_subject(&student.subject, &instance.supervisors[w]))
    {
        return fill(t.school_no_subject, &args(&[]));
    }
    if !at_c
        .iter()
        .any(|&w| rules::wpb_exclusion(&student.subject, track, &instance.supervisors[w]).is_none())
    {
        return fill(t.school_no_days, &args(&[]));
    }
    if let Some(why) = rules::school_exclusion(instance, model, s, c) {
        let detail = match (why, instance.travel.minutes(s, c)) {
            (Exclusion::TravelTooLong, _) if instance.travel.no_journey(s, c) => {
                t.no_journey_detail.to_string()
            }
            (Exclusion::TravelTooLong, Some(m)) => fill(t.travel_detail, &[("minutes", num(m))]),
            _ => String::new(),
        };
        return fill(
            t.school_rule,
            &args(&[
                ("rule", why.rule().to_string()),
                ("why", t.rule(why).to_string()),
                ("detail", detail),
            ]),
        );
    }
    let here: Vec<usize> = allowed
        .iter()
        .copied()
        .filter(|&w| instance.supervisors[w].school == c)
        .collect();
    let with_room = here
        .iter()
        .copied()
        .find(|&w| load.has_room(instance, model, s, w));
    let line = match (with_room, base) {
        (Some(w), Some((_, base_terms))) => {
            let cost = terms(instance, model, s, w, t);
            let diff = total(&cost) - total(base_terms);
            // "costs -30 more" reads as a mistake: a cheaper school says "less".
            let template = if diff < 0.0 {
                t.school_allowed_cheaper
            } else {
                t.school_allowed_room
            };
            fill(
                template,
                &args(&[
                    ("diff", num(diff.abs())),
                    ("terms", diff_words(&cost, base_terms, t)),
                ]),
            )
        }
        (Some(w), None) => {
            let cost = terms(instance, model, s, w, t);
            fill(
                t.school_allowed_open,
                &args(&[("diff", num(total(&cost))), ("terms", cost_words(&cost, t))]),
            )
        }
        (None, _) => {
            let why = here
                .first()
                .and_then(|&w| load.why_full(instance, model, s, w, lang))
                .unwrap_or_default();
            fill(t.school_allowed_full, &args(&[("why", why)]))
        }
    };
    match group_words(c) {
        Some(words) => format!("{line}; {words}"),
        None => line,
    }
}
