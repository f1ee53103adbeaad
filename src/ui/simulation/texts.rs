//! Every string of the Simulation tab, French first and English second; the help texts restate
//! MODEL.md's month-by-month model and cite DOMAIN.md where a default needs a source.

use crate::texts;

texts! {
    /// Texts of the Simulation tab.
    pub enum SimText {
        Title => "Simulation mois par mois", "Month-by-month simulation";
        Intro => "Les équipes qui déménagent ou changent d'encadrant perdent en productivité quelques mois. La simulation rejoue les mois qui suivent de nombreuses fois, avec des absences et une demande tirées au hasard, et suit le travail en attente de chaque service, sans changement et avec le scénario.",
            "Teams that move or change manager lose productivity for a few months. The simulation replays the following months many times, with absence and demand drawn at random, and follows each service's work waiting (its backlog), with no change and with the scenario.";
        HowComputed => "Comment c'est calculé", "How it is computed";
        HowText => "Chaque mois de chaque tirage\u{a0}: chaque agent est présent avec la probabilité 1 − absence habituelle (loi binomiale), ou (1 − absence habituelle) × (1 − part absente pendant la vague) pendant une vague d'absences injectée (onglet Animation)\u{a0}; l'absence habituelle est le paramètre ci-dessous, qui part du taux du territoire (8\u{202F}% par défaut, nette des remplacements\u{a0}: dans la fonction publique territoriale, l'absence pour raison de santé représentait 9,7\u{202F}% des jours travaillés en 2022, Relyens, ex-Sofaxis, Panorama 2023, dont une part est remplacée), sauf pour un service qui a son propre taux\u{a0}; une équipe touchée (nouvelle, déménagée ou changeant d'encadrant) travaille à 1 − perte × max(0, 1 − (mois − mois du changement) ÷ retour) à partir du mois du changement\u{a0}; la capacité d'un service est la somme, sur ses équipes, de agents présents × unités par agent × productivité\u{a0}; sa demande suit une loi de Poisson de moyenne sa demande mensuelle (population × demande pour 1\u{202F}000 ÷ 1\u{202F}000, × le facteur d'une hausse de la demande s'il y en a une)\u{a0}; la file d'attente vaut max(0, file du mois précédent + demande − capacité), à partir de 0. Un service est dit stable quand sa file d'attente médiane reste sous 0,1\u{a0}mois de demande tout au long de la simulation. Les courbes donnent, mois par mois, la médiane des tirages et la bande où se trouvent 8 tirages sur 10 (du 10e au 90e centile, rang le plus proche). Modèle\u{a0}: MODEL.md, «\u{a0}Month-by-month simulation\u{a0}».",
            "In each month of each run: each agent is present with probability 1 − usual absence (binomial), or (1 − usual absence) × (1 − share away in the wave) during an injected absence wave (Facilitation tab); the usual absence is the parameter below, which starts from the territory's rate (8% by default, net of replacements: in the French territorial civil service, absence for health reasons was 9.7% of working days in 2022, Relyens, formerly Sofaxis, Panorama 2023, part of it replaced), except for a service with its own rate; a touched team (new, moved or with a new manager) works at 1 − dip × max(0, 1 − (month − change month) ÷ recovery) from the change month on; a service's capacity is the sum over its teams of present agents × units per agent × productivity; its demand follows a Poisson law whose mean is its monthly demand (population × demand per 1,000 ÷ 1,000, × the factor of a demand surge if there is one); its backlog is max(0, last month's backlog + demand − capacity), from 0. A service is called stable when its median backlog stays under 0.1 month of demand throughout. The curves give, month by month, the median of the runs and the band holding 8 runs out of 10 (10th to 90th percentile, nearest rank). Model: MODEL.md, “Month-by-month simulation”.";

        ScenarioChoice => "Scénario simulé", "Scenario simulated";
        ParamsTitle => "Paramètres", "Parameters";
        ParamsNote => "Un paramètre modifié relance la simulation (touche Entrée ou en quittant le champ).",
            "Changing a parameter restarts the simulation (Enter key, or on leaving the field).";
        Months => "Durée simulée (mois)", "Months simulated";
        MonthsHelp => "Nombre de mois suivis, de 1 à 120. Par défaut 24 (MODEL.md).",
            "How many months are followed, 1 to 120. Default 24 (MODEL.md).";
        Runs => "Nombre de tirages", "Number of runs";
        RunsHelp => "Chaque tirage rejoue tous les mois avec d'autres absences et une autre demande. Plus de tirages donnent des bandes plus sûres mais prennent plus de temps. De 1 à 10\u{202F}000, par défaut 500.",
            "Each run replays every month with other absences and another demand. More runs give steadier bands but take longer. 1 to 10,000, default 500.";
        Seed => "Graine du hasard", "Random seed";
        SeedHelp => "La même graine redonne exactement les mêmes chiffres, ici comme avec la commande «\u{a0}maillage simulate --seed\u{a0}». Changez-la pour voir une autre série de tirages. Par défaut 1.",
            "The same seed gives exactly the same figures, here as with the command “maillage simulate --seed”. Change it to see another series of runs. Default 1.";
        Absence => "Absence habituelle (0 à 1)", "Usual absence (0 to 1)";
        AbsenceHelp => "Part des agents absents un mois ordinaire, nette des remplacements (maladie, accidents, formation)\u{a0}: 0,08 veut dire 8\u{202F}%. Par défaut, le taux du territoire (0,08 s'il n'en fixe pas, comme MODEL.md), celui des tableaux de bord\u{a0}; un service qui a son propre taux le garde. Remplacez-le par l'absentéisme de vos équipes.",
            "Share of agents away in an ordinary month, net of replacements (sickness, accidents, training): 0.08 means 8%. By default the territory's rate (0.08 where it sets none, as in MODEL.md), the one the dashboard uses; a service with its own rate keeps it. Replace it with your teams' absence rate.";
        Dip => "Perte de productivité au changement (0 à 1)", "Productivity dip at the change (0 to 1)";
        DipHelp => "Part du travail qu'une équipe touchée perd le mois du changement. Une telle baisse est constatée par 13 des 15 études revues par Elrod et Tippett (2002), avec des ampleurs très variables (DOMAIN.md)\u{a0}: la valeur par défaut, 0,25, est une hypothèse à discuter.",
            "Share of its work a touched team loses in the change month. Such a dip is found by 13 of the 15 studies reviewed by Elrod and Tippett (2002), with very different depths (DOMAIN.md): the default, 0.25, is an assumption to discuss.";
        Recovery => "Retour à la normale (mois)", "Recovery (months)";
        RecoveryHelp => "Mois qu'il faut à une équipe touchée pour retrouver toute sa productivité, en remontant de façon régulière. Par défaut 6 (MODEL.md)\u{a0}; la durée réelle varie beaucoup d'une étude à l'autre.",
            "Months a touched team takes to recover its full productivity, climbing back steadily. Default 6 (MODEL.md); actual durations vary widely between studies.";
        ChangeMonth => "Mois du changement", "Change month";
        ChangeMonthHelp => "Mois où la réorganisation s'applique\u{a0}; avant, l'organisation de départ reste en place. Entre 1 et la durée simulée, par défaut 1.",
            "Month the reorganisation takes effect; before it, the starting organisation stays in place. Between 1 and the months simulated, default 1.";
        NotWhole => "saisissez un nombre entier positif", "enter a whole positive number";
        NotNumber => "saisissez un nombre (par exemple 0,08)", "enter a number (for example 0.08)";
        Apply => "Appliquer et relancer", "Apply and restart";
        Defaults => "Valeurs par défaut", "Default values";

        ProgressLabel => "Avancement de la simulation", "Simulation progress";
        RunsDone => "tirages effectués sur", "runs drawn of";
        Cancel => "Arrêter la simulation", "Stop the simulation";
        Restart => "Relancer la simulation", "Run the simulation again";
        Running => "Simulation en cours…", "Simulation running…";
        Finished => "Simulation terminée.", "Simulation finished.";
        Cancelled => "Simulation annulée.", "Simulation cancelled.";
        Failed => "La simulation n'a pas pu être faite\u{a0}:", "The simulation could not run:";
        Stale => "Les courbes ci-dessous viennent de la simulation précédente\u{a0}; elles seront remplacées à la fin de celle en cours.",
            "The curves below come from the previous simulation; they will be replaced when the one under way ends.";
        NoWorker => "Les Web Workers ne sont pas disponibles dans ce navigateur\u{a0}: la simulation ne peut pas tourner.",
            "Web Workers are not available in this browser: the simulation cannot run.";

        ResultsTitle => "Files d'attente par service", "Backlog per service";
        ResultsOf => "Scénario", "Scenario";
        ComputedWith => "Calculé avec", "Computed with";
        NoChange => "Le scénario ne change rien au territoire de départ\u{a0}: une seule courbe, sans changement. Faites des modifications (onglets Opérations, Organigramme, carte) pour voir leur effet.",
            "The scenario changes nothing in the starting territory: one curve only, with no change. Make changes (Operations, Org chart, map) to see their effect.";
        Base => "Sans changement", "No change";
        Scenario => "Avec les changements du scénario", "With the scenario's changes";
        Both => "Avec ou sans le scénario", "With or without the scenario";
        Median => "médiane", "median";
        Band => "8 tirages sur 10 (10e–90e centile)", "8 runs out of 10 (10th–90th percentile)";
        ChangeMarker => "changement", "change";
        ChangeLegend => "trait vertical mixte\u{a0}: le mois du changement", "dash-dot vertical line: the change month";
        Dashed => "tirets", "dashed";
        Solid => "trait plein", "solid";
        ChartOf => "File d'attente du service «\u{a0}{}\u{a0}» mois par mois", "Backlog of “{}” month by month";
        TableCaption => "Unités en attente à la fin de chaque mois", "Units waiting at the end of each month";
        MonthAxis => "Mois", "Month";
        BacklogAxis => "Unités en attente", "Units waiting";
        Table => "Tableau des valeurs", "Table of values";
        Month => "Mois", "Month";
        P10 => "10e centile", "10th pct.";
        P50 => "Médiane", "Median";
        P90 => "90e centile", "90th pct.";
        ExportBase => "Exporter le résultat sans changement (JSON)", "Export the no-change result (JSON)";
        ExportScenario => "Exporter le résultat du scénario (JSON)", "Export the scenario's result (JSON)";
        ExportNote => "Le fichier suit le format de «\u{a0}maillage simulate\u{a0}» (MODEL.md)\u{a0}: mêmes paramètres, mêmes chiffres.",
            "The file follows the format of “maillage simulate” (MODEL.md): same parameters, same figures.";
    }
}
