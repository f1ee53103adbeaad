//! Every string of the « Suggérer » panel and of the suggestion on the map, French first, English
//! second; `{name}` marks a value filled in.

use crate::texts;

texts! {
    /// Texts of the suggestion.
    pub enum SuggestText {
        Open => "Suggérer…", "Suggest…";
        Title => "Suggérer des sites", "Suggest sites";
        Close => "Fermer le panneau Suggérer", "Close the Suggest panel";
        Intro => "Où les sites d'un service devraient-ils être\u{a0}? Maillage cherche le meilleur choix et dit à quel point il en est sûr.",
            "Where should a service's sites be? Maillage looks for the best choice and says how sure it is.";
        Service => "Service", "Service";
        Sites => "Nombre de sites", "Number of sites";
        SitesHelp => "Aujourd'hui\u{a0}: {today}\u{a0}; entre 1 et {max}.", "Today: {today}; from 1 to {max}.";
        SitesNone => "Aujourd'hui\u{a0}: aucun site\u{a0}; entre 1 et {max}.", "Today: no site; from 1 to {max}.";
        NotWhole => "Indiquez un nombre entier de sites, ou laissez vide pour autant qu'aujourd'hui.",
            "Give a whole number of sites, or leave it blank for as many as today.";
        Goal => "Objectif", "Goal";
        Distance => "Les habitants au plus près", "Residents as close as possible";
        DistanceHelp => "le moins de minutes de trajet, pour tous les habitants", "the fewest minutes of travel, over all residents";
        Coverage => "Le plus d'habitants à portée", "As many residents within reach as possible";
        CoverageHelp => "le plus d'habitants à {minutes} min ou moins, le temps accepté du service", "the most residents {minutes} min or less away, the service's accepted time";
        WithinRoom => "Seulement des sites qui ont la place", "Only sites with room";
        WithinRoomHelp => "Chaque site choisi doit pouvoir accueillir les agents qu'il lui faudrait (sa capacité, moins les agents des autres services qui y travaillent). Si aucun choix ne tient, celui qui déborde le moins.",
            "Each chosen site must have room for the agents it would need (its capacity, less the agents of the other services working there). If no choice fits, the one that overflows least.";
        Locked => "Sites imposés (toujours choisis)", "Locked sites (always chosen)";
        LockOnMap => "Imposer sur la carte", "Lock on the map";
        LockingHint => "Choisissez des sites sur la carte (clic ou Entrée) pour les imposer ou les libérer\u{a0}; Échap pour finir.",
            "Choose sites on the map (click or Enter) to lock or free them; Escape to finish.";
        NoneLocked => "Aucun site imposé.", "No site locked.";
        Unlock => "Ne plus imposer {site}", "Unlock {site}";
        LockList => "Choisir dans la liste", "Choose from the list";
        TodaySites => "Sites du service aujourd'hui", "The service's sites today";
        OtherSites => "Autres sites", "Other sites";
        LockedNow => "Sites imposés\u{a0}: {count}{names}", "Locked sites: {count}{names}";
        Ask => "Suggérer", "Suggest";
        Stop => "Arrêter", "Stop";
        Progress => "Avancement de la suggestion", "Progress of the suggestion";
        Searching => "Recherche des meilleurs sites…", "Looking for the best sites…";
        Bounding => "Preuve de la qualité du choix…", "Proving how good the choice is…";
        Ready => "Suggestion prête.", "Suggestion ready.";
        Stopped => "Suggestion arrêtée.", "Suggestion stopped.";
        NoWorker => "Ce navigateur ne peut pas calculer de suggestion (pas de Web Worker).", "This browser cannot compute a suggestion (no Web Worker).";
        Question => "{service} · {sites} · {goal}{room}{locked}", "{service} · {sites} · {goal}{room}{locked}";
        QuestionSites => "{n} sites", "{n} sites";
        QuestionOneSite => "1 site", "1 site";
        QuestionRoom => " · avec la place", " · with room";
        QuestionLocked => " · {n} imposés", " · {n} locked";
        QuestionOneLocked => " · 1 imposé", " · 1 locked";
        Change => "Modifier la question", "Change the question";
        AnswerTitle => "Proposition\u{a0}: {sites} pour {service}", "Suggestion: {sites} for {service}";
        ProvenBest => "Le meilleur choix possible (prouvé).", "The best possible choice (proven).";
        AtMost => "Au plus {gap} du meilleur choix possible (borne prouvée).", "At most {gap} from the best possible choice (proven bound).";
        UnderHundredth => "moins de 0,01\u{a0}%", "less than 0.01%";
        Figure => "Chiffre", "Figure";
        Today => "Aujourd'hui", "Today";
        Proposed => "Proposé", "Suggested";
        MeanTime => "Temps moyen", "Mean time";
        WithinReach => "À {minutes} min ou moins", "{minutes} min or less away";
        WorstZone => "Zone la plus loin", "Furthest zone";
        Apply => "Appliquer comme scénario", "Apply as a scenario";
        ApplyHelp => "Les équipes du service vont sur ces sites, les agents partagés selon la demande de chacun\u{a0}; les sites quittés restent ouverts. Une ligne au journal du scénario «\u{a0}{scenario}\u{a0}», qu'Annuler reprend.",
            "The service's teams go to these sites, agents shared by the demand each serves; sites left stay open. One line in the journal of scenario “{scenario}”, which Undo takes back.";
        Applied => "Appliquée au scénario «\u{a0}{scenario}\u{a0}»\u{a0}: le tableau de bord et l'impact du changement en montrent le coût ({moved} changent de site depuis le départ). Annuler la reprend.",
            "Applied to scenario “{scenario}”: the dashboard and the change impact show its cost ({moved} changing site since the start). Undo takes it back.";
        Stale => "Le scénario a changé depuis ce calcul\u{a0}: la proposition ne s'y applique plus.", "The scenario changed since this was computed: the suggestion no longer applies to it.";
        Recompute => "Recalculer", "Compute again";
        MapShows => "La carte montre", "The map shows";
        ShowProposed => "la proposition", "the suggestion";
        ShowToday => "aujourd'hui", "today";
        ChosenSites => "Sites proposés ({count})", "Suggested sites ({count})";
        New => "nouveau", "new";
        Kept => "gardé", "kept";
        SiteLoad => "{residents} habitants · {agents} pour {places}", "{residents} residents · {agents} for {places}";
        Places => "{n} places", "{n} places";
        OnePlace => "1 place", "1 place";
        NoPlace => "aucune place", "no place";
        Short => "il manque {n} places", "{n} places short";
        ShortOne => "il manque 1 place", "1 place short";
        OverCapacity => "Au-delà de sa capacité, il manquerait des places\u{a0}: {sites}.", "Over capacity, places would be short: {sites}.";
        LeftSites => "Sites quittés, qui restent ouverts ({count})", "Sites left, which stay open ({count})";
        Changes => "Qui gagne, qui perd", "Who gains, who loses";
        ChangesCaption => "Habitants dont le site est plus près ou plus loin, par commune", "Residents whose site is nearer or further, by commune";
        Nearer => "Plus près", "Nearer";
        Further => "Plus loin", "Further";
        NoChange => "Personne ne change de site le plus proche.", "Nobody's nearest site changes.";
        MoreSites => "Les {count} autres sites proposés", "The {count} other suggested sites";
        MoreCommunes => "{count} autres communes", "{count} other communes";
        Total => "Total", "Total";
        MarkerChosen => "proposé · {agents} ag.", "suggested · {agents} ag.";
        NameChosen => "proposé\u{a0}: {residents} habitants, {agents}", "suggested: {residents} residents, {agents}";
        NameLeft => "site d'aujourd'hui, non retenu", "today's site, not kept";
        NameLocked => "imposé", "locked";
        LegendChosen => "site proposé", "suggested site";
        LegendLocked => "site imposé", "locked site";
        LegendShows => "Temps avec les sites proposés\u{a0}: {service}", "Time with the suggested sites: {service}";
        MapDescription => "Les communes (limites réelles) et leurs zones modélisées, teintées selon le temps de trajet jusqu'au site proposé le plus proche pour le service «\u{a0}{service}\u{a0}». Le panneau Suggérer donne les chiffres avant et après.",
            "The communes (real boundaries) and their modelled zones, shaded by travel time to the nearest suggested site of the service “{service}”. The Suggest panel gives the figures before and after.";
    }
}
