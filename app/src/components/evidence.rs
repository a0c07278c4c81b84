//! The evidence picker: each chosen file is sent at once, on its own, with a progress bar,
//! so a slow or failed upload never touches what the reporter typed; the form then sends
//! only the uploads' one-time keys. Needs JavaScript: without it the picker explains how
//! else to give evidence.
use leptos::prelude::*;

use crate::domain::evidence::{human_size, EvidenceKind, EvidenceLimits};
use crate::errors::AppError;
use crate::i18n::{error_text, files_help, use_lang, Lang, Msg};
use crate::model::UploadedFile;

#[derive(Clone, Debug, PartialEq)]
pub enum PickState {
    /// Sending; percent of the bytes sent.
    Sending(u8),
    Done(UploadedFile),
    Failed(AppError),
}

/// A file the reporter chose, as the page tracks it.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFile {
    /// A number for this page only.
    pub id: u32,
    /// Shown on the phone only: the name is never sent.
    pub name: String,
    pub size: u64,
    pub state: PickState,
}

/// The one-time keys of the finished uploads, for the form's request.
pub fn ready_keys(files: &[PickedFile]) -> Vec<String> {
    files
        .iter()
        .filter_map(|f| match &f.state {
            PickState::Done(u) => Some(u.key.clone()),
            _ => None,
        })
        .collect()
}

pub fn any_sending(files: &[PickedFile]) -> bool {
    files.iter().any(|f| matches!(f.state, PickState::Sending(_)))
}

/// Whether one more file of `size` bytes fits the report beside the files already chosen
/// (failed ones do not count); the server checks again.
pub fn admit(files: &[PickedFile], size: u64, limits: &EvidenceLimits) -> Result<(), AppError> {
    if size > limits.file_bytes {
        return Err(AppError::EvidenceTooLarge { limit_mb: limits.file_mb() });
    }
    let live: Vec<&PickedFile> = files.iter().filter(|f| !matches!(f.state, PickState::Failed(_))).collect();
    let total: u64 = live.iter().map(|f| f.size).sum::<u64>() + size;
    if live.len() >= limits.files_per_report || total > limits.report_bytes {
        return Err(AppError::EvidenceReportFull { limit_mb: limits.report_mb(), limit_files: limits.files_per_report });
    }
    Ok(())
}

#[cfg(feature = "hydrate")]
fn set_state(files: RwSignal<Vec<PickedFile>>, id: u32, state: PickState) {
    files.update(|fs| {
        if let Some(f) = fs.iter_mut().find(|f| f.id == id) {
            f.state = state;
        }
    });
}

#[component]
pub fn EvidencePicker(files: RwSignal<Vec<PickedFile>>, limits: EvidenceLimits) -> impl IntoView {
    let lang = use_lang();
    // False on the server and during hydration, true once the page runs: the picker only
    // appears where it can work.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let next_id = StoredValue::new(0u32);
    let on_change = move |ev: leptos::ev::Event| {
        let _ = (&ev, next_id);
        #[cfg(feature = "hydrate")]
        pick(&ev, files, limits, next_id);
    };
    view! {
        <div class="q files">
            <label for="evidence-files">{Msg::FilesLabel.t(lang)}</label>
            <p class="ex" id="evidence-files-ex">{files_help(&limits, lang)}</p>
            <Show when=move || live.get() fallback=move || view! { <p class="ex">{Msg::FilesNoScript.t(lang)}</p> }>
                <input id="evidence-files" type="file" multiple accept=EvidenceKind::accept_list()
                    aria-describedby="evidence-files-ex" data-testid="evidence-input" on:change=on_change/>
            </Show>
            <ul class="picked" data-testid="evidence-list">
                // A plain list, redrawn in place as files progress: at most ten rows, and
                // no keyed diffing code in the citizen's bundle.
                {move || files.get().into_iter().map(|f| view! { <PickedRow f files lang/> }).collect_view()}
            </ul>
            {move || files.with(|fs| fs.iter().any(|f| matches!(f.state, PickState::Failed(_))))
                .then(|| view! { <p class="ex">{Msg::FilesFailedNote.t(lang)}</p> })}
        </div>
    }
}

/// The evidence picker in a plain form, as an island of its own: the form posts the finished
/// uploads' one-time keys in `evidence_keys` (space-separated), and its submit button waits
/// while a file is still on its way. Without JavaScript the button posts the form as it is.
#[cfg_attr(any(feature = "ssr", not(feature = "staff-bundle")), island)]
#[cfg_attr(all(not(feature = "ssr"), feature = "staff-bundle"), component)]
pub fn EvidenceField(limits: EvidenceLimits, submit_label: String, submit_testid: String) -> impl IntoView {
    let lang = use_lang();
    let files = RwSignal::new(Vec::<PickedFile>::new());
    let sending = move || files.with(|f| any_sending(f));
    view! {
        <EvidencePicker files limits/>
        <input type="hidden" name="evidence_keys" value=move || files.with(|f| ready_keys(f).join(" "))/>
        {move || sending().then(|| view! { <p class="ex" role="status">{Msg::FilesWait.t(lang)}</p> })}
        <button type="submit" class="button primary" data-testid=submit_testid disabled=sending>{submit_label}</button>
    }
}

