//! Bringing work in and out: the scenarios file (export, import) and the user's own territory
//! as the CSV files of MODEL.md (file picker with several files, or dropped together; export back).

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::engine::io::{write_territory, TerritoryFiles};
use crate::ui::facilitator::group_name::GroupName;
use crate::ui::i18n::t;
use crate::ui::scenarios::texts::ScenText;
use crate::ui::state::{use_workspace, Action, Problem};
use crate::ui::storage::{download, download_scenarios};

/// The text of the `<input>` an event came from; `None` where there is no browser.
pub fn input_value(event: &InputEvent) -> Option<String> {
    browser::input_value(event)
}

/// The problem of `kind`, shown as an alert next to the control that caused it.
fn alert(text: Option<String>) -> Html {
    match text {
        Some(text) => html! { <p class="refusal" role="alert">{ text }</p> },
        None => html! {},
    }
}

/// What a drop zone with its file picker needs: the picker's and the zone's handlers, and whether
/// files are being dragged over the zone (it is then highlighted).
pub struct FileDrop {
    pub dragging: bool,
    pub onchange: Callback<Event>,
    pub ondrop: Callback<DragEvent>,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
}

/// Files chosen in the picker or dropped on the zone go to `receive`, each read as text, all
/// together in the order given.
#[hook]
pub fn use_file_drop(receive: Callback<Vec<(String, String)>>) -> FileDrop {
    let dragging = use_state(|| false);
    let onchange = {
        let receive = receive.clone();
        Callback::from(move |event: Event| browser::read_chosen(&event, receive.clone()))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            browser::read_dropped(&event, receive.clone());
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser opens the dropped file instead of handing it to the page.
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    FileDrop {
        dragging: *dragging,
        onchange,
        ondrop,
        ondragover,
        ondragleave,
    }
}

/// Export every scenario to a file, import one back.
#[function_component(ScenariosFile)]
pub fn scenarios_file() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let export = {
        let workspace = workspace.clone();
        Callback::from(move |_| download_scenarios(&workspace))
    };
    let onchange = {
        let workspace = workspace.clone();
        Callback::from(move |event: Event| {
            let workspace = workspace.clone();
            browser::read_chosen(
                &event,
                Callback::from(move |files: Vec<(String, String)>| {
                    if let Some((_, text)) = files.into_iter().next() {
                        workspace.dispatch(Action::ImportScenarios(text));
                    }
                }),
            );
        })
    };
    let problem = match &workspace.problem {
        Some(Problem::ScenariosFile(error)) => Some(error.message(lang)),
        _ => None,
    };
    html! {
        <div class="scenarios-file">
            <GroupName />
            <button type="button" onclick={export}>{ t(lang, ScenText::ExportAll) }</button>
            <label class="file-pick" for="import-scenarios">{ t(lang, ScenText::ImportAll) }</label>
            <input id="import-scenarios" type="file" accept=".json,application/json" {onchange}
                aria-describedby="import-scenarios-hint" />
            <p id="import-scenarios-hint" class="hint">{ t(lang, ScenText::ImportAllHint) }</p>
            { alert(problem) }
        </div>
    }
}

/// The user's territory from CSV files, and the current territory back to CSV.
#[function_component(TerritoryImport)]
pub fn territory_import() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    // Files read so far, by lower-case name: a corrected file replaces its earlier version, so a
    // planner fixes one file and drops only that one again.
    let pending = use_state(TerritoryFiles::new);
    let name = use_state(|| t(lang, ScenText::ImportedTerritoryDefault).to_string());
    {
        let pending = pending.clone();
        use_effect_with(workspace.bases.len(), move |_| {
            pending.set(TerritoryFiles::new())
        });
    }
    let receive = {
        let (pending, name, workspace) = (pending.clone(), name.clone(), workspace.clone());
        Callback::from(move |files: Vec<(String, String)>| {
            let mut merged: BTreeMap<String, String> = (*pending).clone();
            for (file, text) in files {
                merged.insert(file.to_lowercase(), text);
            }
            pending.set(merged.clone());
            workspace.dispatch(Action::ImportTerritory {
                name: (*name).clone(),
                files: merged,
            });
        })
    };
    let drop = use_file_drop(receive);
    let oninput = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                name.set(value);
            }
        })
    };
    let problem = match &workspace.problem {
        Some(Problem::TerritoryFiles(error)) => Some(format!(
            "{} {}",
            t(lang, ScenText::TerritoryRefused),
            error.message(lang)
        )),
        _ => None,
    };
    let exports = write_territory(workspace.territory())
        .into_keys()
        .map(|file| {
            let workspace = workspace.clone();
            let label = file.clone();
            let onclick = Callback::from(move |_| {
                let files = write_territory(workspace.territory());
                if let Some(text) = files.get(&file) {
                    download(&file, "text/csv;charset=utf-8", text);
                }
            });
            html! { <li><button type="button" class="link-like" {onclick}>{ label }</button></li> }
        });
    html! {
        <section class="territory-import" aria-labelledby="territory-import-title">
            <h3 id="territory-import-title">{ t(lang, ScenText::TerritoryTitle) }</h3>
            <p class="hint">{ t(lang, ScenText::TerritoryIntro) }</p>
            <label class="field" for="territory-name">{ t(lang, ScenText::TerritoryName) }</label>
            <input id="territory-name" type="text" value={(*name).clone()} {oninput} />
            <div class={classes!("drop-zone", drop.dragging.then_some("dragging"))}
                ondrop={drop.ondrop} ondragover={drop.ondragover} ondragleave={drop.ondragleave} data-testid="drop-zone">
                <label class="file-pick" for="territory-files">{ t(lang, ScenText::ChooseFiles) }</label>
                <input id="territory-files" type="file" multiple=true accept=".csv,text/csv" onchange={drop.onchange} />
                <p>{ t(lang, ScenText::DropZone) }</p>
            </div>
            if !pending.is_empty() {
                <p class="hint">
                    { t(lang, ScenText::FilesRead) }{ " " }
                    { pending.keys().cloned().collect::<Vec<_>>().join(", ") }
                </p>
            }
            { alert(problem) }
            <h4>{ t(lang, ScenText::ExportCsvFiles) }</h4>
            <ul class="csv-exports">{ for exports }</ul>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
pub(crate) mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use yew::prelude::*;

    /// Reads every file as text (UTF-8), then hands them over together, in the order given.
    fn read_all(list: web_sys::FileList, done: Callback<Vec<(String, String)>>) {
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                if let Ok(text) = JsFuture::from(file.text()).await {
                    read.push((file.name(), text.as_string().unwrap_or_default()));
                }
            }
            done.emit(read);
        });
    }

    pub fn read_chosen(event: &Event, done: Callback<Vec<(String, String)>>) {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(list) = input.files() {
            read_all(list, done);
        }
        // Cleared, so that choosing the same file again (once corrected) reads it again.
        input.set_value("");
    }

    pub fn read_dropped(event: &DragEvent, done: Callback<Vec<(String, String)>>) {
        if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
            read_all(list, done);
        }
    }

    pub fn input_value(event: &InputEvent) -> Option<String> {
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod browser {
    use yew::prelude::*;

    pub fn read_chosen(_event: &Event, _done: Callback<Vec<(String, String)>>) {}

    pub fn read_dropped(_event: &DragEvent, _done: Callback<Vec<(String, String)>>) {}

    pub fn input_value(_event: &InputEvent) -> Option<String> {
        None
    }
}
