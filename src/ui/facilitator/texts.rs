//! Texts of the Facilitation tab, French and English side by side.

use crate::texts;

texts! {
    /// Texts of the Facilitation tab and of the presentation view.
    pub enum FacText {
        Tab => "Animation", "Facilitation";
        Title => "Animer une séance", "Running a session";
        Intro => "Pour l'animateur d'un atelier : projeter, injecter des événements, collecter et classer les scénarios des groupes.",
            "For a workshop's facilitator: project, inject events, collect and rank the groups' scenarios.";
        PresentationTitle => "Vue de présentation", "Presentation view";
        PresentationHelp => "Pour un vidéoprojecteur : grands caractères, contraste renforcé, commandes repliées. Échap pour en sortir.",
            "For a projector: large type, high contrast, controls tucked away. Escape to leave it.";
        PresentationOn => "Passer en vue de présentation", "Switch to the presentation view";
        PresentationOff => "Quitter la vue de présentation", "Leave the presentation view";
        Controls => "Commandes", "Controls";
        EventsTitle => "Injecter un événement", "Inject an event";
        EventsHelp => "Un événement s'applique au scénario actif : il change le territoire pour tout ce qui suit et s'inscrit au journal (Annuler le retire).",
            "An event applies to the active scenario: it changes the territory for everything that follows and is written in the journal (Undo removes it).";
        SiteTitle => "Un site devient indisponible", "A site becomes unavailable";
        SiteHelp => "Inondation, incendie, fin de bail : le site ferme et chacune de ses équipes va au site le plus proche où son service travaille déjà.",
            "Flood, fire, end of lease: the site closes and each of its teams goes to the nearest site where its service already works.";
        SiteLabel => "Site", "Site";
        SiteSubmit => "Rendre le site indisponible", "Make the site unavailable";
        SiteEmpty => "Ce site n'accueille aucune équipe : il ferme sans déplacer personne.",
            "This site hosts no team: it closes without moving anyone.";
        WaveTitle => "Vague d'absences", "Absence wave";
        WaveHelp => "En plus de l'absence habituelle, une part des agents est absente (épidémie, grève, départs non remplacés) : la capacité baisse d'autant. 0 % met fin à la vague.",
            "On top of the usual absence, a share of the agents is away (epidemic, strike, departures not replaced): capacity falls as much. 0 % ends the wave.";
        ServiceLabel => "Service", "Service";
        EveryService => "Tous les services", "Every service";
        WaveShare => "Agents absents pendant la vague (%)", "Agents away in the wave (%)";
        WaveSubmit => "Déclencher la vague d'absences", "Start the absence wave";
        SurgeTitle => "Hausse de la demande", "Demand surge";
        SurgeHelp => "La demande d'un service augmente dans une commune (ou partout) : +15 % multiplie la demande par 1,15. 0 % revient à la normale.",
            "Demand for a service rises in one commune (or everywhere): +15 % multiplies demand by 1.15. 0 % goes back to normal.";
        CommuneLabel => "Commune", "Commune";
        EveryCommune => "Toutes les communes", "Every commune";
        SurgeRate => "Hausse de la demande (%)", "Demand rise (%)";
        SurgeSubmit => "Déclencher la hausse", "Start the surge";
        PickSite => "— choisir un site —", "— choose a site —";
        PickService => "— choisir un service —", "— choose a service —";
        NoSite => "Choisissez le site qui devient indisponible.", "Choose the site that becomes unavailable.";
        NoService => "Choisissez le service dont la demande augmente.", "Choose the service whose demand rises.";
        NotANumber => "Saisissez un nombre, par exemple 15 ou 12,5.", "Type a number, for example 15 or 12.5.";
        GroupsTitle => "Scénarios des groupes", "The groups' scenarios";
        GroupsHelp => "Chaque groupe exporte ses scénarios (onglet Scénarios, « Exporter tous les scénarios ») ; choisissez ou déposez ici leurs fichiers : le scénario actif de chacun est ajouté sous le nom du fichier.",
            "Each group exports its scenarios (Scenarios tab, “Export every scenario”); choose or drop their files here: each file's active scenario is added under the file's name.";
        GroupsPick => "Choisir les fichiers des groupes (JSON)", "Choose the groups' files (JSON)";
        GroupsDrop => "ou déposez-les ici", "or drop them here";
        GroupsCollected => "Scénarios de groupes collectés :", "Groups' scenarios collected:";
        GroupFileRefused => "Fichier refusé, rien n'en a été repris :", "File refused, nothing was taken from it:";
        RankingTitle => "Classement", "Ranking";
        RankingHelp => "Chaque scénario reçoit sa place sur chaque critère coché (1 = le meilleur ; des valeurs affichées égales partagent la place) ; le classement suit la somme des places, la plus petite en tête.",
            "Each scenario gets its place on every ticked criterion (1 = best; values shown alike share the place); the ranking follows the sum of places, the smallest first.";
        Criteria => "Critères du classement", "Ranking criteria";
        Included => "Scénarios classés", "Scenarios ranked";
        NothingToRank => "Il faut au moins deux scénarios sur ce territoire pour les classer.",
            "At least two scenarios on this territory are needed to rank them.";
        NoCriterion => "Cochez au moins un critère.", "Tick at least one criterion.";
        Place => "Rang", "Place";
        Scenario => "Scénario", "Scenario";
        Points => "Total des places", "Sum of places";
        PlaceOn => "place", "place";
        RankingCaption => "Classement des scénarios (le départ est donné pour repère, il n'est pas classé)",
            "Ranking of the scenarios (the start is given for reference, it is not ranked)";
        Start => "Départ (repère)", "Start (reference)";
        Tie => "ex æquo", "tied";
        PerService => "Critères par service", "Criteria per service";
        CompareRanked => "Voir ces scénarios côte à côte", "See these scenarios side by side";
        CompareFirstFour => "(la comparaison montre les quatre premiers du classement)", "(the comparison shows the first four of the ranking)";
    }
}
