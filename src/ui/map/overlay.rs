//! What is drawn over the map in the box's pixels, so that it keeps its size at every zoom: the
//! commune names and site labels, the markers (one site, or a group of sites too close to tell
//! apart), and the tip naming the site under the pointer or the focus.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::i18n::{format_int, t};
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared};
use crate::ui::map::layout::{Layout, LineKind, Placed, Spot, HIT};
use crate::ui::map::placement::text_width;
use crate::ui::map::texts::{fill, MapText};

/// One site as the map shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    /// Position in drawing units.
    pub x: f64,
    pub y: f64,
    /// The site hosts agents of the service shown: drawn as a square, its counts written.
    pub hosting: bool,
    /// "2 éq. · 13 ag.", for sites hosting the service shown.
    pub label: Option<AttrValue>,
    /// Agents of the service shown there: the larger sites are labelled first.
    pub weight: u64,
    /// Everything the marker says, for assistive technologies.
    pub name: AttrValue,
    /// The site's name.
    pub title: AttrValue,
    /// Its teams and agents, of the service shown and in all.
    pub detail: AttrValue,
    /// Over capacity: the short text written on the map.
    pub over: Option<AttrValue>,
    /// Places left, in words.
    pub room: AttrValue,
    /// Places left once the team being moved arrives, in words (with a team chosen or dragged).
    pub arriving: Option<AttrValue>,
    pub selected: bool,
    /// Among the sites a suggestion chose (see `crate::ui::suggest::marks`).
    pub chosen: bool,
    /// Locked for the next suggestion: always among the chosen.
    pub locked: bool,
}

impl Marker {
    /// A site that counts on the map: one of the service shown, or one a suggestion chose.
    pub fn counts(&self) -> bool {
        self.hosting || self.chosen
    }

    /// What the layout needs to know.
    pub fn spot(&self) -> Spot {
        Spot {
            at: (self.x, self.y),
            hosting: self.counts(),
            weight: self.weight,
            selected: self.selected,
            name_chars: self.title.chars().count(),
            count_chars: self.label.as_ref().map(|l| l.chars().count()),
            over_chars: self.over.as_ref().map(|o| o.chars().count()),
        }
    }
}

/// What a marker reports, by its index in the layout.
#[derive(Clone, Debug, PartialEq)]
pub enum MarkerEvent {
    /// A click, or Enter.
    Choose(usize),
    Key(KeyboardEvent, usize),
    /// The focus came to a marker, or left the markers.
    Focus(Option<usize>),
    /// The pointer came over a marker, or left it.
    Hover(Option<usize>),
    DragEnter(usize),
    DragLeave(usize),
    /// A drop: the team id from the drag data if the browser gave it.
    Drop(Option<String>, usize),
}

#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    pub lang: Lang,
    pub drawing: Shared<Drawing>,
    pub markers: Shared<Vec<Marker>>,
    pub layout: Shared<Layout>,
    pub commune_size: f64,
    /// The one marker reached with Tab (roving tabindex), by its index in the layout.
    pub tab_stop: usize,
    /// A team is being dragged: every marker shows it takes a drop.
    pub dragging: bool,
    /// Choosing a site locks or frees it: a marker is pressed when its site is locked.
    #[prop_or_default]
    pub locking: bool,
    pub onevent: Callback<MarkerEvent>,
}

/// The commune names and site labels (hidden from assistive technologies: the tables and the
/// markers' names say the same), and over them the markers. Drawn again when the layout changes,
/// not when the pointer moves: the tip is drawn apart.
#[function_component(Overlay)]
pub fn overlay(props: &OverlayProps) -> Html {
    html! {
        <>
            { writing(props) }
            { markers_layer(props) }
            <g class="labels on-top" aria-hidden="true">{ names(props, true) }</g>
        </>
    }
}

/// The commune names written under the markers, or (`on_top`) over them.
fn names(props: &OverlayProps, on_top: bool) -> Html {
    let names = props
        .layout
        .names
        .iter()
        .filter(|name| name.on_top == on_top)
        .filter_map(|name| {
            let commune = props.drawing.communes.get(name.commune)?;
            Some(html! {
                <text class="commune-name" x={format!("{:.1}", name.x)} y={format!("{:.1}", name.y)}
                    font-size={props.commune_size.to_string()}>{ &commune.name }</text>
            })
        });
    names.collect::<Html>()
}

