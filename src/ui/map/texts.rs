//! Every string of the map and its forms, French first, English second; `{name}` marks a value filled in.

use crate::texts;

texts! {
    /// Texts of the map area.
    pub enum MapText {
        Heading => "Carte et sites", "Map and sites";
        ServiceLabel => "Service affiché sur la carte", "Service shown on the map";
        MapDescription => "Les communes (limites réelles) et leurs zones modélisées, teintées selon le temps de trajet jusqu'au site le plus proche du service «\u{a0}{service}\u{a0}». Le tableau des zones, sous la carte, donne les mêmes chiffres.",
            "The communes (real boundaries) and their modelled zones, shaded by travel time to the nearest site of the service “{service}”. The zones table, below the map, gives the same figures.";
        SitesLayer => "Sites du territoire\u{a0}: choisissez un site pour voir ses équipes\u{a0}; déposez-y une équipe pour l'y déplacer",
            "Sites of the territory: choose a site to see its teams; drop a team on it to move it there";
        ZoneTitle => "{zone} — zone modélisée — {population} habitants — {minutes}",
            "{zone} — modelled zone — {population} residents — {minutes}";
        MinutesToSite => "{minutes} min jusqu'au site le plus proche", "{minutes} min to the nearest site";
        NoSite => "aucun site de ce service", "no site of this service";
        LegendTitle => "Temps jusqu'au site le plus proche\u{a0}: {service}", "Time to the nearest site: {service}";
        BandUpTo5 => "≤ 5 min", "≤ 5 min";
        Band5To10 => "5 à 10 min", "5 to 10 min";
        Band10To15 => "10 à 15 min", "10 to 15 min";
        Band15To20 => "15 à 20 min", "15 to 20 min";
        Band20To30 => "20 à 30 min", "20 to 30 min";
        BandOver30 => "> 30 min", "> 30 min";
        BandNoSite => "aucun site", "no site";
        BeyondCatchment => "hachuré\u{a0}: au-delà des {minutes} min acceptées", "hatched: beyond the {minutes} min accepted";
        SiteOfService => "site du service\u{a0}: équipes · agents", "site of the service: teams · agents";
        OtherSite => "autre site", "other site";
        MarkerOneTeam => "{teams} éq. · {agents} ag.", "{teams} team · {agents} agents";
        MarkerTeams => "{teams} éq. · {agents} ag.", "{teams} teams · {agents} agents";
        SiteName => "{site}\u{a0}: {teams} et {agents} du service {service}\u{a0}; {all_teams} et {all_agents} en tout",
            "{site}: {teams} and {agents} of {service}; {all_teams} and {all_agents} in all";
        TeamOne => "{n} équipe", "{n} team";
        TeamMany => "{n} équipes", "{n} teams";
        AgentOne => "{n} agent", "{n} agent";
        AgentMany => "{n} agents", "{n} agents";
        TeamsHeading => "Équipes du service", "Teams of the service";
        TeamsHint => "Choisissez une équipe, puis un site\u{a0}; ou glissez-la sur un site de la carte.",
            "Choose a team, then a site; or drag it onto a site on the map.";
        TeamEntry => "{team} — {agents}", "{team} — {agents}";
        NoTeams => "Ce service n'a aucune équipe.", "This service has no team.";
        MoveTo => "Déplacer «\u{a0}{team}\u{a0}» vers…", "Move “{team}” to…";
        CurrentSite => "{site} (site actuel)", "{site} (current site)";
        Move => "Déplacer", "Move";
        SiteHeading => "Site\u{a0}: {site}", "Site: {site}";
        SiteFacts => "{agents} pour {capacity} places", "{agents} for {capacity} places";
        SiteTeamEntry => "{team} ({service}) — {agents}", "{team} ({service}) — {agents}";
        SiteEmpty => "Aucune équipe ne travaille sur ce site.", "No team works at this site.";
        CloseSite => "Fermer ce site…", "Close this site…";
        CloseHeading => "Fermer le site «\u{a0}{site}\u{a0}»", "Close site “{site}”";
        CloseHint => "Chaque équipe part vers le site choisi\u{a0}; par défaut, le site le plus proche où son service travaille déjà.",
            "Each team goes to the site chosen; by default, the nearest site where its service already works.";
        GoesTo => "{team} va vers", "{team} goes to";
        NoDestination => "— aucun site choisi —", "— no site chosen —";
        ConfirmClose => "Fermer le site", "Close the site";
        Cancel => "Abandonner", "Cancel";
        Deselect => "Fermer le panneau du site", "Close the site panel";
        DismissAlert => "Fermer l'avertissement", "Close the warning";
        OpenSiteButton => "Créer un site…", "Create a site…";
        OpenHeading => "Créer un nouveau site", "Create a new site";
        OpenHint => "Position choisie sur la carte\u{a0}; vous pouvez la corriger.", "Position chosen on the map; you may correct it.";
        SiteId => "Identifiant", "Id";
        Name => "Nom", "Name";
        DefaultSiteName => "Nouveau site", "New site";
        Capacity => "Capacité (agents)", "Capacity (agents)";
        Latitude => "Latitude (degrés)", "Latitude (degrees)";
        Longitude => "Longitude (degrés)", "Longitude (degrees)";
        ConfirmOpen => "Créer le site", "Create the site";
        BadCapacity => "La capacité doit être un nombre entier d'agents, 0 ou plus.", "The capacity must be a whole number of agents, 0 or more.";
        ZonesSummary => "Tableau des zones ({count})\u{a0}: temps jusqu'au site le plus proche, {service}",
            "Zones table ({count}): time to the nearest site, {service}";
        ZonesCaption => "Zones modélisées et temps jusqu'au site le plus proche du service «\u{a0}{service}\u{a0}» (temps accepté\u{a0}: {minutes} min)",
            "Modelled zones and time to the nearest site of the service “{service}” (accepted time: {minutes} min)";
        Zone => "Zone", "Zone";
        Commune => "Commune", "Commune";
        Population => "Population (modélisée)", "Population (modelled)";
        Minutes => "Minutes", "Minutes";
        NearestSite => "Site le plus proche", "Nearest site";
        Within => "Dans le temps accepté", "Within the accepted time";
        Yes => "oui", "yes";
        No => "non", "no";
    }
}

