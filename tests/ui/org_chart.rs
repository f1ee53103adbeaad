//! The org chart tab rendered natively: the director/deputy pair, the norm badges in French and English.

use maillage::engine::lang::Lang;
use maillage::ui::org_chart::OrgChart;
use maillage::ui::state::{SpanNorm, Workspace, WorkspaceHandle};
use yew::prelude::*;

use crate::render;

#[derive(Properties, PartialEq)]
struct Props {
    lang: Lang,
    norm: SpanNorm,
}

/// The org chart inside the workspace context the App gives it.
#[function_component(Chart)]
fn chart(props: &Props) -> Html {
    let (lang, norm) = (props.lang, props.norm);
    let workspace = use_reducer(move || Workspace {
        norm,
        ..Workspace::default_territory(lang)
    });
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            <OrgChart />
        </ContextProvider<WorkspaceHandle>>
    }
}

fn chart_html(lang: Lang, norm: SpanNorm) -> String {
    render::<Chart>(Props { lang, norm })
}

/// The span the engine computed for a post of Portes des Alpes.
fn span(post: &str) -> u64 {
    let workspace = Workspace::default_territory(Lang::Fr);
    workspace
        .figures()
        .managers
        .iter()
        .find(|m| m.id == post)
        .map(|m| m.span)
        .unwrap_or_else(|| panic!("{post} has figures"))
}

/// The HTML of the card of one post.
fn card<'a>(html: &'a str, post: &str) -> &'a str {
    let start = html
        .find(&format!("data-post=\"{post}\""))
        .unwrap_or_else(|| panic!("no card for {post}"));
    let end = html[start..]
        .find("</dl>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn the_tree_starts_with_the_director_and_the_deputy_as_a_pair() {
    let html = chart_html(Lang::Fr, SpanNorm::default());
    let pair_start = html.find("class=\"org-pair\"").expect("a pair at the top");
    let pair = &html[pair_start..];
    let director = pair
        .find("Directeur·rice de territoire Portes des Alpes")
        .expect("director in the pair");
    let deputy = pair
        .find("Directeur·rice adjoint·e de territoire")
        .expect("deputy in the pair");
    assert!(director < deputy, "the director comes first");
    assert!(
        card(&html, "ADJ").contains("rattaché·e à Directeur·rice de territoire Portes des Alpes"),
        "the deputy's reporting line is written"
    );
    assert!(html.contains("aria-label=\"Binôme de direction\""));
    // Heads are drawn, their branches closed: a team leader is not in the page until asked for.
    assert!(html.contains("Chef·fe de service Voirie"));
    assert!(!html.contains("Chef·fe d'équipe Voirie Bron 1"));
    assert!(html.contains("aria-expanded=\"false\""));
}

#[test]
fn norm_badges_say_in_french_where_each_post_stands() {
    let deputy = span("ADJ");
    assert!(deputy < 5, "the deputy has {deputy} direct reports");
    let html = chart_html(Lang::Fr, SpanNorm::default());
    assert!(
        card(&html, "ADJ").contains(&format!("sous la norme ({deputy} &lt; 5)")),
        "{}",
        card(&html, "ADJ")
    );
    let roads = span("CS-VOI");
    let html = chart_html(
        Lang::Fr,
        SpanNorm {
            min: 5,
            max: roads - 1,
        },
    );
    assert!(card(&html, "CS-VOI").contains(&format!(
        "au-dessus de la norme ({roads} &gt; {})",
        roads - 1
    )));
    assert!(card(&html, "CS-VOI").contains("class=\"post-card above\""));
    assert!(card(&html, "CS-PMI").contains("dans la norme ("));
}

#[test]
fn norm_badges_and_figures_are_in_english_when_asked() {
    let (deputy, roads) = (span("ADJ"), span("CS-VOI"));
    let html = chart_html(
        Lang::En,
        SpanNorm {
            min: 5,
            max: roads - 1,
        },
    );
    assert!(card(&html, "ADJ").contains(&format!("below the norm ({deputy} &lt; 5)")));
    assert!(card(&html, "CS-VOI").contains(&format!("above the norm ({roads} &gt; {})", roads - 1)));
    assert!(html.contains("Posts outside the norm"));
    assert!(html.contains("Reporting tree"));
    assert!(!html.contains("sous la norme"));
}

#[test]
fn every_figure_shows_its_change_since_the_start() {
    let html = chart_html(Lang::Fr, SpanNorm::default());
    // Nothing has changed yet: every figure is followed by « (=) ».
    let deputy = card(&html, "ADJ");
    assert!(
        deputy.contains(&format!("<dd>{} <span", span("ADJ"))),
        "{deputy}"
    );
    assert_eq!(deputy.matches(">(=)<").count(), 4, "{deputy}");
    for label in [
        "Niveaux hiérarchiques",
        "Encadrés directs, maximum",
        "Encadrés directs, moyenne",
        "Postes hors norme",
    ] {
        assert!(html.contains(label), "{label} missing from the summary");
    }
}
