//! Texts of the Exercises tab, French and English side by side.

use crate::texts;

texts! {
    /// Texts of the Exercises tab.
    pub enum TrainText {
        Tab => "Exercices", "Exercises";
        Title => "Exercices guidés", "Guided exercises";
        Intro => "Choisissez un exercice : son territoire de départ devient un nouveau scénario, et ses objectifs sont évalués à chaque changement que vous faites dans les autres onglets.",
            "Choose an exercise: its starting territory becomes a new scenario, and its objectives are assessed at every change you make in the other tabs.";
        BuiltinTitle => "Exercices fournis", "Exercises provided";
        Start => "Commencer", "Start";
        FileLabel => "Charger un fichier d'exercice (JSON)", "Load an exercise file (JSON)";
        FileHelp => "Le format est décrit dans docs/exercises.md ; un fichier refusé ne change rien.",
            "The format is described in docs/exercises.md; a refused file changes nothing.";
        Refused => "Fichier d'exercice refusé : ", "Exercise file refused: ";
        Briefing => "Consigne", "Briefing";
        OtherExercise => "Choisir un autre exercice", "Choose another exercise";
        Objectives => "Objectifs", "Objectives";
        ScoreRule => "Le score part de 0 et monte avec chaque objectif atteint. Les contraintes, déjà tenues au départ, ne rapportent rien, mais chacune rompue retire son poids.",
            "The score starts at 0 and rises with each goal reached. The constraints, already held at the start, earn nothing, but each one broken takes its weight off.";
        Goals => "À atteindre", "To reach";
        Constraints => "À maintenir", "Keep";
        Met => "Atteint", "Met";
        NotMet => "Non atteint", "Not met";
        Kept => "Maintenu", "Kept";
        Broken => "Rompu", "Broken";
        Value => "valeur", "value";
        AtMost => "au plus", "at most";
        AtLeast => "au moins", "at least";
        Score => "Score", "Score";
        GoalMet => "objectif atteint", "goal reached";
        GoalsMet => "objectifs atteints", "goals reached";
        ConstraintKept => "contrainte maintenue", "constraint kept";
        ConstraintsKept => "contraintes maintenues", "constraints kept";
        ConstraintBroken => "contrainte rompue", "constraint broken";
        ConstraintsBroken => "contraintes rompues", "constraints broken";
        Of => "sur", "of";
        Penalty => "points retirés pour les perturbations (agents déplacés, nouveaux encadrants)",
            "points off for disruption (agents moved, new managers)";
        AllMet => "Exercice réussi\u{a0}: tous les objectifs sont atteints et toutes les contraintes maintenues.",
            "Exercise complete: every goal reached and every constraint kept.";
        Hints => "Indices", "Hints";
        ShowHint => "Afficher un indice", "Show a hint";
        NoMoreHints => "Tous les indices sont affichés.", "Every hint is shown.";
        OffExercise => "Le scénario affiché n'est pas celui de l'exercice : les objectifs ne peuvent pas être évalués.",
            "The scenario shown is not the exercise's: the objectives cannot be assessed.";
        BackToExercise => "Revenir au scénario de l'exercice", "Back to the exercise's scenario";
        Finish => "Terminer et voir le débrief", "Finish and see the debrief";
        DebriefTitle => "Débrief", "Debrief";
        Resume => "Reprendre l'exercice", "Resume the exercise";
        Comparison => "Votre solution et la solution de référence", "Your solution and the reference solution";
        Criterion => "Critère", "Criterion";
        ConstraintTag => "à maintenir", "keep";
        Yours => "Votre solution", "Your solution";
        Reference => "Solution de référence", "Reference solution";
        AgentsMoved => "Agents déplacés", "Agents moved";
        NewManagers => "Agents changeant d'encadrant", "Agents with a new manager";
        Operations => "Opérations", "Operations";
        Journals => "Les deux journaux", "Both journals";
        YourJournal => "Votre journal", "Your journal";
        ReferenceJournal => "Journal de la solution de référence", "Journal of the reference solution";
        EmptyJournal => "Aucune opération.", "No operation.";
        TradeOffs => "Les arbitrages", "The trade-offs";
    }
}
