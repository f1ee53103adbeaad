//! Every string of the dashboard, French first and English second; the "how it is computed"
//! texts restate MODEL.md and cite the norms of DOMAIN.md.

use crate::texts;

texts! {
    /// Texts of the dashboard.
    pub enum DashText {
        Legend => "Sous chaque chiffre qui a changé, son évolution depuis le territoire de départ\u{a0}: ▲ hausse, ▼ baisse, et «\u{a0}mieux\u{a0}» ou «\u{a0}pire\u{a0}» selon le sens de l'indicateur\u{a0}; un chiffre seul n'a pas changé.",
            "Under each figure that changed, its change since the starting territory: ▲ up, ▼ down, and “better” or “worse” depending on which way the figure improves; a figure alone has not changed.";
        ChangesTitle => "Ce qui a changé depuis le départ", "What changed since the start";
        ChangesCaption => "Chiffres modifiés, le plus grand changement d'abord", "Figures that changed, largest change first";
        NothingChanged => "Rien n'a changé depuis le départ\u{a0}: les chiffres ci-dessous sont ceux du territoire de départ.", "Nothing has changed since the start: the figures below are the starting territory's.";
        NoFigureChanged => "Les modifications en cours ne changent aucun chiffre affiché.", "The changes in force change no figure shown.";
        MoreChanges => "autres chiffres modifiés", "more figures changed";
        AtStartColumn => "Au départ", "At start";
        Now => "Maintenant", "Now";
        Change => "Évolution", "Change";
        TeamWord => "équipe", "team";
        Site => "Site", "Site";
        Capacity => "Capacité (places)", "Capacity (places)";
        SitesCount => "Sites qui accueillent plus d'agents que leur capacité", "Sites holding more agents than their capacity";
        SitesCaption => "Sites au-delà de leur capacité", "Sites over capacity";
        NoSiteOver => "Aucun site n'accueille plus d'agents que sa capacité.", "No site holds more agents than its capacity.";
        HowComputed => "Comment c'est calculé", "How it is computed";
        NoValue => "sans objet", "not applicable";
        Service => "Service", "Service";
        Team => "Équipe", "Team";
        Teams => "équipes", "teams";
        Agents => "Agents", "Agents";
        Commune => "Commune", "Commune";
        Residents => "habitants", "residents";
        Figure => "Indicateur", "Figure";
        Value => "Valeur et évolution", "Value and change";

        WorkloadTitle => "Charge de travail", "Workload";
        WorkloadCaption => "Charge par service (demande ÷ capacité, par mois)", "Load per service (demand ÷ capacity, per month)";
        UsualAbsence => "Absence habituelle comptée", "Usual absence counted";
        UsualAbsenceOfTerritory => "des agents, taux du territoire", "of the agents, the territory's rate";
        UsualAbsenceOwn => "taux propre\u{a0}:", "own rate:";
        OverloadedCount => "Équipes dont la charge avec l'absence habituelle dépasse 100\u{202F}%", "Teams whose load with usual absence is above 100%";
        OverloadedCaption => "Équipes en surcharge, la plus chargée d'abord", "Overloaded teams, most loaded first";
        NoOverloaded => "Aucune équipe n'est en surcharge.", "No team is overloaded.";
        MoreOverloaded => "autres équipes en surcharge", "more overloaded teams";
        TeamLoadTitle => "Charge par équipe", "Load per team";
        TeamLoadCaption => "Charge par équipe", "Load per team";
        NewTeam => "nouvelle équipe", "new team";
        HowWorkload => "Chaque zone d'habitation envoie sa demande mensuelle (population × demande pour 1\u{202F}000 habitants ÷ 1\u{202F}000) au site le plus proche qui accueille une équipe du service\u{a0}; sur ce site, elle se partage entre les équipes du service au prorata de leurs agents. Capacité = agents × unités traitées par agent et par mois. Charge = demande ÷ capacité, tous les agents présents. Charge avec l'absence habituelle = demande ÷ (capacité × (1 − absence habituelle))\u{a0}: la charge des agents présents un mois ordinaire\u{a0}; au-delà de 100\u{202F}%, l'équipe reçoit plus de travail qu'elle ne peut en traiter, et elle compte parmi les équipes en surcharge. La charge d'un service rapporte la somme des demandes de ses équipes à la somme de leurs capacités. L'absence habituelle est celle du territoire (8\u{202F}% par défaut, nette des remplacements), ou celle d'un service qui a la sienne\u{a0}; la simulation mois par mois part du même taux. D'où vient 8\u{202F}%\u{a0}: dans la fonction publique territoriale, l'absence pour raison de santé représentait 9,7\u{202F}% des jours travaillés en 2022 (maladie ordinaire environ 5,4\u{202F}%, longue maladie 2,7\u{202F}%, accidents 1,5\u{202F}%\u{a0}; Relyens, ex-Sofaxis, Panorama 2023), dont une part est remplacée.",
            "Each residential zone sends its monthly demand (population × demand per 1,000 residents ÷ 1,000) to the nearest site hosting a team of the service; at that site it is shared among the service's teams in proportion to their agents. Capacity = agents × units handled per agent per month. Load = demand ÷ capacity, with every agent present. Load with usual absence = demand ÷ (capacity × (1 − usual absence)): the load of the agents present in an ordinary month; above 100%, a team receives more work than it can handle, and it counts among the overloaded teams. A service's load is the sum of its teams' demand over the sum of their capacity. The usual absence is the territory's (8% by default, net of replacements), or a service's own where it has one; the month-by-month simulation starts from the same rate. Where 8% comes from: in the French territorial civil service, absence for health reasons was 9.7% of working days in 2022 (ordinary sickness about 5.4%, long illness 2.7%, accidents 1.5%; Relyens, formerly Sofaxis, Panorama 2023), part of it replaced.";

        ProximityTitle => "Proximité des habitants", "Proximity to residents";
        ProximityCaption => "Trajet des habitants jusqu'au site le plus proche, par service", "Residents' travel to the nearest site, per service";
        Reach => "portée", "reach";
        CommunesTitle => "Proximité par commune", "Proximity per commune";
        CommunesCaption => "Proximité par commune", "Proximity per commune";
        HowProximity => "Temps de trajet estimé\u{a0}: distance à vol d'oiseau × 1,3 pour les détours, à 25\u{a0}km/h (un temps mesuré fourni le remplace). Chaque zone va au site le plus proche du service. Temps moyen\u{a0}: moyenne pondérée par la population. Habitants à portée\u{a0}: part des habitants à moins de la portée du service (le temps d'accès accepté, 15 à 30\u{a0}min ici\u{a0}; pour repère, France Services promet un point d'accueil à moins de 30\u{a0}minutes, Cour des comptes 2024). Zone la plus éloignée\u{a0}: la zone habitée au plus long trajet. Accès (méthode 2SFCA, Luo et Wang 2003)\u{a0}: pour chaque site, agents du service ÷ habitants à portée du site\u{a0}; pour chaque zone, somme de ces rapports sur les sites à sa portée, × 1\u{202F}000. Le tableau donne l'accès de la zone la moins bien servie\u{a0}; 0 veut dire qu'aucun site n'est à sa portée. Par commune\u{a0}: les mêmes calculs sur les seules zones de la commune.",
            "Estimated travel time: straight-line distance × 1.3 for detours, at 25 km/h (a measured time, when given, replaces it). Each zone goes to the service's nearest site. Mean time: population-weighted mean. Residents within reach: share of residents closer than the service's reach (the travel time residents accept, 15 to 30 min here; for reference, France Services promises a service point within 30 minutes, Cour des comptes 2024). Furthest zone: the inhabited zone with the longest trip. Access (2SFCA method, Luo and Wang 2003): for each site, the service's agents ÷ the residents within its reach; for each zone, the sum of those ratios over the sites within its reach, × 1,000. The table gives the access of the least served zone; 0 means no site is within its reach. Per commune: the same computations over the commune's zones only.";

        ManagementTitle => "Charge managériale", "Management load";
        ManagementCaption => "Lignes managériales", "Management lines";
        NormRange => "norme", "norm";
        To => "à", "to";
        OutsideCaption => "Postes hors norme", "Posts outside the norm";
        OutsideList => "Liste des postes hors norme", "List of posts outside the norm";
        Post => "Poste", "Post";
        Span => "Span", "Span";
        Standing => "Position", "Standing";
        BelowNorm => "en dessous de la norme", "below the norm";
        AboveNorm => "au-dessus de la norme", "above the norm";
        HowManagement => "Span\u{a0}: nombre de rattachements directs d'un poste (postes qui lui sont rattachés + agents des équipes qu'il encadre). Span maximal\u{a0}: le plus grand\u{a0}; span moyen\u{a0}: la moyenne sur les postes qui ont au moins un rattachement. Niveaux\u{a0}: le poste de tête est au niveau 1, chaque rattachement ajoute un niveau, les agents sont un niveau sous leur encadrant. Postes hors norme\u{a0}: span en dessous du minimum ou au-dessus du maximum de la norme réglée dans l'organigramme (par défaut 5 à 12, entre les profils «\u{a0}coach\u{a0}» et «\u{a0}facilitateur\u{a0}» de McKinsey, 2017).",
            "Span: the direct reports of a post (posts reporting to it + agents of the teams it leads). Largest span: the greatest; mean span: the mean over the posts with at least one report. Layers: the top post is layer 1, each reporting step adds one, agents are one layer below their manager. Posts outside the norm: span below the minimum or above the maximum of the norm set in the org chart (5 to 12 by default, between McKinsey's “coach” and “facilitator” archetypes, 2017).";

        ImpactTitle => "Impact du changement", "Change impact";
        ImpactCaption => "Agents touchés par les modifications", "Agents affected by the changes";
        AgentsNew => "Agents en plus (recrutements)", "Agents added (hires)";
        AgentsGone => "Agents en moins (départs)", "Agents removed (departures)";
        HowImpact => "Agents changeant de site\u{a0}: agents dont l'équipe travaille depuis un autre site qu'au départ (dans une fusion, ceux qui changent de site). Agents changeant d'encadrant\u{a0}: agents dont l'équipe a un autre encadrant qu'au départ. Une scission suit les agents jusqu'à leur nouvelle équipe. Les agents recrutés ou partis (changement d'effectif) sont comptés à part.",
            "Agents moving site: agents whose team works from another site than at the start (in a merge, those who change site). Agents with a new manager: agents whose team has another manager than at the start. A split follows the agents into their new team. Agents hired or gone (a headcount change) are counted apart.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::{Lang, Text};

    #[test]
    fn every_dashboard_text_exists_in_both_languages() {
        for key in DashText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty(), "{key:?} has no French");
            assert!(!key.in_lang(Lang::En).is_empty(), "{key:?} has no English");
        }
    }
}
