//! The operations in words, one line of the scenario's journal each, naming things as the
//! territory before the change names them.

use super::{Event, Operation};
use crate::engine::lang::{capitalised, format_percent, Lang};
use crate::engine::model::Territory;
use crate::engine::names::{shown, Names};

/// A factor as a change against normal demand: « +15 % », « −10 % », « normale » (one decimal
/// at most, French decimal comma).
fn percent_change(factor: f64, lang: Lang) -> String {
    let percent = ((factor - 1.0) * 1000.0).round() / 10.0;
    if percent == 0.0 {
        return lang.pick("demande normale", "normal demand").to_string();
    }
    let sign = if percent > 0.0 { "+" } else { "−" };
    format!("{sign}{}", format_percent(lang, percent.abs(), 1))
}

impl Operation {
    /// The operation as one line of the scenario's journal, naming things as the territory
    /// `before` it names them, e.g. « Équipe Collecte Nord : Dépôt de Bron → Agence de Saint-Priest ».
    pub fn describe(&self, before: &Territory, lang: Lang) -> String {
        let line = self.describe_with_labels(before, lang);
        shown(lang, &line).into_owned()
    }

    /// The line with the names as the territory writes them.
    fn describe_with_labels(&self, before: &Territory, lang: Lang) -> String {
        let n = Names(before);
        let fr = lang == Lang::Fr;
        match self {
            Operation::MoveTeam { team, to_site } => {
                let (team, from, to) = (n.team(team), n.team_site(team), n.site(to_site));
                if fr {
                    format!("Équipe {team} : {from} → {to}")
                } else {
                    format!("Team {team}: {from} → {to}")
                }
            }
            Operation::MergeTeams { keep, absorb } => {
                let same = n.same_service(keep, absorb);
                let (keep, absorb) = (n.team(keep), n.team(absorb));
                match (fr, same) {
                    (true, true) => format!("Fusion : l'équipe {absorb} rejoint l'équipe {keep}"),
                    (false, true) => format!("Merge: team {absorb} joins team {keep}"),
                    (true, false) => format!(
                        "Équipe pluri-métiers : {absorb} rejoint {keep} (même site, même encadrant)"
                    ),
                    (false, false) => {
                        format!("Multi-trade team: {absorb} joins {keep} (same site, same manager)")
                    }
                }
            }
            Operation::MergeServicesUnderHead { services, head } => {
                let (a, b, head) = (
                    n.service(&services[0]),
                    n.service(&services[1]),
                    n.post(head),
                );
                if fr {
                    format!("Services {a} et {b} réunis sous {head}")
                } else {
                    format!("Services {a} and {b} put under {head}")
                }
            }
            Operation::SplitTeam {
                team,
                new_name,
                agents,
                ..
            } => {
                let team = n.team(team);
                if fr {
                    format!("Équipe {team} scindée : {agents} agents forment l'équipe {new_name}")
                } else {
                    format!("Team {team} split: {agents} agents form team {new_name}")
                }
            }
            Operation::CloseSite { site, relocate } => {
                let moves = relocation_text(relocate, &n);
                let site = n.site(site);
                match (fr, moves.is_empty()) {
                    (true, true) => format!("Fermeture du site {site}"),
                    (false, true) => format!("Site {site} closed"),
                    (true, false) => format!("Fermeture du site {site} : {moves}"),
                    (false, false) => format!("Site {site} closed: {moves}"),
                }
            }
            Operation::OpenSite { name, capacity, .. } => {
                if fr {
                    format!("Création du site {name} ({capacity} places)")
                } else {
                    format!("New site {name} (room for {capacity})")
                }
            }
            Operation::SetHeadcount { team, agents } => {
                let old = before.team_ix(team).map_or(0, |ix| before.team(ix).agents);
                let team = n.team(team);
                if fr {
                    format!("Équipe {team} : {old} → {agents} agents")
                } else {
                    format!("Team {team}: {old} → {agents} agents")
                }
            }
            Operation::SetTeamManager { team, manager } => {
                let (from, to, team) = (n.team_manager(team), n.post(manager), n.team(team));
                if fr {
                    format!("Équipe {team} : encadrée par {from} → {to}")
                } else {
                    format!("Team {team}: led by {from} → {to}")
                }
            }
            Operation::SetReportsTo {
                manager,
                reports_to,
            } => {
                let (from, to, post) = (n.boss(manager), n.post(reports_to), n.post(manager));
                if fr {
                    format!("Poste {post} : rattaché à {from} → {to}")
                } else {
                    format!("Post {post}: reports to {from} → {to}")
                }
            }
            Operation::AddPost {
                name,
                role,
                reports_to,
                ..
            } => {
                let (role, boss) = (role.label(lang), n.post(reports_to));
                if fr {
                    format!("Nouveau poste {name} ({role}), rattaché à {boss}")
                } else {
                    format!("New post {name} ({role}), reporting to {boss}")
                }
            }
            Operation::RemovePost { post, hand_to } => {
                let (post, heir) = (n.post(post), n.post(hand_to));
                if fr {
                    format!("Suppression du poste {post} : ses équipes et postes passent à {heir}")
                } else {
                    format!("Post {post} removed: its teams and posts go to {heir}")
                }
            }
            Operation::SetDemandFactor {
                service,
                commune,
                factor,
            } => capitalised(&demand_change(
                &n.service(service),
                commune.as_deref(),
                *factor,
                lang,
            )),
            Operation::ApplySuggestion(applied) => {
                crate::engine::suggest::describe(applied, before, lang)
            }
            Operation::Event(event) => {
                let what = describe_event(event, &n, lang);
                match lang {
                    Lang::Fr => format!("Événement : {what}"),
                    Lang::En => format!("Event: {what}"),
                }
            }
        }
    }
}

