//! The sites drawn over the map: focusable markers (arrow keys go from one to the next) that take a dropped team.

use yew::prelude::*;

use crate::engine::ordered;
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared, HEIGHT};
use crate::ui::map::placement::{place, text_width, Rect};

/// One site as the map shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    /// Position in SVG user units.
    pub x: f64,
    pub y: f64,
    /// The site hosts agents of the service shown: drawn as a square, with its count written.
    pub hosting: bool,
    /// "2 éq. · 13 ag.", for sites hosting the service shown.
    pub label: Option<AttrValue>,
    /// Agents of the service shown there: the larger sites' labels are written first.
    pub weight: u64,
    /// The site's name and its teams and agents, for the tooltip and assistive technologies.
    pub name: AttrValue,
    pub selected: bool,
}

#[derive(Properties, PartialEq)]
pub struct SitesLayerProps {
    /// The map under the layer: its size and the commune names the labels keep clear of.
    pub drawing: Shared<Drawing>,
    /// Accessible name of the group of markers.
    pub label: AttrValue,
    pub markers: Vec<Marker>,
    /// Where a new site would open, while the form is shown.
    #[prop_or_default]
    pub draft: Option<(f64, f64)>,
    /// A team is being dragged: the markers show they take drops.
    pub dragging: bool,
    pub onselect: Callback<String>,
    /// A drop on a site: (team id from the drag data if the browser gave it, site id).
    pub ondrop: Callback<(Option<String>, String)>,
}

/// Height of a count's box, in user units.
const LABEL_HEIGHT: f64 = 21.0;
/// Space between a marker's centre and its count's box.
const LABEL_GAP: f64 = 10.0;

/// Where each count is written, on a white box so that it reads over any band: under its marker,
/// else above it, to its right or to its left, kept inside the map and clear of the commune names,
/// of the sites of the service shown, of the counts written before, and of the other sites where
/// one of the four places allows. The selected site's count is placed first,
/// then the larger sites'; a count with no clear place is left out (it stays in the marker's name).
fn label_boxes(
    markers: &[Marker],
    width: f64,
    names: &[Rect],
    half: f64,
) -> Vec<(AttrValue, Rect)> {
    let mut labelled: Vec<(&Marker, &AttrValue)> = markers
        .iter()
        .filter_map(|marker| Some((marker, marker.label.as_ref()?)))
        .collect();
    ordered::sort_by_key(&mut labelled, |(marker, _)| {
        (!marker.selected, std::cmp::Reverse(marker.weight))
    });
    let inside = |x: f64, y: f64, w: f64| Rect {
        x: x.clamp(4.0, (width - 4.0 - w).max(4.0)),
        y: y.clamp(0.0, HEIGHT - LABEL_HEIGHT),
        width: w,
        height: LABEL_HEIGHT,
    };
    let positions: Vec<[Rect; 4]> = labelled
        .iter()
        .map(|(marker, label)| {
            let w = text_width(label.chars().count(), 16.0) + 8.0;
            let (x, y) = (marker.x, marker.y);
            let beside = y - LABEL_HEIGHT / 2.0;
            [
                inside(x - w / 2.0, y + LABEL_GAP, w),
                inside(x - w / 2.0, y - LABEL_GAP - LABEL_HEIGHT, w),
                inside(x + LABEL_GAP + 2.0, beside, w),
                inside(x - LABEL_GAP - 2.0 - w, beside, w),
            ]
        })
        .collect();
    // A marker's shape with a little margin. A count never hides a site of the service shown;
    // it covers another site only where no position avoids it, rather than go unwritten.
    let reach = half + 2.0;
    let footprint = |m: &Marker| Rect {
        x: m.x - reach,
        y: m.y - reach,
        width: 2.0 * reach,
        height: 2.0 * reach,
    };
    let hard: Vec<Rect> = names
        .iter()
        .copied()
        .chain(markers.iter().filter(|m| m.hosting).map(footprint))
        .collect();
    let soft: Vec<Rect> = markers
        .iter()
        .filter(|m| !m.hosting)
        .map(footprint)
        .collect();
    let choices: Vec<&[Rect]> = positions.iter().map(|p| p.as_slice()).collect();
    labelled
        .iter()
        .zip(&positions)
        .zip(place(&choices, &hard, &soft))
        .filter_map(|(((_, label), boxes), chosen)| Some(((*label).clone(), boxes[chosen?])))
        .collect()
}

