//! Every string the interface shows, in French first and English second, and number formatting per language.

pub use crate::engine::lang::{colon, format_decimal, format_int, singular, Lang};

/// Something the interface can show in either language.
pub trait Text: Copy {
    /// The text in the given language.
    fn in_lang(self, lang: Lang) -> &'static str;
}

/// Declares an enum of text keys with their French and English wording side by side, so none can
/// lack a translation. Each area of the screen declares its own enum in its own module.
#[macro_export]
macro_rules! texts {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($key:ident => $fr:expr, $en:expr;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($key),* }

        impl $name {
            /// Every key, for the completeness tests.
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::ui::i18n::Text for $name {
            fn in_lang(self, lang: $crate::engine::lang::Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, $crate::engine::lang::Lang::Fr) => $fr,
                      ($name::$key, $crate::engine::lang::Lang::En) => $en,)*
                }
            }
        }
    };
}

texts! {
    /// Texts of the page shell and the first screen.
    pub enum T {
        AppTagline => "Essayer une réorganisation avant de la faire", "Try a reorganisation before doing it";
        SwitchLanguage => "English", "Français";
        SwitchLanguageLabel => "Switch to English", "Passer en français";
        MapTitle => "Carte du territoire", "Map of the territory";
        MapDescription => "Les communes du territoire, avec leur population municipale 2023 (INSEE).",
            "The communes of the territory, with their 2023 municipal population (INSEE).";
        CommunesTable => "Communes du territoire", "Communes of the territory";
        Commune => "Commune", "Commune";
        Population => "Population 2023", "Population 2023";
        Residents => "habitants", "residents";
        Total => "Total", "Total";
        SourcesTitle => "Sources des données", "Data sources";
        SourcesText => "Limites communales : IGN Admin Express (2018), via france-geojson. Populations municipales : INSEE, populations légales millésime 2023. Licence Ouverte / Etalab.",
            "Commune boundaries: IGN Admin Express (2018), via france-geojson. Municipal populations: INSEE legal populations, 2023 edition. Licence Ouverte / Etalab (French open licence).";
    }
}

/// Shorthand for `key.in_lang(lang)`.
pub fn t(lang: Lang, key: impl Text) -> &'static str {
    key.in_lang(lang)
}

/// The language tag for the `lang` attribute of the page.
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

/// The other language, for the switch.
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages_and_they_differ_where_words_are_translated() {
        for key in T::ALL {
            assert!(
                !key.in_lang(Lang::Fr).is_empty(),
                "{key:?} has no French text"
            );
            assert!(
                !key.in_lang(Lang::En).is_empty(),
                "{key:?} has no English text"
            );
        }
        assert_ne!(t(Lang::Fr, T::MapTitle), t(Lang::En, T::MapTitle));
    }

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(format_int(Lang::Fr, 117_262), "117\u{202F}262");
        assert_eq!(format_int(Lang::En, 117_262), "117,262");
        assert_eq!(format_int(Lang::En, 999), "999");
        assert_eq!(format_int(Lang::En, -1_436_354), "−1,436,354");
        assert_eq!(format_decimal(Lang::Fr, 12.345, 1), "12,3");
        assert_eq!(format_decimal(Lang::En, 1234.5, 2), "1,234.50");
        assert_eq!(format_decimal(Lang::En, -0.04, 1), "0.0");
        assert_eq!(format_decimal(Lang::Fr, -3.26, 1), "−3,3");
        assert_eq!(format_decimal(Lang::Fr, f64::NAN, 1), "—");
    }
}
