//! Every string of the scenarios panel and of the comparison, French first and English second.

use crate::texts;

texts! {
    /// Texts of the scenarios panel, the comparison and the messages about keeping work.
    pub enum ScenText {
        Tab => "Scénarios", "Scenarios";
        Title => "Scénarios de ce territoire", "Scenarios of this territory";
        Intro => "Chaque scénario part du territoire de départ et garde ses propres modifications. Le scénario actif est celui que montrent la carte, le tableau de bord et les autres vues. Tout est enregistré dans ce navigateur à chaque changement.",
            "Each scenario starts from the starting territory and keeps its own changes. The active scenario is the one the map, the dashboard and the other views show. Everything is saved in this browser at every change.";
        ListLabel => "Scénarios", "Scenarios";
        Active => "actif", "active";
        OneChange => "modification", "change";
        Changes => "modifications", "changes";
        New => "Nouveau scénario (depuis le départ)", "New scenario (from the start)";
        Show => "Afficher", "Show";
        ShowHint => "Afficher ce scénario dans toutes les vues", "Show this scenario in every view";
        Copy => "Copier", "Copy";
        Rename => "Renommer", "Rename";
        NewName => "Nouveau nom", "New name";
        Save => "Enregistrer le nom", "Save the name";
        Cancel => "Abandonner", "Cancel";
        EmptyName => "Le nom ne peut pas être vide.", "The name cannot be empty.";
        Delete => "Supprimer", "Delete";
        DeleteLast => "Le dernier scénario ne peut pas être supprimé.", "The last scenario cannot be deleted.";
        Compare => "Comparer", "Compare";
        CompareFull => "Déjà quatre scénarios comparés : décochez-en un d'abord.", "Four scenarios are already compared: untick one first.";
        TrashTitle => "Scénarios supprimés", "Deleted scenarios";
        TrashIntro => "Un scénario supprimé reste ici et peut être rétabli.", "A deleted scenario stays here and can be restored.";
        Restore => "Rétablir", "Restore";
        OpenComparison => "Comparer les scénarios", "Compare the scenarios";
        BackToWorkshop => "Retour à l'atelier", "Back to the workshop";

        CompareTitle => "Comparaison des scénarios", "Comparison of the scenarios";
        CompareIntro => "Le territoire de départ et jusqu'à quatre scénarios, côte à côte. Sous chaque valeur, l'écart au départ ; « ★ meilleur » marque la meilleure valeur de la ligne quand l'indicateur a un sens (plus bas ou plus haut = mieux).",
            "The starting territory and up to four scenarios, side by side. Under each value, the difference from the start; “★ best” marks the best value of the row where the figure has a direction (lower or higher is better).";
        ChooseCompared => "Scénarios comparés (quatre au plus)", "Scenarios compared (four at most)";
        Base => "Départ", "Start";
        BaseLong => "Territoire de départ", "Starting territory";
        Figure => "Indicateur", "Figure";
        Best => "★ meilleur", "★ best";
        LowerBetter => "plus bas = mieux", "lower is better";
        HigherBetter => "plus haut = mieux", "higher is better";
        TableCaption => "Indicateurs du tableau de bord, par scénario", "Dashboard figures, per scenario";
        Workload => "Charge de travail", "Workload";
        Proximity => "Proximité des habitants", "Proximity to residents";
        Management => "Charge managériale", "Management load";
        Impact => "Impact du changement", "Change impact";
        ChartsTitle => "Les chiffres clés, tous services compris", "The key figures, every service included";
        DifferencesTitle => "Les indicateurs qui diffèrent du départ", "The figures that differ from the start";
        EveryTitle => "Tous les indicateurs", "Every figure";
        ShowEvery => "Afficher tous les indicateurs", "Show every figure";
        ShowDifferences => "N'afficher que les différences", "Show the differences only";
        NoDifference => "Aucun indicateur ne diffère du départ.", "No figure differs from the start.";
        JournalsTitle => "Les modifications de chaque scénario", "The changes of each scenario";
        NoChange => "Aucune modification : identique au départ.", "No change: the same as the start.";
        ExportCsv => "Exporter le tableau (CSV)", "Export the table (CSV)";
        Print => "Imprimer", "Print";
        NothingCompared => "Aucun scénario coché : cochez-en un dans la liste pour le comparer au départ.", "No scenario ticked: tick one in the list to compare it with the start.";
        Unit => "Unité", "Unit";
        Difference => "Écart", "Difference";
        BestColumn => "Meilleur", "Best";
        CsvFile => "maillage-comparaison.csv", "maillage-comparison.csv";

        KeepTitle => "Garder et partager", "Keep and share";
        ExportAll => "Exporter tous les scénarios (fichier)", "Export every scenario (file)";
        ImportAll => "Importer un fichier de scénarios", "Import a scenarios file";
        ImportAllHint => "Un fichier exporté par Maillage (.json). Ses scénarios s'ajoutent aux vôtres ; un fichier abîmé ou étranger est refusé sans rien changer.",
            "A file exported by Maillage (.json). Its scenarios are added to yours; a damaged or foreign file is refused and nothing changes.";
        SavedFile => "maillage-scenarios.json", "maillage-scenarios.json";
        ShareTitle => "Lien de partage du scénario actif", "Share link of the active scenario";
        ShareHint => "Le scénario est écrit dans le lien lui-même (après #) : rien n'est envoyé à un serveur. La personne qui l'ouvre le reçoit comme une copie, sans toucher à ses propres scénarios.",
            "The scenario is written in the link itself (after #): nothing is sent to a server. Whoever opens it gets it as a copy, without touching their own scenarios.";
        MakeLink => "Créer le lien", "Make the link";
        LinkLabel => "Lien à copier", "Link to copy";
        CopyLink => "Copier le lien", "Copy the link";
        LinkCopied => "Lien copié.", "Link copied.";
        LongLink => "Ce lien est long (il contient tout le territoire importé) : certains outils de messagerie peuvent le couper ; exportez plutôt un fichier.",
            "This link is long (it holds the whole imported territory): some mail tools may cut it; export a file instead.";

        TerritoryTitle => "Votre propre territoire", "Your own territory";
        TerritoryIntro => "Importez les fichiers CSV décrits dans MODEL.md : zones.csv, sites.csv, services.csv, managers.csv, teams.csv et, si vous les avez, travel_times.csv et territory.csv (l'absence habituelle de vos agents, sinon 8\u{202F}%). Rien ne change tant que l'import n'a pas réussi ; le territoire importé devient un nouveau point de départ, à côté des autres.",
            "Import the CSV files described in MODEL.md: zones.csv, sites.csv, services.csv, managers.csv, teams.csv and, if you have them, travel_times.csv and territory.csv (your agents' usual absence, 8% otherwise). Nothing changes until the import succeeds; the imported territory becomes a new starting point, beside the others.";
        TerritoryName => "Nom du territoire", "Name of the territory";
        ChooseFiles => "Choisir les fichiers CSV", "Choose the CSV files";
        DropZone => "…ou déposez les fichiers ici", "…or drop the files here";
        FilesRead => "Fichiers lus :", "Files read:";
        ExportCsvFiles => "Exporter ce territoire en CSV (un fichier par table)", "Export this territory as CSV (one file per table)";
        ImportedTerritoryDefault => "Mon territoire", "My territory";

        Created => "Scénario créé :", "Scenario created:";
        Copied => "Copie créée :", "Copy created:";
        CopiedFrom => "d'après", "from";
        Deleted => "Scénario supprimé :", "Scenario deleted:";
        Restored => "Scénario rétabli :", "Scenario restored:";
        ImportedScenarios => "Scénarios importés :", "Scenarios imported:";
        ImportedTerritory => "Territoire importé, nouveau point de départ :", "Territory imported, a new starting point:";
        Warning => "Attention :", "Warning:";
        LinkOpened => "Scénario reçu par lien, ajouté comme copie à vos scénarios (les vôtres n'ont pas changé) :",
            "Scenario received by link, added as a copy beside yours (yours did not change):";
        Dismiss => "Fermer ce message", "Close this message";
        StorageFull => "Ce navigateur n'a plus de place pour enregistrer vos scénarios : la dernière modification n'est pas enregistrée.",
            "This browser has no room left to save your scenarios: the last change is not saved.";
        StorageUnavailable => "Ce navigateur refuse l'enregistrement (navigation privée ou réglage) : vos modifications ne sont pas enregistrées.",
            "This browser refuses to save (private browsing or a setting): your changes are not saved.";
        StorageOther => "L'enregistrement dans ce navigateur a échoué :", "Saving in this browser failed:";
        StorageKeep => "Votre travail reste dans cette page tant qu'elle est ouverte : exportez vos scénarios dans un fichier pour ne pas le perdre.",
            "Your work stays in this page while it is open: export your scenarios to a file so as not to lose it.";
        SavedWorkRefused => "Les scénarios enregistrés dans ce navigateur n'ont pas pu être relus ; ils sont mis de côté (clé maillage-scenarios-illisible), pas effacés.",
            "The scenarios saved in this browser could not be read back; they are set aside (key maillage-scenarios-illisible), not erased.";
        TerritoryRefused => "Import refusé, rien n'a changé :", "Import refused, nothing changed:";
    }
}
