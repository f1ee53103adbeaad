//! A scenario: a base territory and the operations applied to it, with undo.

use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::change::{ChangeImpact, Flows};
use super::lang::Lang;
use super::model::Territory;
use super::operations::{apply, Operation, OperationError};

/// A base territory plus an ordered list of operations.
///
/// It keeps the territory after each operation, so that undo gives back the previous one
/// exactly and at no cost. Saved as `{ base, operations }`; loading replays the operations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SavedScenario", into = "SavedScenario")]
pub struct Scenario {
    base: Rc<Territory>,
    /// `after[i]` is the territory after the first i + 1 operations.
    after: Vec<Rc<Territory>>,
    operations: Vec<Operation>,
}

/// The saved form of a scenario; its base reads through the CSV reader's checks (see
/// `Territory`), and its operations are replayed, each checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    /// The base territory.
    pub base: Territory,
    /// The operations, in order.
    pub operations: Vec<Operation>,
}

/// An operation of a saved scenario that no longer applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReplayError {
    /// Its position in the list (0 for the first).
    pub index: usize,
    /// Why it was refused.
    pub error: OperationError,
}

impl ReplayError {
    /// The refusal in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => format!(
                "opération n° {} : {}",
                self.index + 1,
                self.error.message(lang)
            ),
            Lang::En => format!("operation {}: {}", self.index + 1, self.error.message(lang)),
        }
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReplayError {}

impl Scenario {
    /// A scenario with no operation yet.
    pub fn new(base: impl Into<Rc<Territory>>) -> Scenario {
        Scenario {
            base: base.into(),
            after: Vec::new(),
            operations: Vec::new(),
        }
    }

    /// Replays saved operations on a base; refuses at the first that no longer applies.
    pub fn replay(
        base: impl Into<Rc<Territory>>,
        operations: Vec<Operation>,
    ) -> Result<Scenario, ReplayError> {
        let mut scenario = Scenario::new(base);
        for (index, operation) in operations.into_iter().enumerate() {
            scenario
                .apply(operation)
                .map_err(|error| ReplayError { index, error })?;
        }
        Ok(scenario)
    }

    /// Applies an operation to the current territory; a refused one leaves the scenario as it was.
    pub fn apply(&mut self, operation: Operation) -> Result<&Territory, OperationError> {
        let next = apply(self.current(), &operation)?;
        self.after.push(Rc::new(next));
        self.operations.push(operation);
        Ok(self.current())
    }

    /// Drops the last operation and returns it; the previous territory is back, exactly.
    pub fn undo(&mut self) -> Option<Operation> {
        let operation = self.operations.pop()?;
        self.after.pop();
        Some(operation)
    }

    /// The territory after every operation.
    pub fn current(&self) -> &Territory {
        self.after.last().unwrap_or(&self.base)
    }

    /// The current territory, shared.
    pub fn current_rc(&self) -> Rc<Territory> {
        Rc::clone(self.after.last().unwrap_or(&self.base))
    }

    /// The base territory.
    pub fn base(&self) -> &Territory {
        &self.base
    }

    /// The base territory, shared.
    pub fn base_rc(&self) -> Rc<Territory> {
        Rc::clone(&self.base)
    }

    /// The operations, in order.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The territory operation `index` applied to (the base for 0).
    pub fn before(&self, index: usize) -> Option<&Territory> {
        self.befores().nth(index)
    }

    /// The territories the operations applied to, in order (then the current one).
    fn befores(&self) -> impl Iterator<Item = &Territory> {
        std::iter::once(&*self.base).chain(self.after.iter().map(|t| &**t))
    }

    /// One plain-language line per operation, naming things as they were when it was applied.
    pub fn journal(&self, lang: Lang) -> Vec<String> {
        self.operations
            .iter()
            .zip(self.befores())
            .map(|(operation, before)| operation.describe(before, lang))
            .collect()
    }

    /// What the operations change for the agents, from the base to the current territory: the
    /// flows of agents between teams replayed from the operations (`change`'s counting rule).
    pub fn change_impact(&self) -> ChangeImpact {
        let mut flows = Flows::of(self.base());
        for operation in &self.operations {
            flows.record(operation);
        }
        flows.impact(self.current())
    }
}

impl TryFrom<SavedScenario> for Scenario {
    type Error = ReplayError;

    fn try_from(saved: SavedScenario) -> Result<Scenario, ReplayError> {
        Scenario::replay(saved.base, saved.operations)
    }
}

impl From<Scenario> for SavedScenario {
    fn from(scenario: Scenario) -> SavedScenario {
        SavedScenario {
            base: Rc::unwrap_or_clone(scenario.base),
            operations: scenario.operations,
        }
    }
}
