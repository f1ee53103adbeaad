//! How zones are shaded by travel time (six bands of a sequential palette told apart with a colour-vision deficiency and on a projector, see `palette`, plus hatching beyond the catchment) and the legend that says so in words.

use crate::engine::names::shown;
use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::metrics::ServiceFigures;
use crate::engine::model::{Service, Territory};
use crate::engine::siting::within_catchment;
use crate::ui::i18n::{format_decimal, t};
use crate::ui::map::overlay::{chosen_badge, lock_badge};
use crate::ui::map::texts::{fill, MapText};
use crate::ui::suggest::texts::SuggestText;

/// A class of travel time; the palette lives in styles/map.css (`.band-0` … `.band-none`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    UpTo5,
    To10,
    To15,
    To20,
    To30,
    Over30,
    NoSite,
}

impl Band {
    /// Every band, nearest first, as the legend lists them.
    pub const ALL: [Band; 7] = [
        Band::UpTo5,
        Band::To10,
        Band::To15,
        Band::To20,
        Band::To30,
        Band::Over30,
        Band::NoSite,
    ];

    /// The band of a zone `minutes` from its nearest site (`None`: the service has no site).
    pub fn of(minutes: Option<f64>) -> Band {
        match minutes {
            None => Band::NoSite,
            Some(m) if m <= 5.0 => Band::UpTo5,
            Some(m) if m <= 10.0 => Band::To10,
            Some(m) if m <= 15.0 => Band::To15,
            Some(m) if m <= 20.0 => Band::To20,
            Some(m) if m <= 30.0 => Band::To30,
            Some(_) => Band::Over30,
        }
    }

    /// The CSS class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            Band::UpTo5 => "band-0",
            Band::To10 => "band-1",
            Band::To15 => "band-2",
            Band::To20 => "band-3",
            Band::To30 => "band-4",
            Band::Over30 => "band-5",
            Band::NoSite => "band-none",
        }
    }

    /// The band in words, as the legend writes it.
    pub fn label(self) -> MapText {
        match self {
            Band::UpTo5 => MapText::BandUpTo5,
            Band::To10 => MapText::Band5To10,
            Band::To15 => MapText::Band10To15,
            Band::To20 => MapText::Band15To20,
            Band::To30 => MapText::Band20To30,
            Band::Over30 => MapText::BandOver30,
            Band::NoSite => MapText::BandNoSite,
        }
    }
}

/// How one zone is shaded, and the tooltip that says it in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneShade {
    pub band: Band,
    /// Beyond the service's catchment time: hatched.
    pub beyond: bool,
    pub title: AttrValue,
}

/// "12,4 min jusqu'au site le plus proche", or "aucun site de ce service".
pub fn minutes_text(lang: Lang, minutes: Option<f64>) -> String {
    match minutes {
        Some(m) => fill(
            t(lang, MapText::MinutesToSite),
            &[("minutes", &format_decimal(lang, m, 1))],
        ),
        None => t(lang, MapText::NoSite).to_owned(),
    }
}

/// The shade of every zone (indexed like the territory's zones) for the engine's figures of one service.
pub fn shades(
    territory: &Territory,
    service: Option<(&Service, &ServiceFigures)>,
    lang: Lang,
) -> Vec<ZoneShade> {
    shades_of(
        territory,
        service.map(|(service, figures)| (service, figures.minutes.as_slice())),
        lang,
    )
}

