//! Every string of the org chart, in French and English side by side.

use crate::texts;

texts! {
    /// Texts of the org chart tab.
    pub enum OrgText {
        Title => "Organigramme", "Org chart";
        Intro => "Chaque poste montre ses encadrés directs (postes et agents), ses sites, ses métiers et son niveau. Entre parenthèses : l'écart avec le territoire de départ.",
            "Each post shows its direct reports (posts and agents), its sites, its trades and its level. In brackets: the change against the starting territory.";
        SummaryTitle => "Charge d'encadrement", "Management load";
        Layers => "Niveaux hiérarchiques", "Layers";
        MaxSpan => "Encadrés directs, maximum", "Largest span";
        MeanSpan => "Encadrés directs, moyenne", "Mean span";
        OutsideNorm => "Postes hors norme", "Posts outside the norm";
        NormTitle => "Norme d'encadrement", "Span norm";
        NormMin => "Minimum", "Minimum";
        NormMax => "Maximum", "Maximum";
        NormHint => "encadrés directs par poste ; par défaut 5 à 12", "direct reports per post; 5 to 12 by default";
        NormInverted => "le minimum doit être inférieur ou égal au maximum : norme inchangée",
            "the minimum must not exceed the maximum: norm unchanged";
        NormNotNumber => "saisissez un nombre entier positif : norme inchangée",
            "enter a whole number of 0 or more: norm unchanged";
        Span => "Encadrés directs", "Span";
        SpanHint => "postes rattachés directement + agents des équipes dirigées", "posts reporting directly + agents of the teams led";
        Sites => "Sites", "Sites";
        Trades => "Métiers", "Trades";
        Level => "Niveau", "Level";
        Unchanged => "=", "=";
        UnchangedHint => "inchangé depuis le départ", "unchanged since the start";
        ChangeHint => "écart avec le territoire de départ", "change against the starting territory";
        NewPost => "nouveau poste", "new post";
        Above => "au-dessus de la norme", "above the norm";
        Below => "sous la norme", "below the norm";
        Within => "dans la norme", "within the norm";
        ReportsTo => "rattaché·e à", "reports to";
        DirectionPair => "Binôme de direction", "Director and deputy";
        UnderPost => "Rattachés à", "Reporting to";
        Show => "Afficher", "Show";
        Hide => "Masquer", "Hide";
        Posts => "postes", "posts";
        OnePost => "poste", "post";
        Teams => "équipes", "teams";
        OneTeam => "équipe", "team";
        Agents => "agents", "agents";
        OneAgent => "agent", "agent";
        MultiTrade => "équipe pluri-métiers", "multi-trade team";
        TreeTitle => "Arbre hiérarchique", "Reporting tree";
        EditTitle => "Modifier l'organigramme", "Change the org chart";
        LastChange => "Dernière modification", "Last change";
        FormReportsTo => "Changer un rattachement", "Change whom a post reports to";
        FormTeamManager => "Changer l'encadrant d'une équipe", "Change a team's manager";
        FormMergeServices => "Regrouper deux services sous un chef", "Put two services under one head";
        FormAddPost => "Ajouter un poste", "Add a post";
        FormRemovePost => "Supprimer un poste", "Remove a post";
        FieldPost => "Poste", "Post";
        FieldNewBoss => "Nouveau rattachement", "Now reports to";
        FieldTeam => "Équipe", "Team";
        FieldManager => "Nouvel encadrant", "New manager";
        FieldServiceA => "Premier service", "First service";
        FieldServiceB => "Second service", "Second service";
        FieldHead => "Chef·fe qui dirige les deux", "Head who leads both";
        FieldName => "Intitulé du poste", "Post title";
        FieldRole => "Fonction", "Role";
        FieldHandTo => "Ses rattachements vont à", "Its reports go to";
        NewIdNote => "Identifiant attribué", "Id given";
        SubmitReportsTo => "Changer le rattachement", "Change the reporting line";
        SubmitTeamManager => "Changer l'encadrant", "Change the manager";
        SubmitMergeServices => "Regrouper les services", "Put the services together";
        SubmitAddPost => "Ajouter le poste", "Add the post";
        SubmitRemovePost => "Supprimer le poste", "Remove the post";
        NoChangeYet => "aucune pour l'instant", "none yet";
    }
}
