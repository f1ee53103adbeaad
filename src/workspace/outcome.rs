//! What an action on the workspace says to the user: what it did (a notice), what was refused
//! and left unchanged (a problem, a refused group file), and why the browser could not keep the
//! work. One home for these, so that the parts of the workspace that produce them import from
//! here and not from each other.

use crate::engine::io::ImportError;
use crate::engine::model::Warning;
use crate::engine::saved::SaveError;

/// What the last action on the scenarios did, said to the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Created {
        name: String,
    },
    Copied {
        name: String,
        from: String,
    },
    /// A deleted scenario, which the message offers to restore.
    Deleted {
        id: u32,
        name: String,
    },
    Restored {
        name: String,
    },
    /// Scenarios read from an exported file.
    ImportedScenarios {
        count: usize,
    },
    /// A territory read from CSV files, with what the user should be warned about.
    ImportedTerritory {
        name: String,
        warnings: Vec<Warning>,
    },
    /// A share link opened: its scenario was added as a copy.
    LinkOpened {
        name: String,
    },
    /// Groups' files collected, by the names their scenarios got.
    GroupsCollected {
        names: Vec<String>,
    },
}

/// Something refused; nothing was changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// An exported scenarios file that cannot be read.
    ScenariosFile(SaveError),
    /// Territory CSV files refused (file, line, column).
    TerritoryFiles(ImportError),
    /// A share link that cannot be read.
    Link(SaveError),
    /// What the browser had kept could not be read; it is set aside, not lost.
    SavedWork(SaveError),
    /// Groups' files that could not be read (the others were collected).
    GroupFiles(Vec<RefusedGroupFile>),
}

/// Why the browser could not keep the work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFailure {
    /// The browser's storage is full (QuotaExceededError).
    Full,
    /// Storage is off (private browsing, blocked by a setting).
    Unavailable,
    /// Anything else the browser said.
    Other(String),
}

/// A group file refused, by its file name.
#[derive(Clone, Debug, PartialEq)]
pub struct RefusedGroupFile {
    pub file: String,
    pub error: SaveError,
}
