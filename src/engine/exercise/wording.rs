//! How an objective reads when its file gives no text: a plain sentence a trainee understands
//! (« Aucune équipe du service Voirie au-dessus d'une charge de 1,08 avec l'absence habituelle »,
//! « Sans recruter (374 agents aujourd'hui) »), not a figure and its bound.

use crate::engine::lang::{capitalised, singular, Lang};
use crate::engine::model::Territory;
use crate::engine::names::Names;

use super::figures::{Figure, Unit};
use super::Bilingual;

/// « de Mions », « d'Écully »: French elision before a vowel.
fn de(name: &str) -> String {
    let vowel = name
        .chars()
        .next()
        .is_some_and(|c| "AÂÀEÉÈÊIÎOÔUYaâàeéèêiîoôuy".contains(c));
    if vowel {
        format!("d'{name}")
    } else {
        format!("de {name}")
    }
}

/// A count's noun, singular or plural as the threshold wants it.
fn noun<'a>(lang: Lang, count: f64, one: &'a str, many: &'a str) -> &'a str {
    if singular(lang, count.max(0.0).round() as u64) {
        one
    } else {
        many
    }
}

/// What an objective says about its figure: which side of the threshold, and whether the
/// threshold is the starting value (« no worse than today »).
#[derive(Clone, Copy)]
pub(super) struct Bound {
    /// `at_most` rather than `at_least`.
    pub at_most: bool,
    /// The threshold, as a number.
    pub threshold: f64,
    /// Whether the threshold is `"start"`.
    pub from_start: bool,
}