/// Where a closed site's teams go, in words: « Team A → Site B, Team C → Site D ».
fn relocation_text(relocate: &[(String, String)], n: &Names) -> String {
    relocate
        .iter()
        .map(|(team, to)| format!("{} → {}", n.team(team), n.site(to)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An event in words, after « Événement : ».
fn describe_event(event: &Event, n: &Names, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match event {
        Event::SiteUnavailable { site, relocate } => {
            let moves = relocation_text(relocate, n);
            let site = n.site(site);
            match (fr, moves.is_empty()) {
                (true, true) => format!("le site {site} devient indisponible"),
                (false, true) => format!("site {site} becomes unavailable"),
                (true, false) => format!("le site {site} devient indisponible ; {moves}"),
                (false, false) => format!("site {site} becomes unavailable; {moves}"),
            }
        }
        Event::AbsenceWave { service, rate } => {
            let share = percent_text(*rate, lang);
            let service = service.as_deref().map(|s| n.service(s));
            match (fr, service, *rate == 0.0) {
                (true, Some(s), true) => format!("fin de la vague d'absences du service {s}"),
                (false, Some(s), true) => format!("the absence wave in {s} ends"),
                (true, None, true) => "fin de la vague d'absences dans tous les services".into(),
                (false, None, true) => "the absence wave ends in every service".into(),
                (true, Some(s), false) => {
                    format!("vague d'absences, {share} des agents du service {s} absents")
                }
                (false, Some(s), false) => {
                    format!("absence wave, {share} of the agents of {s} away")
                }
                (true, None, false) => {
                    format!("vague d'absences, {share} des agents de tous les services absents")
                }
                (false, None, false) => {
                    format!("absence wave, {share} of the agents of every service away")
                }
            }
        }
        Event::DemandSurge {
            service,
            commune,
            factor,
        } => demand_change(&n.service(service), commune.as_deref(), *factor, lang),
    }
}

/// A change of demand in words, to follow other words (« demande … à Bron : +15 % »): the
/// operation that sets it and the event of a surge say it alike.
fn demand_change(name: &str, commune: Option<&str>, factor: f64, lang: Lang) -> String {
    let change = percent_change(factor, lang);
    match (lang, commune) {
        (Lang::Fr, Some(c)) => format!("demande {name} à {c} : {change}"),
        (Lang::En, Some(c)) => format!("demand for {name} in {c}: {change}"),
        (Lang::Fr, None) => format!("demande {name} dans toutes les communes : {change}"),
        (Lang::En, None) => format!("demand for {name} in every commune: {change}"),
    }
}

/// A share as a percentage: « 20 % », « 12,5 % » (one decimal at most).
fn percent_text(share: f64, lang: Lang) -> String {
    format_percent(lang, share * 100.0, 1)
}
