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
        GroupsHelp => "Chaque groupe exporte ses scénarios (onglet Scénarios, « Exporter tous les scénarios ») ; choisissez ou déposez ici leurs fichiers : le scénario actif de chacun est ajouté sous le nom du groupe.",
            "Each group exports its scenarios (Scenarios tab, “Export every scenario”); choose or drop their files here: each file's active scenario is added under the group's name.";
        GroupLabel => "Nom de votre groupe (atelier)", "Your group's name (workshop)";
        GroupPlaceholder => "Groupe bleu", "Blue group";
        GroupHint => "Donné une fois, il est gardé avec votre travail et nomme le fichier que vous remettez à l'animateur.",
            "Given once, it is kept with your work and names the file you hand to the facilitator.";
        GroupSave => "Nommer le groupe", "Name the group";
        GroupIs => "Votre groupe :", "Your group:";
        GroupRename => "Changer le nom", "Change the name";
        GroupFile => "Fichier exporté :", "Exported file:";
        GroupsPick => "Choisir les fichiers des groupes (JSON)", "Choose the groups' files (JSON)";
        GroupsDrop => "ou déposez-les ici", "or drop them here";
        GroupsCollected => "Scénarios de groupes collectés :", "Groups' scenarios collected:";
        GroupFileRefused => "Fichier refusé, rien n'en a été repris :", "File refused, nothing was taken from it:";
        RankingTitle => "Classement", "Ranking";
        RankingHelp => "Chaque scénario qui change quelque chose reçoit sa place sur chaque critère coché (1 = le meilleur ; des valeurs affichées égales partagent la place). Le poids (× 0 à × 3) dit combien une place compte : × 0 montre le critère sans le compter.",
            "Each scenario that changes something gets its place on every ticked criterion (1 = best; values shown alike share the place). The weight (× 0 to × 3) says how much a place counts: × 0 shows the criterion without counting it.";
        WeightOf => "Poids du critère", "Weight of";
        TotalIs => "Total =", "Total =";
        TotalEnd => "\u{202F}; le plus petit total est classé premier. Le départ et les scénarios sans changement sont des repères, non classés.",
            "; the smallest total ranks first. The start and the scenarios without a change are references, not ranked.";
        TotalNothing => "Tous les poids sont à 0 : chaque scénario est premier.", "Every weight is 0: every scenario is first.";
        References => "Repères (non classés)", "References (not ranked)";
        Unchanged => "(aucun changement)", "(no change)";
        Criteria => "Critères du classement", "Ranking criteria";
        Included => "Scénarios classés", "Scenarios ranked";
        NothingToRank => "Aucun scénario de ce territoire ne change encore quoi que ce soit : rien à classer.",
            "No scenario on this territory changes anything yet: nothing to rank.";
        NoCriterion => "Cochez au moins un critère.", "Tick at least one criterion.";
        Place => "Rang", "Place";
        Scenario => "Scénario", "Scenario";
        Points => "Total", "Total";
        PlaceOn => "place", "place";
        RankingCaption => "Classement des scénarios (le départ et les scénarios sans changement sont des repères, non classés)",
            "Ranking of the scenarios (the start and the scenarios without a change are references, not ranked)";
        Start => "Départ (repère)", "Start (reference)";
        Tie => "ex æquo", "tied";
        PerService => "Critères par service", "Criteria per service";
        Planning => "Programmer dans la chronologie plutôt que déclencher maintenant", "Schedule on the timeline rather than start now";
        PlanTime => "Heure prévue", "Planned time";
        PlanText => "Annonce à la salle", "Announcement to the room";
        PlanTextExample => "le dépôt de Chassieu est inondé", "the Chassieu depot is flooded";
        ScheduleSubmit => "Programmer cet événement", "Schedule this event";
        TimelineTitle => "Chronologie de la séance", "Session timeline";
        TimelineHelp => "Les événements programmés, à déclencher un par un au moment venu : chacun s'applique au scénario actif comme s'il venait des formulaires ci-dessous (journal, Annuler).",
            "The scheduled events, to start one by one when the time comes: each applies to the active scenario as if it came from the forms below (journal, Undo).";
        TimelineEmpty => "Aucun événement programmé : cochez « Programmer dans la chronologie » ci-dessous.",
            "No event scheduled: tick “Schedule on the timeline” below.";
        Fire => "Déclencher", "Start";
        Fired => "déclenché", "started";
        Unschedule => "Retirer", "Remove";
        TimerTitle => "Minuteur du tour", "Round timer";
        TimerHelp => "Visible en grand dans la vue de présentation. À la fin, il change de couleur sans bruit.",
            "Shown large in the presentation view. At the end it changes colour, without a sound.";
        TimerMinutes => "Durée du tour (min)", "Round length (min)";
        TimerStart => "Démarrer", "Start";
        TimerResume => "Reprendre", "Resume";
        TimerPause => "Pause", "Pause";
        TimerAddMinute => "+1 min", "+1 min";
        TimerLabel => "Temps restant", "Time left";
        TimerEnded => "Temps écoulé : le tour est terminé.", "Time is up: the round is over.";
        BoardTitle => "Tableau des groupes", "Board of the groups";
        BoardHelp => "Une page à projeter : chaque groupe côte à côte (quatre au plus), la carte du service que son scénario change le plus et quatre chiffres clés ; les résultats restent cachés jusqu'à ce que vous les révéliez.",
            "A page to project: every group side by side (four at most), the map of the service its scenario changes most and four key figures; the results stay hidden until you reveal them.";
        BoardOpen => "Ouvrir le tableau des groupes", "Open the board of the groups";
        BoardReveal => "Révéler les résultats", "Reveal the results";
        BoardBack => "Retour à l'atelier", "Back to the workshop";
        BoardHidden => "Les résultats sont prêts : ils apparaîtront pour tous au même moment.",
            "The results are ready: they will appear for everyone at the same moment.";
        BoardEmpty => "Aucun scénario de ce territoire ne change encore quoi que ce soit : collectez les fichiers des groupes.",
            "No scenario on this territory changes anything yet: collect the groups' files.";
        CompareRanked => "Voir ces scénarios côte à côte", "See these scenarios side by side";
        CompareFirstFour => "(la comparaison montre les quatre premiers du classement)", "(the comparison shows the first four of the ranking)";
    }
}
