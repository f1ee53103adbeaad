//! Walking a parsed exercise file: each value carries its JSON path, so that a refusal names the
//! field at fault (`objectives[2].at_most`), which typed deserialisation cannot say.

use serde_json::{Map, Value};

use crate::engine::operations::Operation;

use super::error::{ExerciseError, ExerciseErrorKind, Expected, Result};
use super::Bilingual;

/// A JSON value and its path in the file.
pub(super) struct At<'a> {
    pub(super) value: &'a Value,
    pub(super) path: String,
}

/// A JSON object and its path in the file.
pub(super) struct Obj<'a> {
    pub(super) map: &'a Map<String, Value>,
    pub(super) path: String,
}

impl<'a> At<'a> {
    pub(super) fn error(&self, kind: ExerciseErrorKind) -> ExerciseError {
        ExerciseError::new(&self.path, kind)
    }

    pub(super) fn wrong(&self, expected: Expected) -> ExerciseError {
        self.error(ExerciseErrorKind::WrongType { expected })
    }

    pub(super) fn object(&self) -> Result<Obj<'a>> {
        match self.value {
            Value::Object(map) => Ok(Obj {
                map,
                path: self.path.clone(),
            }),
            _ => Err(self.wrong(Expected::Object)),
        }
    }

    pub(super) fn list(&self) -> Result<Vec<At<'a>>> {
        match self.value {
            Value::Array(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, value)| At {
                    value,
                    path: format!("{}[{i}]", self.path),
                })
                .collect()),
            _ => Err(self.wrong(Expected::List)),
        }
    }

    pub(super) fn text(&self) -> Result<String> {
        match self.value {
            Value::String(text) if text.trim().is_empty() => {
                Err(self.error(ExerciseErrorKind::Empty))
            }
            Value::String(text) => Ok(text.trim().to_string()),
            _ => Err(self.wrong(Expected::Text)),
        }
    }

    pub(super) fn number(&self) -> Result<f64> {
        self.value
            .as_f64()
            .filter(|n| n.is_finite())
            .ok_or_else(|| self.wrong(Expected::Number))
    }

    pub(super) fn whole(&self) -> Result<u64> {
        self.value
            .as_u64()
            .ok_or_else(|| self.wrong(Expected::WholeNumber))
    }

    /// An object `{ "fr": …, "en": … }` with both texts.
    pub(super) fn bilingual(&self) -> Result<Bilingual> {
        let object = self.object()?;
        object.only(&["fr", "en"])?;
        Ok(Bilingual {
            fr: object.required("fr")?.text()?,
            en: object.required("en")?.text()?,
        })
    }

    pub(super) fn texts(&self) -> Result<Vec<String>> {
        let items = self.list()?;
        if items.is_empty() {
            return Err(self.error(ExerciseErrorKind::Empty));
        }
        items.iter().map(At::text).collect()
    }

    pub(super) fn operation(&self) -> Result<Operation> {
        serde_json::from_value(self.value.clone()).map_err(|e| {
            let mut detail = e.to_string();
            if detail.chars().count() > 200 {
                detail = detail.chars().take(200).collect::<String>() + "…";
            }
            self.error(ExerciseErrorKind::NotAnOperation { detail })
        })
    }

    pub(super) fn operations(&self) -> Result<Vec<(Operation, String)>> {
        self.list()?
            .into_iter()
            .map(|at| Ok((at.operation()?, at.path)))
            .collect()
    }
}

impl<'a> Obj<'a> {
    pub(super) fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<At<'a>> {
        self.map.get(key).map(|value| At {
            value,
            path: self.child(key),
        })
    }

    pub(super) fn required(&self, key: &str) -> Result<At<'a>> {
        self.get(key)
            .ok_or_else(|| ExerciseError::new(&self.child(key), ExerciseErrorKind::Missing))
    }

    /// Refuses a key not in `allowed`; keys starting with `_` are comments and are skipped.
    pub(super) fn only(&self, allowed: &[&'static str]) -> Result<()> {
        match self
            .map
            .keys()
            .find(|key| !key.starts_with('_') && !allowed.contains(&key.as_str()))
        {
            Some(key) => Err(ExerciseError::new(
                &self.child(key),
                ExerciseErrorKind::UnknownKey {
                    allowed: allowed.to_vec(),
                },
            )),
            None => Ok(()),
        }
    }
}
