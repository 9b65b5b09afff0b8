//! The words of diagnosis.md and the free text of diagnosis.json.

words! {
    pub RELAXATION =
        "Het stroomnetwerk (student -> WPB -> school) negeert groepen (regel 9) en maakt van een urengrens een aantal plaatsen: floor(uren / de lichtste uren per student van de opleidingen die mogen komen). Het aantal niet geplaatsten is daarom een ondergrens voor elk plan.",
        "The flow network (student -> WPB -> school) ignores groups (rule 9), and turns an hour limit into a count of places: floor(hours / the lightest hours per student among the tracks that may come). So its unplaced count is a lower bound on any plan's.";
    pub METHOD_FULL =
        "Kandidaten komen uit de knelpunten en de redenen per regel en worden gerangschikt op de grootste van twee snelle schattingen (de extra studenten die de stroomgrens toelaat, en de niet geplaatsten die passen in de ruimte die het plan overlaat); alleen de beste paar worden nagerekend door de hele veranderde invoer opnieuw op te lossen, en het gevonden plan wordt opnieuw nagekeken door de onafhankelijke controle. 'Bewezen beste' betekent: geen plan met deze verandering plaatst meer (stroomgrens).",
        "Candidates come from the bottlenecks and the rule reasons and are ranked by the larger of two cheap estimates (the extra students the flow bound allows, and the unplaced students that fit into room left in the plan); only the best few are verified by re-solving the whole changed input, and the plan found is re-checked by the independent checker. 'Proven best' means no plan with the change places more (flow bound).";
    pub METHOD_LOCAL =
        "Kandidaten komen uit de knelpunten en de redenen per regel en worden gerangschikt op de grootste van twee snelle schattingen (de extra studenten die de stroomgrens toelaat, en de niet geplaatsten die passen in de ruimte die het plan overlaat); alleen de beste paar worden lokaal nagerekend: de studenten op de scholen die de verandering raakt en de niet geplaatsten die daarheen kunnen worden opnieuw gepland, de rest houdt zijn plaats; zijn dat er meer dan 600, dan alleen de studenten die de verandering zelf betreft (de leden van een gesplitste groep, de niet geplaatsten die naar een geraakte school kunnen). Het gevonden plan wordt door de onafhankelijke controle nagekeken tegen de veranderde invoer, dus elke winst is haalbaar; het optimum kan meer plaatsen en minder kosten. 'Bewezen beste' betekent: geen plan met deze verandering plaatst meer (stroomgrens).",
        "Candidates come from the bottlenecks and the rule reasons and are ranked by the larger of two cheap estimates (the extra students the flow bound allows, and the unplaced students that fit into room left in the plan); only the best few are verified by re-solving the changed input locally: the students at the schools the change touches and the unplaced students who may go there are re-planned, everyone else keeps their place; where those are more than 600, only the students the change itself concerns (a split group's members, the unplaced who may go to a school it touches). The plan found is re-checked by the independent checker against the changed input, so each gain is achievable; the optimum may place more and cost less. 'Proven best' means no plan with the change places more (flow bound).";
    pub TITLE =
        "# Diagnose: {model}",
        "# Diagnosis: {model}";
    pub INTRO =
        "{students} studenten: {placed} geplaatst, {unplaced} niet geplaatst. Volgens de max-flow-grens blijven er minstens {bound} ongeplaatst.",
        "{students} students: {placed} placed, {unplaced} unplaced. The max-flow bound says at least {bound} must stay unplaced.";
    pub UNPLACED =
        "## Niet geplaatste studenten\n\n| student | code | knelpunt | reden | wat te doen |",
        "## Unplaced students\n\n| student | code | bottleneck | reason | action |";
    pub BOTTLENECKS =
        "## Knelpunten",
        "## Bottlenecks";
    pub NO_BOTTLENECKS =
        "Geen: de stroom plaatst elke student die een toegestane WPB heeft.",
        "None: the flow places every student who has an allowed WPB.";
    pub BOTTLENECK =
        "- **B{id}**: {text}. Het houdt {blocked} buiten. Studenten: {students}.",
        "- **B{id}**: {text}. It keeps {blocked} out. Students: {students}.";
    pub SUGGESTIONS =
        "## Voorstellen",
        "## Suggestions";
    pub NOT_COMPUTED =
        "Niet berekend (`--suggestions 0`).",
        "Not computed (`--suggestions 0`).";
    pub CONSIDERED =
        "{candidates} kandidaten bekeken, de beste {top} nagerekend.",
        "{candidates} candidates considered, the best {top} verified.";
    pub NONE_IN_TIME =
        "Geen kandidaten bekeken: de tijd van de diagnose ({seconds} s) is korter dan twee keer de maximale stroom ({flow} s), die het schatten of narekenen van een verandering opnieuw kan vragen (meer tijd: `--diagnosis-seconds` of een ruimere `--time-limit`).",
        "No candidates considered: the diagnosis's time ({seconds} s) is shorter than two runs of the maximum flow ({flow} s), which estimating or verifying a change may run again (more time: `--diagnosis-seconds` or a longer `--time-limit`).";
    pub OUT_OF_TIME =
        "{n} van de beste {top} konden niet binnen de tijd van de diagnose worden nagerekend en zijn weggelaten (meer tijd: `--diagnosis-seconds`).",
        "{n} of the best {top} could not be verified within the diagnosis's time and are left out (more time: `--diagnosis-seconds`).";
    pub NO_SUGGESTIONS =
        "Geen nagerekende verandering plaatst meer studenten.",
        "No verified change places more students.";
    pub SUGGESTION_TABLE =
        "| # | verandering | extra geplaatst | bewezen beste | verandering doelwaarde | nieuw geplaatst | niet meer geplaatst |",
        "| # | change | placed extra | proven best | objective change | newly placed | no longer placed |";
    pub YES =
        "ja",
        "yes";
    pub NO =
        "nee",
        "no";
}