/// The objective as a plain sentence, in French and English; `None` for the rare combinations
/// that read well enough as the figure and its bound.
pub(super) fn sentence(figure: &Figure, names: &Territory, bound: Bound) -> Option<Bilingual> {
    let n = Names(names);
    let Bound {
        at_most,
        threshold,
        from_start,
    } = bound;
    let unit = figure.unit();
    let (x, xe) = (
        unit.format(threshold, Lang::Fr),
        unit.format(threshold, Lang::En),
    );
    // A count bounded by less than one: « aucun ».
    let none = at_most && !from_start && unit == Unit::Count && threshold < 1.0;
    let of_service = |id: &Option<String>| match id {
        Some(id) => {
            let s = n.service(id);
            (format!(" du service {s}"), format!(" of {s}"))
        }
        None => (String::new(), String::new()),
    };
    let of_commune = |commune: &Option<String>| match commune {
        Some(c) => (format!(" {}", de(c)), format!(" of {c}")),
        None => (String::new(), String::new()),
    };
    let absence = |with: bool| {
        if with {
            (" avec l'absence habituelle", " with usual absence")
        } else {
            ("", "")
        }
    };
    let fr_noun = |one, many| noun(Lang::Fr, threshold, one, many);
    let en_noun = |one, many| noun(Lang::En, threshold, one, many);
    let (fr, en) = match figure {
        Figure::ServiceLoad { service } | Figure::ServiceLoadWithAbsence { service } => {
            let s = n.service(service);
            let (af, ae) = absence(matches!(figure, Figure::ServiceLoadWithAbsence { .. }));
            match (at_most, from_start) {
                (true, true) => (
                    format!("Le service {s} pas plus chargé qu'aujourd'hui ({x}{af})"),
                    format!("{s} no busier than today ({xe}{ae})"),
                ),
                (true, false) => (
                    format!("Le service {s} à une charge de {x} au plus{af}"),
                    format!("{s} at a load of {xe} at most{ae}"),
                ),
                (false, true) => (
                    format!("Le service {s} pas moins chargé qu'aujourd'hui ({x}{af})"),
                    format!("{s} no less busy than today ({xe}{ae})"),
                ),
                (false, false) => (
                    format!("Le service {s} à une charge de {x} au moins{af}"),
                    format!("{s} at a load of {xe} at least{ae}"),
                ),
            }
        }
        Figure::TeamLoadMax { service } | Figure::TeamLoadWithAbsenceMax { service } if at_most => {
            let (sf, se) = of_service(service);
            let (af, ae) = absence(matches!(figure, Figure::TeamLoadWithAbsenceMax { .. }));
            if from_start {
                (
                    format!(
                        "Aucune équipe{sf} plus chargée que la plus chargée aujourd'hui ({x}{af})"
                    ),
                    format!("No team{se} busier than today's busiest ({xe}{ae})"),
                )
            } else {
                (
                    format!("Aucune équipe{sf} au-dessus d'une charge de {x}{af}"),
                    format!("No team{se} above a load of {xe}{ae}"),
                )
            }
        }
        Figure::OverloadedTeams { service } if at_most => {
            let (sf, se) = of_service(service);
            if from_start {
                (
                    format!("Pas plus d'équipes en surcharge{sf} qu'aujourd'hui ({x})"),
                    format!("No more overloaded teams{se} than today ({xe})"),
                )
            } else if none {
                (
                    format!("Aucune équipe en surcharge{sf}"),
                    format!("No overloaded team{se}"),
                )
            } else {
                (
                    format!(
                        "Au plus {x} {}{sf}",
                        fr_noun("équipe en surcharge", "équipes en surcharge")
                    ),
                    format!(
                        "At most {xe} {}{se}",
                        en_noun("overloaded team", "overloaded teams")
                    ),
                )
            }
        }
        Figure::MeanMinutes { service } if at_most => {
            let s = n.service(service);
            if from_start {
                (
                    format!("Les habitants pas plus loin du service {s} qu'aujourd'hui en moyenne ({x})"),
                    format!("Residents no further from {s} than today on average ({xe})"),
                )
            } else {
                (
                    format!("Les habitants à {x} au plus en moyenne du service {s}"),
                    format!("Residents within {xe} of {s} on average"),
                )
            }
        }
        Figure::CommuneMeanMinutes {
            service,
            commune: Some(c),
        } if at_most => {
            let s = n.service(service);
            let c_fr = de(c);
            if from_start {
                (
                    format!("Les habitants {c_fr} pas plus loin du service {s} qu'aujourd'hui en moyenne ({x})"),
                    format!("Residents of {c} no further from {s} than today on average ({xe})"),
                )
            } else {
                (
                    format!("Les habitants {c_fr} à {x} au plus en moyenne du service {s}"),
                    format!("Residents of {c} within {xe} of {s} on average"),
                )
            }
        }
        Figure::CommuneMeanMinutes {
            service,
            commune: None,
        } if at_most => {
            let s = n.service(service);
            if from_start {
                (
                    format!("Aucune commune plus loin en moyenne du service {s} que la plus éloignée aujourd'hui ({x})"),
                    format!("No commune further from {s} on average than the furthest today ({xe})"),
                )
            } else {
                (
                    format!("Aucune commune à plus de {x} en moyenne du service {s}"),
                    format!("No commune more than {xe} away from {s} on average"),
                )
            }
        }
        Figure::MaxMinutes { service, commune } if at_most => {
            let s = n.service(service);
            let (cf, ce) = of_commune(commune);
            if from_start {
                (
                    format!("Aucun habitant{cf} plus loin du service {s} que le plus éloigné aujourd'hui ({x})"),
                    format!("No resident{ce} further from {s} than the furthest today ({xe})"),
                )
            } else {
                (
                    format!("Aucun habitant{cf} à plus de {x} du service {s}"),
                    format!("No resident{ce} more than {xe} from {s}"),
                )
            }
        }
        Figure::ShareWithin { service, commune } if !at_most => {
            let s = n.service(service);
            let minutes = n.catchment(service);
            let (mf, me) = (
                Unit::Minutes.format(minutes, Lang::Fr),
                Unit::Minutes.format(minutes, Lang::En),
            );
            let (cf, ce) = of_commune(commune);
            if from_start {
                (
                    format!("Pas moins d'habitants{cf} à {mf} au plus du service {s} qu'aujourd'hui ({x})"),
                    format!("No fewer residents{ce} within {me} of {s} than today ({xe})"),
                )
            } else {
                (
                    format!("Au moins {x} des habitants{cf} à {mf} au plus du service {s}"),
                    format!("At least {xe} of residents{ce} within {me} of {s}"),
                )
            }
        }
        Figure::MaxSpan { services } if at_most => {
            let (of_fr, of_en) = if services.is_empty() {
                (String::new(), String::new())
            } else {
                let (fr, en) = n.services(services);
                (format!(" {}", de(&fr)), format!(" of {en}"))
            };
            if from_start {
                (
                    format!("Aucun encadrant{of_fr} au-delà du plus grand nombre de rattachements directs d'aujourd'hui ({x})"),
                    format!("No manager{of_en} above today's largest number of direct reports ({xe})"),
                )
            } else {
                (
                    format!(
                        "Aucun encadrant{of_fr} au-delà de {x} {}",
                        fr_noun("rattachement direct", "rattachements directs")
                    ),
                    format!(
                        "No manager{of_en} above {xe} {}",
                        en_noun("direct report", "direct reports")
                    ),
                )
            }
        }
        Figure::PostSpan { post } => {
            let p = n.post(post);
            let (fr_reports, en_reports) = (
                fr_noun("rattachement direct", "rattachements directs"),
                en_noun("direct report", "direct reports"),
            );
            match (at_most, from_start) {
                (true, true) => (
                    format!(
                        "Pas plus de rattachements directs qu'aujourd'hui pour le poste {p} ({x})"
                    ),
                    format!("No more direct reports than today for {p} ({xe})"),
                ),
                (false, true) => (
                    format!(
                        "Pas moins de rattachements directs qu'aujourd'hui pour le poste {p} ({x})"
                    ),
                    format!("No fewer direct reports than today for {p} ({xe})"),
                ),
                (true, false) => (
                    format!("Au plus {x} {fr_reports} pour le poste {p}"),
                    format!("At most {xe} {en_reports} for {p}"),
                ),
                (false, false) => (
                    format!("Au moins {x} {fr_reports} pour le poste {p}"),
                    format!("At least {xe} {en_reports} for {p}"),
                ),
            }
        }
        Figure::PostsOutsideNorm { min, max } if at_most => {
            let (norm_fr, norm_en) = (
                format!("de la norme de {min} à {max} rattachements directs"),
                format!("the norm of {min} to {max} direct reports"),
            );
            if from_start {
                (
                    format!("Pas plus d'encadrants hors {norm_fr} qu'aujourd'hui ({x})"),
                    format!("No more managers outside {norm_en} than today ({xe})"),
                )
            } else if none {
                (
                    format!(
                        "Tous les encadrants dans la norme de {min} à {max} rattachements directs"
                    ),
                    format!("Every manager within {norm_en}"),
                )
            } else {
                (
                    format!(
                        "Au plus {x} {} hors {norm_fr}",
                        fr_noun("encadrant", "encadrants")
                    ),
                    format!(
                        "At most {xe} {} outside {norm_en}",
                        en_noun("manager", "managers")
                    ),
                )
            }
        }
        Figure::Layers if at_most => {
            if from_start {
                (
                    format!("Pas de niveau hiérarchique de plus ({x} aujourd'hui)"),
                    format!("No extra management layer ({xe} today)"),
                )
            } else {
                (
                    format!(
                        "Au plus {x} {}",
                        fr_noun("niveau hiérarchique", "niveaux hiérarchiques")
                    ),
                    format!(
                        "At most {xe} {}",
                        en_noun("management layer", "management layers")
                    ),
                )
            }
        }
        Figure::Posts => {
            let (fr_posts, en_posts) = (
                fr_noun("poste d'encadrement", "postes d'encadrement"),
                en_noun("management post", "management posts"),
            );
            match (at_most, from_start) {
                (true, true) => (
                    format!("Pas de poste d'encadrement de plus ({x} aujourd'hui)"),
                    format!("No extra management post ({xe} today)"),
                ),
                (false, true) => (
                    format!("Aucun poste d'encadrement supprimé ({x} aujourd'hui)"),
                    format!("No management post cut ({xe} today)"),
                ),
                (true, false) => (
                    format!("Au plus {x} {fr_posts}"),
                    format!("At most {xe} {en_posts}"),
                ),
                (false, false) => (
                    format!("Au moins {x} {fr_posts}"),
                    format!("At least {xe} {en_posts}"),
                ),
            }
        }
        Figure::HeadsOver { services } if at_most => {
            let (fr, en) = n.services(services);
            if from_start {
                (
                    format!(
                        "Pas plus de chefs de service à la tête {} qu'aujourd'hui ({x})",
                        de(&fr)
                    ),
                    format!("No more heads of service leading {en} than today ({xe})"),
                )
            } else if threshold < 2.0 {
                (
                    format!("{} sous un seul chef de service", capitalised(&fr)),
                    format!("{} under one head of service", capitalised(&en)),
                )
            } else {
                (
                    format!("Au plus {x} chefs de service à la tête {}", de(&fr)),
                    format!("At most {xe} heads of service leading {en}"),
                )
            }
        }
        Figure::SiteAgents { site } => {
            let s = n.site(site);
            let (fr_agents, en_agents) = (fr_noun("agent", "agents"), en_noun("agent", "agents"));
            match (at_most, from_start) {
                _ if none => (
                    format!("Plus aucun agent sur le site {s}"),
                    format!("No agent left at {s}"),
                ),
                (true, true) => (
                    format!("Pas plus d'agents qu'aujourd'hui sur le site {s} ({x})"),
                    format!("No more agents than today at {s} ({xe})"),
                ),
                (false, true) => (
                    format!("Pas moins d'agents qu'aujourd'hui sur le site {s} ({x})"),
                    format!("No fewer agents than today at {s} ({xe})"),
                ),
                (true, false) => (
                    format!("Au plus {x} {fr_agents} sur le site {s}"),
                    format!("At most {xe} {en_agents} at {s}"),
                ),
                (false, false) => (
                    format!("Au moins {x} {fr_agents} sur le site {s}"),
                    format!("At least {xe} {en_agents} at {s}"),
                ),
            }
        }
        Figure::SiteServices { site } if !from_start => {
            let s = n.site(site);
            let (fr_services, en_services) = (
                fr_noun("service", "services"),
                en_noun("service", "services"),
            );
            let (fr_side, en_side) = if at_most {
                ("Au plus", "At most")
            } else {
                ("Au moins", "At least")
            };
            (
                format!("{fr_side} {x} {fr_services} présents sur le site {s}"),
                format!("{en_side} {xe} {en_services} at {s}"),
            )
        }
        Figure::TeamSites { teams } if at_most && !from_start => {
            let (fr, en) = n.teams(teams);
            if threshold < 2.0 {
                (
                    format!("Équipes {fr} sous un même toit"),
                    format!("Teams {en} under one roof"),
                )
            } else {
                (
                    format!("Équipes {fr} sur {x} sites au plus"),
                    format!("Teams {en} on {xe} sites at most"),
                )
            }
        }
        Figure::SitesInUse => {
            let (fr_sites, en_sites) = (
                fr_noun("site occupé", "sites occupés"),
                en_noun("site in use", "sites in use"),
            );
            match (at_most, from_start) {
                (true, true) => (
                    format!("Pas de site occupé de plus ({x} aujourd'hui)"),
                    format!("No extra site in use ({xe} today)"),
                ),
                (false, true) => (
                    format!("Pas de site occupé en moins ({x} aujourd'hui)"),
                    format!("No fewer sites in use ({xe} today)"),
                ),
                (true, false) => (
                    format!("Au plus {x} {fr_sites}"),
                    format!("At most {xe} {en_sites}"),
                ),
                (false, false) => (
                    format!("Au moins {x} {fr_sites}"),
                    format!("At least {xe} {en_sites}"),
                ),
            }
        }
        Figure::SitesOverCapacity if at_most => {
            if from_start {
                (
                    format!("Pas de site de plus au-delà de sa capacité ({x} aujourd'hui)"),
                    format!("No more sites over capacity than today ({xe})"),
                )
            } else if none {
                (
                    "Aucun site au-delà de sa capacité".to_string(),
                    "No site over capacity".to_string(),
                )
            } else {
                (
                    format!(
                        "Au plus {x} {}",
                        fr_noun(
                            "site au-delà de sa capacité",
                            "sites au-delà de leur capacité"
                        )
                    ),
                    format!(
                        "At most {xe} {}",
                        en_noun("site over capacity", "sites over capacity")
                    ),
                )
            }
        }
        Figure::CapacityTotal => match (at_most, from_start) {
            (true, true) => (
                format!("Pas de place de travail de plus ({x} aujourd'hui)"),
                format!("No extra workplace ({xe} today)"),
            ),
            (false, true) => (
                format!("Pas de place de travail en moins ({x} aujourd'hui)"),
                format!("No fewer workplaces ({xe} today)"),
            ),
            (true, false) => (
                format!("Au plus {x} places de travail en tout"),
                format!("At most {xe} workplaces in all"),
            ),
            (false, false) => (
                format!("Au moins {x} places de travail en tout"),
                format!("At least {xe} workplaces in all"),
            ),
        },
        Figure::Headcount { service } => {
            let (sf, se) = match service {
                Some(id) => {
                    let s = n.service(id);
                    (format!(" au service {s}"), format!(" in {s}"))
                }
                None => (String::new(), String::new()),
            };
            let (fr_agents, en_agents) = (fr_noun("agent", "agents"), en_noun("agent", "agents"));
            match (at_most, from_start) {
                (true, true) => (
                    format!("Sans recruter{sf} ({x} {fr_agents} aujourd'hui)"),
                    format!("No hiring{se} ({xe} {en_agents} today)"),
                ),
                (false, true) => (
                    format!("Sans supprimer d'emploi{sf} ({x} {fr_agents} aujourd'hui)"),
                    format!("No job cut{se} ({xe} {en_agents} today)"),
                ),
                (true, false) => (
                    format!("Au plus {x} {fr_agents}{sf}"),
                    format!("At most {xe} {en_agents}{se}"),
                ),
                (false, false) => (
                    format!("Au moins {x} {fr_agents}{sf}"),
                    format!("At least {xe} {en_agents}{se}"),
                ),
            }
        }
        Figure::AgentsMoved if at_most && !from_start => {
            if none {
                (
                    "Aucun agent ne change de site".to_string(),
                    "No agent changes site".to_string(),
                )
            } else {
                (
                    format!(
                        "Pas plus de {x} {} de site",
                        fr_noun("agent qui change", "agents qui changent")
                    ),
                    format!(
                        "No more than {xe} {} site",
                        en_noun("agent changing", "agents changing")
                    ),
                )
            }
        }
        Figure::AgentsNewManager if at_most && !from_start => {
            if none {
                (
                    "Aucun agent ne change d'encadrant".to_string(),
                    "No agent gets a new manager".to_string(),
                )
            } else {
                (
                    format!(
                        "Pas plus de {x} {} d'encadrant",
                        fr_noun("agent qui change", "agents qui changent")
                    ),
                    format!(
                        "No more than {xe} {} a new manager",
                        en_noun("agent with", "agents with")
                    ),
                )
            }
        }
        _ => return None,
    };
    Some(Bilingual { fr, en })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elides_before_a_vowel() {
        assert_eq!(de("Mions"), "de Mions");
        assert_eq!(de("Écully"), "d'Écully");
        assert_eq!(de("Aide aux personnes âgées"), "d'Aide aux personnes âgées");
    }
}
