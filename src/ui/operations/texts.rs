//! Every string of the operation forms, French first and English second.

use crate::texts;

texts! {
    /// Texts of the operations tab.
    pub enum OpsText {
        Title => "Opérations sur les équipes", "Team operations";
        Intro => "Les changements qui ne se font ni sur la carte ni dans l'organigramme. Chaque opération s'ajoute au journal et peut être annulée (Ctrl+Z).",
            "Changes not made on the map or in the org chart. Each operation is added to the journal and can be undone (Ctrl+Z).";
        Agents => "agents", "agents";
        Service => "Service", "Service";
        WholeNumber => "Indiquez un nombre entier d'agents (par exemple 12).", "Give a whole number of agents (for example 12).";

        MergeTitle => "Fusionner deux équipes", "Merge two teams";
        MergeHelp => "Même service\u{a0}: les agents rejoignent l'équipe qui reste. Services différents\u{a0}: les deux équipes forment une équipe pluri-métiers, sur le site et sous l'encadrant de l'équipe qui reste.",
            "Same service: the agents join the team that stays. Different services: the two teams form one multi-trade team, at the site and under the manager of the team that stays.";
        MergeKeep => "Équipe qui reste", "Team that stays";
        MergeAbsorb => "Équipe qui la rejoint", "Team that joins it";
        MergeSubmit => "Fusionner", "Merge";

        SplitTitle => "Scinder une équipe", "Split a team";
        SplitHelp => "Une partie des agents forme une nouvelle équipe du même service, sur le même site, avec le même encadrant.",
            "Some of the agents form a new team of the same service, at the same site, with the same manager.";
        SplitTeam => "Équipe à scinder", "Team to split";
        SplitName => "Nom de la nouvelle équipe", "Name of the new team";
        SplitNameHint => "Laissé vide\u{a0}: le nom de l'équipe d'origine suivi d'un numéro.", "Left empty: the original team's name followed by a number.";
        SplitAgents => "Agents de la nouvelle équipe", "Agents of the new team";
        SplitSubmit => "Scinder", "Split";

        HeadcountTitle => "Changer l'effectif d'une équipe", "Change a team's headcount";
        HeadcountHelp => "Recrutements ou départs\u{a0}: la seule opération qui change le nombre d'agents du territoire.",
            "Hiring or departures: the only operation that changes how many agents the territory has.";
        HeadcountTeam => "Équipe", "Team";
        HeadcountAgents => "Nouvel effectif (agents)", "New headcount (agents)";
        HeadcountSubmit => "Appliquer l'effectif", "Set headcount";

        MoveTitle => "Déplacer une équipe", "Move a team";
        MoveHelp => "La même chose qu'un glisser-déposer sur la carte, au clavier. Une équipe pluri-métiers se déplace en entier.",
            "The same as a drag and drop on the map, with the keyboard. A multi-trade team moves as a whole.";
        MoveTeam => "Équipe à déplacer", "Team to move";
        MoveSite => "Nouveau site", "New site";
        MoveSubmit => "Déplacer", "Move";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lang::Lang;
    use crate::ui::i18n::Text;

    #[test]
    fn every_operations_text_exists_in_both_languages() {
        for key in OpsText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty() && !key.in_lang(Lang::En).is_empty());
        }
    }
}