/// A count with its noun, singular or plural as the language wants (French: 0 and 1 are singular).
pub fn count(lang: crate::engine::lang::Lang, n: u64, one: MapText, many: MapText) -> String {
    let singular = crate::ui::i18n::singular(lang, n);
    let template = crate::ui::i18n::t(lang, if singular { one } else { many });
    fill(
        template,
        &[("n", &crate::ui::i18n::format_int(lang, n as i64))],
    )
}

/// "3 équipes" / "3 teams".
pub fn teams(lang: crate::engine::lang::Lang, n: u64) -> String {
    count(lang, n, MapText::TeamOne, MapText::TeamMany)
}

/// "12 agents".
pub fn agents(lang: crate::engine::lang::Lang, n: u64) -> String {
    count(lang, n, MapText::AgentOne, MapText::AgentMany)
}

/// The template with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lang::Lang;
    use crate::ui::i18n::t;

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for key in MapText::ALL {
            let (fr, en) = (t(Lang::Fr, *key), t(Lang::En, *key));
            assert!(!fr.is_empty() && !en.is_empty(), "{key:?}");
            let names = |text: &str| {
                let mut names: Vec<String> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(names(fr), names(en), "{key:?}");
        }
    }

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(teams(Lang::Fr, 0), "0 équipe");
        assert_eq!(teams(Lang::En, 0), "0 teams");
        assert_eq!(teams(Lang::En, 1), "1 team");
        assert_eq!(agents(Lang::Fr, 1200), "1\u{202F}200 agents");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill("{a} et {b}, {a}", &[("a", "1"), ("b", "2")]),
            "1 et 2, 1"
        );
    }
}