/// The shade of every zone for one service, from each zone's minutes to its nearest site (the
/// engine's figures, or a suggestion's layout).
pub fn shades_of(
    territory: &Territory,
    service: Option<(&Service, &[Option<f64>])>,
    lang: Lang,
) -> Vec<ZoneShade> {
    territory
        .zones
        .iter()
        .enumerate()
        .map(|(z, zone)| {
            let minutes = service.and_then(|(_, minutes)| minutes.get(z).copied().flatten());
            let beyond = service.is_some_and(|(service, _)| {
                within_catchment(minutes, service.catchment_minutes) == Some(false)
            });
            let title = fill(
                t(lang, MapText::ZoneTitle),
                &[
                    ("zone", &shown(lang, &zone.name)),
                    ("population", &format_decimal(lang, zone.population, 0)),
                    ("minutes", &minutes_text(lang, minutes)),
                ],
            );
            ZoneShade {
                band: Band::of(minutes),
                beyond,
                title: title.into(),
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    pub service: AttrValue,
    pub catchment_minutes: f64,
    /// The map shows a suggestion's times and sites (its title and its marks say so).
    #[prop_or_default]
    pub suggested: bool,
    /// Some sites are locked for the next suggestion.
    #[prop_or_default]
    pub locked: bool,
}

/// The legend: each band written out, the hatching, and the marker shapes.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let title = fill(
        if props.suggested {
            t(lang, SuggestText::LegendShows)
        } else {
            t(lang, MapText::LegendTitle)
        },
        &[("service", &props.service)],
    );
    let beyond = fill(
        t(lang, MapText::BeyondCatchment),
        &[("minutes", &format_decimal(lang, props.catchment_minutes, 0))],
    );
    html! {
        <div class="map-legend">
            <p class="legend-title" id="legend-title">{ title }</p>
            <ul class="legend-bands" aria-labelledby="legend-title">
                { for Band::ALL.iter().map(|band| html! {
                    <li><span class={classes!("swatch", band.class())} aria-hidden="true"></span>{ t(lang, band.label()) }</li>
                }) }
                <li><span class="swatch swatch-beyond" aria-hidden="true"></span>{ beyond }</li>
            </ul>
            <ul class="legend-markers">
                <li>
                    <svg class="legend-marker" viewBox="-10 -10 20 20" aria-hidden="true"><g class="hosting">
                        <rect class="site-edge" x="-9" y="-9" width="18" height="18" />
                        <rect class="site-ring" x="-7.5" y="-7.5" width="15" height="15" />
                        <rect class="site-core" x="-5.5" y="-5.5" width="11" height="11" />
                    </g></svg>
                    { t(lang, MapText::SiteOfService) }
                </li>
                <li>
                    <svg class="legend-marker" viewBox="-10 -10 20 20" aria-hidden="true"><g>
                        <circle class="site-edge" r="7.5" /><circle class="site-ring" r="6" /><circle class="site-core" r="3.5" />
                    </g></svg>
                    { t(lang, MapText::OtherSite) }
                </li>
                <li>
                    <svg class="legend-marker" viewBox="-13 -13 26 26" aria-hidden="true"><g class="group">
                        <circle class="site-edge" r="12.5" /><circle class="site-ring" r="11" /><circle class="site-core" r="9.2" />
                        <text class="group-count" y="4.2">{ "3" }</text>
                    </g></svg>
                    { t(lang, MapText::GroupLegend) }
                </li>
                <li>
                    <svg class="legend-marker" viewBox="-10 -10 20 20" aria-hidden="true"><g class="over-badge" transform="translate(0 1)">
                        <path d="M0,-6.5 L6.5,5 L-6.5,5 Z" /><text y="3.8">{ "!" }</text>
                    </g></svg>
                    { t(lang, MapText::OverSite) }
                </li>
                if props.suggested {
                    <li>
                        <svg class="legend-marker" viewBox="-16 -16 32 32" aria-hidden="true"><g class="chosen">
                            <circle class="chosen-casing" r="13.5" /><circle class="chosen-ring" r="13.5" />
                            <g class="chosen-badge">{ chosen_badge() }</g>
                        </g></svg>
                        { t(lang, SuggestText::LegendChosen) }
                    </li>
                }
                if props.locked {
                    <li>
                        <svg class="legend-marker" viewBox="-8 -8 16 16" aria-hidden="true"><g class="lock-badge">{ lock_badge() }</g></svg>
                        { t(lang, SuggestText::LegendLocked) }
                    </li>
                }
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_include_their_upper_bound() {
        assert_eq!(Band::of(Some(5.0)), Band::UpTo5);
        assert_eq!(Band::of(Some(5.01)), Band::To10);
        assert_eq!(Band::of(Some(30.0)), Band::To30);
        assert_eq!(Band::of(Some(30.5)), Band::Over30);
        assert_eq!(Band::of(None), Band::NoSite);
    }
}