fn labels(markers: &[Marker], drawing: &Drawing, half: f64) -> Html {
    let written = label_boxes(markers, drawing.width, &drawing.name_boxes, half)
        .into_iter()
        .map(|(label, rect)| {
            html! {
                <g class="site-label">
                    <rect x={format!("{:.1}", rect.x)} y={format!("{:.1}", rect.y)} width={format!("{:.1}", rect.width)} height={LABEL_HEIGHT.to_string()} rx="3" />
                    <text x={format!("{:.1}", rect.x + 4.0)} y={format!("{:.1}", rect.y + 16.0)}>{ label }</text>
                </g>
            }
        });
    html! { <g class="site-labels" aria-hidden="true">{ for written }</g> }
}

/// A transparent SVG laid over the map, so that the map itself stays one picture (`role="img"`)
/// while the markers are controls; only the markers take the pointer.
#[function_component(SitesLayer)]
pub fn sites_layer(props: &SitesLayerProps) -> Html {
    // One tab stop for all the sites (roving tabindex): the selected site, or the first.
    let current = props.markers.iter().position(|m| m.selected).unwrap_or(0);
    let count = props.markers.len();
    // Smaller shapes where sites are many (the Métropole has about 200): they cover less of the map.
    let half = if count > 40 { 5.0 } else { 7.0 };
    let markers = props.markers.iter().enumerate().map(|(index, marker)| {
        let select = {
            let onselect = props.onselect.clone();
            let id = marker.id.clone();
            move || onselect.emit(id.clone())
        };
        let onclick = {
            let select = select.clone();
            Callback::from(move |_: MouseEvent| select())
        };
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "Enter" | " " => {
                    event.prevent_default();
                    select();
                    return;
                }
                "ArrowRight" | "ArrowDown" => (index + 1) % count,
                "ArrowLeft" | "ArrowUp" => (index + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            dom::focus_selector(&format!(".site-marker[data-index=\"{next}\"]"));
        });
        let ondragover = Callback::from(|event: DragEvent| dom::allow_drop(&event));
        let ondrop = {
            let ondrop = props.ondrop.clone();
            let id = marker.id.clone();
            Callback::from(move |event: DragEvent| {
                ondrop.emit((dom::dropped_team(&event), id.clone()))
            })
        };
        let class = classes!(
            "site-marker",
            marker.hosting.then_some("hosting"),
            marker.selected.then_some("selected")
        );
        html! {
            <g {class} transform={format!("translate({:.1} {:.1})", marker.x, marker.y)}
                role="button" tabindex={if index == current { "0" } else { "-1" }}
                aria-label={marker.name.clone()} aria-pressed={marker.selected.to_string()}
                data-site={marker.id.clone()} data-index={index.to_string()}
                {onclick} {onkeydown} {ondragover} {ondrop}>
                <title>{ marker.name.clone() }</title>
                <circle class="drop-area" r="18" />
                <circle class="focus-ring" r="13" />
                if marker.hosting {
                    <rect class="site-shape hosting" x={format!("{:.1}", -half)} y={format!("{:.1}", -half)}
                        width={format!("{:.1}", 2.0 * half)} height={format!("{:.1}", 2.0 * half)} />
                } else {
                    <circle class="site-shape" r={format!("{:.1}", half * 0.7)} />
                }
            </g>
        }
    });
    let draft = props.draft.map(|(x, y)| {
        html! {
            <g class="site-draft" transform={format!("translate({x:.1} {y:.1})")} aria-hidden="true">
                <circle r="9" />
                <path d="M-13,0H13M0,-13V13" />
            </g>
        }
    });
    html! {
        <svg viewBox={format!("0 0 {} {HEIGHT}", props.drawing.width)} class={classes!("map-overlay", props.dragging.then_some("dragging"))}
            role="group" aria-label={props.label.clone()}>
            // Drawn under the markers, and placed clear of the service's sites (see `label_boxes`).
            { labels(&props.markers, &props.drawing, half) }
            { for markers }
            { for draft }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(id: &str, x: f64, y: f64, weight: u64) -> Marker {
        Marker {
            id: id.into(),
            x,
            y,
            hosting: true,
            label: Some(format!("{weight} ag.").into()),
            weight,
            name: id.into(),
            selected: false,
        }
    }

    fn covers(rect: &Rect, x: f64, y: f64, reach: f64) -> bool {
        rect.x < x + reach
            && x - reach < rect.x + rect.width
            && rect.y < y + reach
            && y - reach < rect.y + rect.height
    }

    #[test]
    fn a_count_goes_above_its_marker_when_below_would_hide_another_site() {
        // A second site 25 units under the first: the first's count cannot go below it.
        let markers = [marker("a", 200.0, 200.0, 40), marker("b", 200.0, 225.0, 0)];
        let placed = label_boxes(&markers, 600.0, &[], 7.0);
        let (label, rect) = &placed[0];
        assert_eq!(label.as_str(), "40 ag.");
        assert!(rect.y + rect.height <= 200.0 - LABEL_GAP, "{rect:?}");
        for (_, rect) in &placed {
            for m in &markers {
                assert!(!covers(rect, m.x, m.y, 9.0), "{rect:?} hides {}", m.id);
            }
        }
    }

    #[test]
    fn a_count_covers_another_site_rather_than_go_unwritten_but_never_a_site_of_the_service() {
        // Sites of other services under, above, right and left of the one shown.
        let mut markers = vec![marker("shown", 300.0, 300.0, 40)];
        for (i, (x, y)) in [
            (300.0, 320.0),
            (300.0, 280.0),
            (340.0, 300.0),
            (260.0, 300.0),
        ]
        .into_iter()
        .enumerate()
        {
            markers.push(Marker {
                hosting: false,
                label: None,
                ..marker(&format!("other{i}"), x, y, 0)
            });
        }
        let placed = label_boxes(&markers, 600.0, &[], 7.0);
        assert_eq!(placed.len(), 1);
        assert!(placed[0].1.y > 300.0, "written below: {:?}", placed[0].1);
        // Made sites of the service shown (with no count of their own), they leave no room.
        for m in &mut markers[1..] {
            m.hosting = true;
        }
        assert!(label_boxes(&markers, 600.0, &[], 7.0).is_empty());
    }

    #[test]
    fn counts_stay_clear_of_every_marker_name_and_other_count_or_are_left_out() {
        // A crowded corner: nine sites on a grid 30 units apart, and a commune name in the middle.
        let markers: Vec<Marker> = (0..9)
            .map(|i| {
                marker(
                    &format!("s{i}"),
                    100.0 + 30.0 * (i % 3) as f64,
                    100.0 + 30.0 * (i / 3) as f64,
                    i,
                )
            })
            .collect();
        let name = Rect {
            x: 110.0,
            y: 150.0,
            width: 60.0,
            height: 20.0,
        };
        let placed = label_boxes(&markers, 600.0, &[name], 7.0);
        assert!(
            !placed.is_empty() && placed.len() < markers.len(),
            "{}",
            placed.len()
        );
        // The largest site is placed first.
        assert_eq!(placed[0].0.as_str(), "8 ag.");
        for (i, (_, rect)) in placed.iter().enumerate() {
            assert!(rect.x >= 4.0 && rect.x + rect.width <= 596.0 && rect.y >= 0.0);
            assert!(
                markers.iter().all(|m| !covers(rect, m.x, m.y, 9.0)),
                "{rect:?}"
            );
            assert!(rect.clears(&[name]));
            assert!(placed[..i].iter().all(|(_, other)| rect.clears(&[*other])));
        }
    }
}