#[component]
fn PickedRow(f: PickedFile, files: RwSignal<Vec<PickedFile>>, lang: Lang) -> impl IntoView {
    let id = f.id;
    let size = human_size(f.size, lang == Lang::Id);
    let status = match f.state {
        PickState::Sending(pct) => view! {
            <progress max="100" value=pct.to_string()></progress>
            <span>{format!("{} {pct}%", Msg::FilesUploading.t(lang))}</span>
        }
        .into_any(),
        PickState::Done(_) => view! { <span class="ok" data-testid="evidence-done">{format!("✓ {}", Msg::FilesAttached.t(lang))}</span> }.into_any(),
        PickState::Failed(e) => view! { <span class="error" role="alert" data-testid="evidence-error">{error_text(&e, lang)}</span> }.into_any(),
    };
    view! {
        <li>
            <span class="name">{f.name}</span>
            " "
            <span class="size">{size}</span>
            " "
            {status}
            " "
            <button type="button" class="button small" on:click=move |_| files.update(|fs| fs.retain(|x| x.id != id))>
                {Msg::FilesRemove.t(lang)}
            </button>
        </li>
    }
}

/// Takes the chosen files: refuses what cannot fit, sends the rest one request each.
#[cfg(feature = "hydrate")]
fn pick(ev: &leptos::ev::Event, files: RwSignal<Vec<PickedFile>>, limits: EvidenceLimits, next_id: StoredValue<u32>) {
    use wasm_bindgen::JsCast;
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(list) = input.files() else { return };
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        // The browser gives sizes as f64; no `From` turns a float into an integer, and `as`
        // saturates (a negative or NaN size would read 0).
        #[allow(clippy::as_conversions)]
        let size = file.size() as u64;
        let state = match files.with_untracked(|fs| admit(fs, size, &limits)) {
            Ok(()) => PickState::Sending(0),
            Err(e) => PickState::Failed(e),
        };
        let sending = state == PickState::Sending(0);
        files.update(|fs| fs.push(PickedFile { id, name: file.name(), size, state }));
        if sending {
            if let Err(e) = send(&file, id, files, limits) {
                set_state(files, id, PickState::Failed(e));
            }
        }
    }
    // The same file can be chosen again after a failure.
    input.set_value("");
}

/// One upload by XMLHttpRequest, the browser API that reports upload progress.
#[cfg(feature = "hydrate")]
fn send(file: &web_sys::File, id: u32, files: RwSignal<Vec<PickedFile>>, limits: EvidenceLimits) -> Result<(), AppError> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let js = |_| AppError::Internal;
    let xhr = web_sys::XmlHttpRequest::new().map_err(js)?;
    xhr.open("POST", "/bukti").map_err(js)?;
    let form = web_sys::FormData::new().map_err(js)?;
    // A neutral name: the phone's file name ("IMG_…", "foto_budi.jpg") stays on the phone.
    form.append_with_blob_and_filename("file", file, "bukti").map_err(js)?;

    let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            // Held at 99 until the server has cleaned and stored the file.
            #[allow(clippy::as_conversions)] // clamped to 0–99 first
            let pct = ((e.loaded() / e.total()) * 100.0).clamp(0.0, 99.0) as u8;
            set_state(files, id, PickState::Sending(pct));
        }
    });
    xhr.upload().map_err(js)?.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    let answered = xhr.clone();
    let on_load = Closure::<dyn FnMut()>::new(move || {
        let status = answered.status().unwrap_or(0);
        let body = answered.response_text().ok().flatten().unwrap_or_default();
        // Read as bytes, as server functions' answers are: one reader of errors in the bundle.
        let state = if status == 200 {
            serde_json::from_slice::<UploadedFile>(body.as_bytes()).map(PickState::Done).unwrap_or(PickState::Failed(AppError::Internal))
        } else {
            PickState::Failed(serde_json::from_slice::<AppError>(body.as_bytes()).unwrap_or(match status {
                413 => AppError::EvidenceTooLarge { limit_mb: limits.file_mb() },
                503 => AppError::Unavailable,
                _ => AppError::Internal,
            }))
        };
        set_state(files, id, state);
    });
    xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut()>::new(move || {
        set_state(files, id, PickState::Failed(AppError::Network("upload".into())));
    });
    xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    xhr.send_with_opt_form_data(Some(&form)).map_err(js)?;
    // The request owns its callbacks until it ends; a few bytes per file chosen.
    on_progress.forget();
    on_load.forget();
    on_error.forget();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evidence::MB;

    fn picked(id: u32, size: u64, state: PickState) -> PickedFile {
        PickedFile { id, name: format!("f{id}"), size, state }
    }

    fn done(key: &str) -> PickState {
        PickState::Done(UploadedFile { key: key.into(), kind: EvidenceKind::Jpeg, size_bytes: 1 })
    }

    #[test]
    fn only_finished_uploads_are_sent_with_the_form() {
        let files = [picked(1, 5, done("a")), picked(2, 5, PickState::Sending(40)), picked(3, 5, PickState::Failed(AppError::EvidenceUnsupported))];
        assert_eq!(ready_keys(&files), vec!["a".to_owned()]);
        assert!(any_sending(&files));
        assert!(!any_sending(&files[..1]));
    }

    #[test]
    fn a_file_too_large_or_one_too_many_is_refused_on_the_phone() {
        let limits = EvidenceLimits::default();
        assert_eq!(admit(&[], 11 * MB, &limits), Err(AppError::EvidenceTooLarge { limit_mb: 10 }));
        let three = [picked(1, 10 * MB, done("a")), picked(2, 10 * MB, done("b")), picked(3, 9 * MB, done("c"))];
        assert!(admit(&three, MB, &limits).is_ok());
        assert_eq!(admit(&three, 2 * MB, &limits), Err(AppError::EvidenceReportFull { limit_mb: 30, limit_files: 10 }));
        let failed: Vec<_> = (0..3).map(|i| picked(i, 10 * MB, PickState::Failed(AppError::EvidenceUnreadable))).collect();
        assert!(admit(&failed, 10 * MB, &limits).is_ok(), "failed files take no room");
        let ten: Vec<_> = (0..10).map(|i| picked(i, 1, done("k"))).collect();
        assert!(admit(&ten, 1, &limits).is_err());
    }
}
