//! What the Operations tab's forms share beside the form shape of `ui::form`: the site picker
//! and reading a whole number.

use crate::engine::names::shown;
use yew::prelude::*;

use super::texts::OpsText;
use crate::engine::lang::Lang;
use crate::engine::model::Territory;

/// The options of a site picker, in the territory's order.
pub fn site_options(lang: Lang, territory: &Territory) -> Html {
    html! {
        { for territory.sites.iter().map(|site| html! { <option value={site.id.clone()}>{ shown(lang, &site.name).into_owned() }</option> }) }
    }
}

/// A whole number typed by the user, or the form's own message when it is not one.
pub fn whole_number(text: &str) -> Result<i64, OpsText> {
    text.trim().parse::<i64>().map_err(|_| OpsText::WholeNumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_numbers_are_headcounts_but_negatives_go_to_the_engine() {
        assert_eq!(whole_number(" 12 "), Ok(12));
        assert_eq!(whole_number("-3"), Ok(-3));
        assert_eq!(whole_number("2.5"), Err(OpsText::WholeNumber));
        assert_eq!(whole_number(""), Err(OpsText::WholeNumber));
    }
}
