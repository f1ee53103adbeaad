//! One CSV file as records with their line numbers, its delimiter taken from its header row,
//! and the fields of a record read as planners write them.

use std::collections::BTreeMap;

use csv::StringRecord;

use super::{ImportError, ImportErrorKind, TerritoryFiles};
use crate::engine::model::{Entity, MAX_USUAL_ABSENCE};

/// One CSV file, parsed into records, with its header row.
pub(super) struct Table {
    pub(super) file: &'static str,
    pub(super) headers: Vec<String>,
    pub(super) rows: Vec<(u64, StringRecord)>,
}

/// One record of a table, with its line number for messages.
pub(super) struct Row<'a> {
    pub(super) table: &'a Table,
    pub(super) line: u64,
    pub(super) record: &'a StringRecord,
}

/// Finds a file by name, tolerating another case (`Zones.csv`) as spreadsheets sometimes save.
pub(super) fn find_file<'a>(files: &'a TerritoryFiles, name: &str) -> Option<&'a String> {
    files.get(name).or_else(|| {
        files
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, text)| text)
    })
}

/// Spreadsheets set to French write `;` between fields: take the delimiter the header row uses.
pub(super) fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Parses one file; `Ok(None)` when the folder does not have it.
pub(super) fn open_table(
    files: &TerritoryFiles,
    file: &'static str,
    required: &[&str],
) -> Result<Option<Table>, ImportError> {
    let Some(text) = find_file(files, file) else {
        return Ok(None);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad_csv = |error: csv::Error| {
        let line = error.position().map(csv::Position::line);
        ImportError::new(
            file,
            line,
            None,
            ImportErrorKind::BadCsv {
                detail: error.to_string(),
            },
        )
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(bad_csv)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect();
    if let Some(missing) = required.iter().find(|c| !headers.iter().any(|h| h == *c)) {
        return Err(ImportError::new(
            file,
            Some(1),
            Some(missing),
            ImportErrorKind::MissingColumn,
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(bad_csv)?;
        if record.iter().all(str::is_empty) {
            continue; // A blank line left at the end of a spreadsheet export.
        }
        let line = record.position().map_or(0, csv::Position::line);
        rows.push((line, record));
    }
    Ok(Some(Table {
        file,
        headers,
        rows,
    }))
}

pub(super) fn required_table(
    files: &TerritoryFiles,
    file: &'static str,
    required: &[&str],
) -> Result<Table, ImportError> {
    open_table(files, file, required)?
        .ok_or_else(|| ImportError::new(file, None, None, ImportErrorKind::MissingFile))
}

impl Table {
    pub(super) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |(line, record)| Row {
            table: self,
            line: *line,
            record,
        })
    }
}

/// Reads a decimal number as planners write it: `1.5`, `1,5` or `1 234,5`.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let mut cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if !cleaned.contains('.') && cleaned.matches(',').count() == 1 {
        cleaned = cleaned.replace(',', ".");
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl Row<'_> {
    pub(super) fn error(&self, column: &str, kind: ImportErrorKind) -> ImportError {
        ImportError::new(self.table.file, Some(self.line), Some(column), kind)
    }

    /// The trimmed value of a column ("" when the column or the cell is absent).
    pub(super) fn text(&self, column: &str) -> &str {
        self.table
            .headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    pub(super) fn id(&self, column: &str) -> Result<&str, ImportError> {
        match self.text(column) {
            "" => Err(self.error(column, ImportErrorKind::EmptyValue)),
            id => Ok(id),
        }
    }

    pub(super) fn signed_number(&self, column: &str) -> Result<f64, ImportError> {
        let value = self.text(column);
        if value.is_empty() {
            return Err(self.error(column, ImportErrorKind::EmptyValue));
        }
        parse_number(value).ok_or_else(|| {
            self.error(
                column,
                ImportErrorKind::NotANumber {
                    value: value.into(),
                },
            )
        })
    }

    pub(super) fn number(&self, column: &str) -> Result<f64, ImportError> {
        let number = self.signed_number(column)?;
        if number < 0.0 {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::Negative { value }));
        }
        Ok(number)
    }

    pub(super) fn whole(&self, column: &str) -> Result<u32, ImportError> {
        let number = self.number(column)?;
        let value = || self.text(column).to_string();
        if number.fract() != 0.0 {
            return Err(self.error(column, ImportErrorKind::NotAWholeNumber { value: value() }));
        }
        if number > f64::from(u32::MAX) {
            return Err(self.error(column, ImportErrorKind::TooLarge { value: value() }));
        }
        Ok(number as u32)
    }

    /// A usual absence: a share from 0 to [`MAX_USUAL_ABSENCE`].
    pub(super) fn usual_absence(&self, column: &str) -> Result<f64, ImportError> {
        let rate = self.number(column)?;
        if rate > MAX_USUAL_ABSENCE {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::TooLarge { value }));
        }
        Ok(rate)
    }

    pub(super) fn coordinate(&self, column: &str, limit: f64) -> Result<f64, ImportError> {
        let number = self.signed_number(column)?;
        if number.abs() > limit {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::BadCoordinate { value }));
        }
        Ok(number)
    }
}

/// Text id → position, refusing duplicates and empty ids.
pub(super) fn index_ids(
    table: &Table,
    column: &str,
) -> Result<BTreeMap<String, (usize, u64)>, ImportError> {
    let mut ids = BTreeMap::new();
    for (position, row) in table.rows().enumerate() {
        let id = row.id(column)?;
        if let Some(&(_, first_line)) = ids.get(id) {
            let id = id.to_string();
            return Err(row.error(column, ImportErrorKind::DuplicateId { id, first_line }));
        }
        ids.insert(id.to_string(), (position, row.line));
    }
    Ok(ids)
}

pub(super) fn lookup(
    ids: &BTreeMap<String, (usize, u64)>,
    row: &Row<'_>,
    column: &str,
    target: Entity,
) -> Result<usize, ImportError> {
    let id = row.id(column)?;
    ids.get(id).map(|&(position, _)| position).ok_or_else(|| {
        row.error(
            column,
            ImportErrorKind::UnknownReference {
                id: id.into(),
                target,
            },
        )
    })
}