fn writing(props: &OverlayProps) -> Html {
    let labels = props.layout.labels.iter().filter_map(|label| {
        let marker = props.markers.get(label.site)?;
        let lines = label.lines.iter().map(|line| {
            let (text, class) = match line.kind {
                LineKind::Name => (marker.title.clone(), "label-name"),
                LineKind::Count => (marker.label.clone().unwrap_or_default(), "label-count"),
                LineKind::Over => (marker.over.clone().unwrap_or_default(), "label-over"),
            };
            html! {
                <text {class} x={format!("{:.1}", line.x)} y={format!("{:.1}", line.baseline)}
                    font-size={line.size.to_string()}>{ text }</text>
            }
        });
        let rect = label.rect;
        Some(html! {
            <g class={classes!("site-label", marker.over.is_some().then_some("over"))}>
                <rect x={format!("{:.1}", rect.x)} y={format!("{:.1}", rect.y)} width={format!("{:.1}", rect.width)}
                    height={format!("{:.1}", rect.height)} rx="3" />
                { for lines }
            </g>
        })
    });
    html! {
        <g aria-hidden="true">
            <g class="labels">{ names(props, false) }</g>
            <g class="site-labels">{ for labels }</g>
        </g>
    }
}

/// A marker's events, handled once for all markers on their group: the marker is the one the
/// event came from.
fn relay<E: AsRef<Event> + 'static>(
    onevent: &Callback<MarkerEvent>,
    make: fn(E, usize) -> MarkerEvent,
) -> Callback<E> {
    let onevent = onevent.clone();
    Callback::from(move |event: E| {
        if let Some(index) = dom::marker_index(event.as_ref()) {
            onevent.emit(make(event, index));
        }
    })
}

/// The accessible name of a group: how many sites, how many of the service shown, the first names.
fn group_name(lang: Lang, markers: &[Marker], placed: &Placed) -> String {
    const NAMED: usize = 4;
    let members: Vec<&Marker> = placed
        .members
        .iter()
        .filter_map(|&i| markers.get(i))
        .collect();
    let mut names: Vec<&str> = members
        .iter()
        .take(NAMED)
        .map(|m| m.title.as_str())
        .collect();
    let more = members.len().saturating_sub(NAMED);
    let more_text = fill(
        t(lang, MapText::GroupMore),
        &[("count", &format_int(lang, more as i64))],
    );
    if more > 0 {
        names.push(&more_text);
    }
    let hosting = members.iter().filter(|m| m.hosting).count();
    let over = members.iter().filter(|m| m.over.is_some()).count();
    let mut text = fill(
        t(lang, MapText::GroupName),
        &[
            ("count", &format_int(lang, members.len() as i64)),
            ("hosting", &format_int(lang, hosting as i64)),
            ("names", &names.join(", ")),
        ],
    );
    if over > 0 {
        text.push(' ');
        text.push_str(&fill(
            t(lang, MapText::GroupOver),
            &[("count", &format_int(lang, over as i64))],
        ));
    }
    text
}

