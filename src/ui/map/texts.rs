//! Every string of the map and its forms, French first, English second; `{name}` marks a value filled in.

use crate::texts;

texts! {
    /// Texts of the map area.
    pub enum MapText {
        Heading => "Carte et sites", "Map and sites";
        ServiceLabel => "Service affiché sur la carte", "Service shown on the map";
        MapDescription => "Les communes (limites réelles) et leurs zones modélisées, teintées selon le temps de trajet jusqu'au site le plus proche du service «\u{a0}{service}\u{a0}». Le tableau des zones, sous la carte, donne les mêmes chiffres.",
            "The communes (real boundaries) and their modelled zones, shaded by travel time to the nearest site of the service “{service}”. The zones table, below the map, gives the same figures.";
        SitesLayer => "Sites du territoire\u{a0}: les flèches vont au site le plus proche dans cette direction, Début et Fin au premier et au dernier\u{a0}; Entrée choisit le site, ou y déplace l'équipe choisie\u{a0}; déposez-y une équipe pour l'y déplacer",
            "Sites of the territory: the arrow keys go to the nearest site that way, Home and End to the first and the last; Enter chooses the site, or moves the chosen team there; drop a team on it to move it there";
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
        SiteName => "{site}\u{a0}: {detail}\u{a0}; {room}", "{site}: {detail}; {room}";
        SiteDetail => "{teams} et {agents} du service {service}\u{a0}; {all_teams} et {all_agents} en tout",
            "{teams} and {agents} of {service}; {all_teams} and {all_agents} in all";
        TeamOne => "{n} équipe", "{n} team";
        TeamMany => "{n} équipes", "{n} teams";
        AgentOne => "{n} agent", "{n} agent";
        AgentMany => "{n} agents", "{n} agents";
        TeamsHeading => "Équipes du service", "Teams of the service";
        TeamsHint => "Choisissez une équipe, puis un site sur la carte pour l'y déplacer\u{a0}; ou glissez-la sur un site.",
            "Choose a team, then a site on the map to move it there; or drag it onto a site.";
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
        OpenHint => "Cliquez sur la carte à l'endroit du site. Au clavier, sur la carte\u{a0}: les flèches déplacent la vue, Entrée place le site au centre (la croix), Échap abandonne.",
            "Click the map where the site goes. From the keyboard, on the map: the arrow keys move the view, Enter places the site at the centre (the cross), Escape cancels.";
        PlacedAt => "Emplacement choisi sur la carte{commune}. Cliquez ailleurs sur la carte pour le déplacer.",
            "Place chosen on the map{commune}. Click elsewhere on the map to move it.";
        InCommune => "\u{a0}: {commune}", ": {commune}";
        Coordinates => "Identifiant et coordonnées", "Id and coordinates";
        NoPlace => "Choisissez d'abord l'emplacement\u{a0}: cliquez sur la carte, ou saisissez ses coordonnées.",
            "Choose the place first: click the map, or type its coordinates.";
        PlacingKeys => "Carte\u{a0}: placez le nouveau site. Les flèches déplacent la vue, + et − zooment, Entrée place le site au centre de la vue (la croix), Échap abandonne",
            "Map: place the new site. The arrow keys move the view, + and − zoom, Enter places the site at the centre of the view (the cross), Escape cancels";
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
        Done => "Dernière modification\u{a0}: {change}", "Last change: {change}";
        OverShort => "suroccupé {agents}/{capacity}", "over capacity {agents}/{capacity}";
        OverLong => "au-delà de sa capacité\u{a0}: {agents} agents pour {capacity} places", "over capacity: {agents} agents for {capacity} places";
        OverSite => "site au-delà de sa capacité (suroccupé agents/places)", "site over its capacity (over capacity agents/places)";
        RoomMany => "{n} places libres", "{n} places free";
        RoomOne => "1 place libre", "1 place free";
        RoomFull => "complet, aucune place libre", "full, no place free";
        RoomOver => "{n} agents au-delà de la capacité", "{n} agents over capacity";
        Arriving => "avec {team}\u{a0}: {room}", "with {team}: {room}";
        GroupName => "Groupe de {count} sites, dont {hosting} du service affiché\u{a0}: {names}. Entrée pour zoomer sur eux.",
            "Group of {count} sites, {hosting} of them of the service shown: {names}. Enter to zoom in on them.";
        LedName => "{site}\u{a0}; et {count} autres sites proches d'autres services\u{a0}: Entrée pour zoomer sur eux.",
            "{site}; and {count} more nearby sites of other services: Enter to zoom in on them.";
        LedTip => "+ {count} autres sites proches\u{a0}: choisir pour zoomer", "+ {count} more sites nearby: choose to zoom in";
        SearchResults => "Sites trouvés", "Sites found";
        GroupOver => "{count} au-delà de leur capacité.", "{count} over their capacity.";
        GroupMore => "et {count} autres", "and {count} more";
        GroupTip => "{count} sites ici", "{count} sites here";
        GroupDrop => "{count} sites\u{a0}: restez dessus pour zoomer", "{count} sites: hold here to zoom in";
        GroupLegend => "groupe de sites proches (leur nombre)\u{a0}: le choisir zoome", "group of nearby sites (how many): choosing it zooms in";
        ZoomGroup => "Zoom de la carte", "Map zoom";
        ZoomIn => "Zoomer", "Zoom in";
        ZoomOut => "Dézoomer", "Zoom out";
        ZoomWhole => "Tout le territoire", "Whole territory";
        MapKeys => "Carte\u{a0}: + et − zooment, les flèches déplacent la vue, 0 montre tout le territoire\u{a0}; à la souris, la molette zoome et un glisser déplace la vue",
            "Map: + and − zoom, the arrow keys move the view, 0 shows the whole territory; with a mouse, the wheel zooms and dragging moves the view";
        ViewNow => "Zoom ×{zoom}", "Zoom ×{zoom}";
        SearchLabel => "Chercher un site", "Find a site";
        SearchHint => "nom ou commune", "name or commune";
        SearchNone => "Aucun site ne correspond.", "No site matches.";
        SearchFound => "{count} sites trouvés\u{a0}; flèche bas pour les parcourir.", "{count} sites found; down arrow to go through them.";
        SearchOption => "{site} — {commune}", "{site} — {commune}";
        Centred => "Carte centrée sur {site}.", "Map centred on {site}.";
        ConfirmMove => "Déplacer l'équipe «\u{a0}{team}\u{a0}» vers «\u{a0}{site}\u{a0}»\u{a0}?", "Move team “{team}” to “{site}”?";
        ConfirmRoom => "Après le déplacement\u{a0}: {room}.", "After the move: {room}.";
        ShowSite => "Voir le site", "Show the site";
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