/// The markers: each a focusable button that takes a click, a key or a dropped team. Only its
/// hit area takes the pointer (a circle [`HIT`] pixels wide, never overlapping another's).
fn markers_layer(props: &OverlayProps) -> Html {
    let lang = props.lang;
    let markers: &[Marker] = &props.markers;
    // In the territory's order, not by importance: a marker keeps its place among the others (and
    // so its focus) when another site is added, removed or regrouped.
    let mut order: Vec<usize> = (0..props.layout.markers.len()).collect();
    crate::engine::ordered::sort_by_key(&mut order, |&i| {
        props.layout.markers[i].members.first().copied()
    });
    let drawn = order.into_iter().filter_map(|index| {
        let placed = props.layout.markers.get(index)?;
        let first = markers.get(*placed.members.first()?)?;
        let group = placed.members.len() > 1;
        let any = |has: fn(&Marker) -> bool| placed.members.iter().any(|&i| markers.get(i).is_some_and(has));
        let hosting = any(|m| m.hosting);
        // A site that counts with other services' sites under it: drawn as that site, "+n".
        let led = group && placed.led(|i| markers.get(i).is_some_and(Marker::counts));
        let over = any(|m| m.over.is_some());
        let (chosen, locked) = (any(|m| m.chosen), any(|m| m.locked));
        let selected = !group && first.selected;
        let pressed = if props.locking { first.locked } else { selected };
        let name: AttrValue = if led {
            let more = format_int(lang, placed.members.len() as i64 - 1);
            fill(t(lang, MapText::LedName), &[("site", &first.name), ("count", &more)]).into()
        } else if group {
            group_name(lang, markers, placed).into()
        } else {
            first.name.clone()
        };
        let members = placed
            .members
            .iter()
            .filter_map(|&i| markers.get(i).map(|m| m.id.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let class = classes!(
            "site-marker",
            (group && !led).then_some("group"),
            led.then_some("led"),
            hosting.then_some("hosting"),
            over.then_some("over"),
            selected.then_some("selected"),
            chosen.then_some("chosen")
        );
        let (x, y) = placed.at;
        let count = placed.members.len().to_string();
        Some(html! {
            <g key={first.id.clone()} {class} transform={format!("translate({x:.1} {y:.1})")}
                role="button" tabindex={if index == props.tab_stop { "0" } else { "-1" }}
                aria-label={name} aria-pressed={(!group).then(|| pressed.to_string())}
                data-site={(!group).then(|| first.id.clone())} data-members={members} data-index={index.to_string()}>
                <circle class="hit-area" r={HIT.to_string()} />
                <circle class="focus-ring" r="16" />
                if chosen {
                    // A suggestion's site: a ring of ink on white around it, seen on every band.
                    <circle class="chosen-casing" r="13.5" />
                    <circle class="chosen-ring" r="13.5" />
                }
                if group && !led {
                    <circle class="site-edge" r="12.5" />
                    <circle class="site-ring" r="11" />
                    <circle class="site-core" r="9.2" />
                    <text class="group-count" y="4.2">{ count }</text>
                } else if first.hosting {
                    <rect class="site-edge" x="-9" y="-9" width="18" height="18" />
                    <rect class="site-ring" x="-7.5" y="-7.5" width="15" height="15" />
                    <rect class="site-core" x="-5.5" y="-5.5" width="11" height="11" />
                } else {
                    <circle class="site-edge" r="7.5" />
                    <circle class="site-ring" r="6" />
                    <circle class="site-core" r="3.5" />
                }
                if led {
                    // How many other sites stand under it.
                    <g class="more-badge" transform="translate(-6 7)">
                        <rect x="-7" y="-5.5" width="14" height="11" rx="5.5" />
                        <text y="3.2">{ format!("+{}", placed.members.len() - 1) }</text>
                    </g>
                }
                if chosen {
                    <g class="chosen-badge" transform="translate(8 8)">{ chosen_badge() }</g>
                }
                if locked {
                    <g class="lock-badge" transform="translate(-8 -8)">{ lock_badge() }</g>
                }
                if over {
                    // Over capacity: a warning triangle, with its words in the label, the tip and the name.
                    <g class="over-badge" transform="translate(6 -6)">
                        <path d="M0,-6.5 L6.5,5 L-6.5,5 Z" />
                        <text y="3.8">{ "!" }</text>
                    </g>
                }
            </g>
        })
    });
    let on = &props.onevent;
    let ondragover = Callback::from(|event: DragEvent| dom::allow_drop(&event));
    html! {
        <g class={classes!("site-markers", props.dragging.then_some("dragging"))}
            onclick={relay(on, |_: MouseEvent, i| MarkerEvent::Choose(i))}
            onkeydown={relay(on, MarkerEvent::Key)}
            onfocusin={relay(on, |_: FocusEvent, i| MarkerEvent::Focus(Some(i)))}
            onfocusout={on.reform(|_: FocusEvent| MarkerEvent::Focus(None))}
            onpointerover={relay(on, |_: PointerEvent, i| MarkerEvent::Hover(Some(i)))}
            onpointerout={on.reform(|_: PointerEvent| MarkerEvent::Hover(None))}
            ondragenter={relay(on, |event: DragEvent, i| {
                dom::allow_drop(&event);
                MarkerEvent::DragEnter(i)
            })}
            ondragleave={relay(on, |_: DragEvent, i| MarkerEvent::DragLeave(i))}
            {ondragover}
            ondrop={relay(on, |event: DragEvent, i| MarkerEvent::Drop(dom::dropped_team(&event), i))}>
            { for drawn }
        </g>
    }
}

/// The check of a suggestion's site (the legend draws it too).
pub fn chosen_badge() -> Html {
    html! {
        <>
            <circle r="6" />
            <path d="M-3,0.2 L-0.8,2.5 L3.2,-2.2" />
        </>
    }
}

/// The padlock of a locked site (the legend draws it too).
pub fn lock_badge() -> Html {
    html! {
        <>
            <path class="lock-shackle" d="M-2.6,-0.5 V-2.6 A2.6,2.6 0 0 1 2.6,-2.6 V-0.5" />
            <rect x="-4.5" y="-1" width="9" height="6.5" rx="1" />
        </>
    }
}

/// The tip beside a marker: the site's name and counts, its room (and the room once the team being
/// moved arrives), or for a group how many sites it holds. Kept inside the box.
pub fn tip(
    lang: Lang,
    markers: &[Marker],
    placed: &Placed,
    frame: (f64, f64),
    dragging: bool,
) -> Html {
    let Some(first) = placed.members.first().and_then(|&i| markers.get(i)) else {
        return html! {};
    };
    let led = placed.led(|i| markers.get(i).is_some_and(Marker::counts));
    let lines: Vec<(AttrValue, &'static str)> = if !led {
        let count = format_int(lang, placed.members.len() as i64);
        let text = if dragging {
            MapText::GroupDrop
        } else {
            MapText::GroupTip
        };
        vec![(fill(t(lang, text), &[("count", &count)]).into(), "tip-name")]
    } else {
        let mut lines = vec![(first.title.clone(), "tip-name")];
        if !dragging {
            lines.push((first.detail.clone(), "tip-line"));
        }
        if let Some(over) = &first.over {
            lines.push((over.clone(), "tip-line tip-over"));
        }
        match &first.arriving {
            Some(arriving) => lines.push((arriving.clone(), "tip-line")),
            None => lines.push((first.room.clone(), "tip-line")),
        }
        if placed.members.len() > 1 {
            let count = format_int(lang, placed.members.len() as i64 - 1);
            lines.push((
                fill(t(lang, MapText::LedTip), &[("count", &count)]).into(),
                "tip-line",
            ));
        }
        lines
    };
    const SIZE: f64 = 14.0;
    // Long names are wrapped to the box's width (estimated generously: part of the tip is bold).
    let room = (frame.0 - 66.0).max(80.0);
    let lines: Vec<(String, &'static str)> = lines
        .into_iter()
        .flat_map(|(text, class)| {
            wrap(&text, room, SIZE * 1.06)
                .into_iter()
                .map(move |line| (line, class))
        })
        .collect();
    let width = lines
        .iter()
        .map(|(text, _)| text_width(text.chars().count(), SIZE * 1.06))
        .fold(0.0, f64::max)
        + 12.0;
    let height = lines.len() as f64 * SIZE * 1.35 + 8.0;
    let (x, y) = placed.at;
    // Clear of the zoom buttons along the box's right edge.
    let left = (x - width / 2.0).clamp(2.0, (frame.0 - width - 52.0).max(2.0));
    // Above the marker, or under it near the top of the box.
    let top = if y - 24.0 - height >= 2.0 {
        y - 24.0 - height
    } else {
        y + 24.0
    };
    let rows = lines.into_iter().enumerate().map(|(row, (text, class))| {
        let baseline = top + 4.0 + (row as f64 + 1.0) * SIZE * 1.35 - SIZE * 0.3;
        html! { <text {class} x={format!("{:.1}", left + 6.0)} y={format!("{baseline:.1}")}>{ text }</text> }
    });
    html! {
        <g class="site-tip" aria-hidden="true">
            <rect x={format!("{left:.1}")} y={format!("{top:.1}")} width={format!("{width:.1}")} height={format!("{height:.1}")} rx="4" />
            { for rows }
        </g>
    }
}

/// The text cut into lines no wider than `room` pixels at `size`, between words.
fn wrap(text: &str, room: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let longer = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(longer.chars().count(), size) > room {
            // The space stays at the end of the line: the text reads whole when copied or searched.
            lines.push(std::mem::replace(&mut line, word.to_owned()) + " ");
        } else {
            line = longer;
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_long_tip_line_is_cut_between_words() {
        // 10 characters at 10 px are 58 px: « Maison de » fits 60 px, « la Métropole » does not;
        // a cut line keeps its space, so that the text reads whole.
        assert_eq!(
            wrap("Maison de la Métropole", 60.0, 10.0),
            vec!["Maison de ", "la ", "Métropole"]
        );
        assert_eq!(wrap("court", 60.0, 10.0), vec!["court"]);
    }
}
