//! Checking a report with the receipt: status in plain words, timeline, the stored 5W+2H
//! verdict, and adding information. Both forms are plain posts to /cek, rendered on the
//! server: the page ships no code of its own, only the evidence picker's island once there
//! is a report to add files to (uploads need the browser's progress events).
use leptos::prelude::*;

use crate::components::evidence::EvidenceField;
use crate::components::status::StatusView;
use crate::components::PageTitle;
use crate::domain::report::MAX_TEXT_CHARS;
use crate::i18n::{error_text, use_lang, Lang, Msg};
use crate::model::PostedCheck;

#[component]
pub fn CheckPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle page=Msg::CheckTitle/>
        <h1>{Msg::CheckTitle.t(lang)}</h1>
        {check_view(posted_check(), lang)}
    }
}

/// What the plain post being answered brought, if this request is one (see `forms`). The
/// page is server HTML only, so it reads the request's context directly.
fn posted_check() -> Option<PostedCheck> {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::forms::PostedCheckContext>().map(|p| p.0)
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The lookup form, and what the last post brought: the status, or why there is none.
fn check_view(posted: Option<PostedCheck>, lang: Lang) -> impl IntoView {
    let typed = posted.as_ref().map(|p| p.receipt.clone()).unwrap_or_default();
    let shown = posted.map(|p| match p.result {
        Err(e) => view! {
            <p class="error" role="alert" data-testid="check-error">{error_text(&e, lang)}</p>
        }
        .into_any(),
        Ok(status) => {
            let open = status.state != crate::domain::workflow::CaseState::Selesai;
            let limits = status.evidence;
            let notices = notices_card(&p.receipt, status.notices, open, (p.notices_changed, p.notices_error.clone(), p.typed_address.clone()), lang);
            let letter = status.letter.clone().map(|l| letter_card(l, lang));
            let survey = (!open).then(|| survey_card(&p.receipt, status.rated, (p.rated_now, p.survey_error.clone()), lang));
            view! {
                <StatusView status/>
                {letter}
                {survey}
                {p.added.then(|| view! {
                    <p class="ok" role="status" data-testid="info-added">{Msg::InfoAddedOk.t(lang)}</p>
                })}
                {open.then(|| view! {
                    <form method="post" action="/cek" class="card add-info">
                        <h2>{Msg::AddInfoTitle.t(lang)}</h2>
                        <label for="info">{Msg::AddInfoHelp.t(lang)}</label>
                        <input type="hidden" name="receipt" value=p.receipt.clone()/>
                        <textarea id="info" name="info" rows="4" maxlength=MAX_TEXT_CHARS.to_string()>{crate::components::textarea_text(&p.info_text)}</textarea>
                        {p.info_error.map(|e| view! {
                            <p class="error" role="alert" data-testid="info-error">{error_text(&e, lang)}</p>
                        })}
                        <EvidenceField limits submit_label=Msg::AddInfoButton.t(lang).to_owned() submit_testid="add-info".to_owned()/>
                    </form>
                })}
                {notices}
            }
            .into_any()
        }
    });
    view! {
        <form method="post" action="/cek" class="card lookup">
            <p>{Msg::CheckIntro.t(lang)}</p>
            <label for="receipt">{Msg::ReceiptInputLabel.t(lang)}</label>
            <input id="receipt" name="receipt" type="text" inputmode="numeric" autocomplete="off"
                spellcheck="false" maxlength="40" placeholder="1234 5678 9012 3456"
                value=typed/>
            <button type="submit" class="button primary" data-testid="check">
                {Msg::CheckButton.t(lang)}
            </button>
        </form>
        {shown}
    }
}

/// News by e-mail: the form to give an address (open cases), or that notices are on with the
/// button to stop them; `posted` is what the last post about them did (changed, refused, the
/// refused address to correct). Plain posts to /cek: nothing of this reaches the bundle.
fn notices_card(receipt: &str, on: bool, open: bool, posted: (bool, Option<crate::errors::AppError>, String), lang: Lang) -> impl IntoView {
    let (changed, error, typed) = posted;
    let receipt = receipt.to_owned();
    let done = changed.then(|| {
        let text = if on { Msg::NoticesSaved } else { Msg::NoticesStopped };
        view! { <p class="ok" role="status" data-testid="notices-changed">{text.t(lang)}</p> }
    });
    let body = if on {
        view! {
            <p data-testid="notices-on">{Msg::NoticesOn.t(lang)}</p>
            <form method="post" action="/cek">
                <input type="hidden" name="receipt" value=receipt/>
                <input type="hidden" name="stop_notices" value="1"/>
                <button type="submit" class="button" data-testid="stop-notices">{Msg::NoticesStop.t(lang)}</button>
            </form>
        }
        .into_any()
    } else if open {
        // `novalidate`: the server checks the address and says what is wrong in words of its
        // own, in the page's language (the browser's bubble would not say it was not saved).
        view! {
            <form method="post" action="/cek" novalidate>
                <p class="ex" id="notify-ex">{Msg::NoticesHelp.t(lang)}</p>
                <input type="hidden" name="receipt" value=receipt/>
                <label for="notify_email">{Msg::NoticesLabel.t(lang)}</label>
                <input id="notify_email" name="notify_email" type="email" inputmode="email" autocomplete="off"
                    maxlength="254" aria-describedby="notify-ex" value=typed/>
                {error.map(|e| view! { <p class="error" role="alert" data-testid="notices-error">{error_text(&e, lang)}</p> })}
                <button type="submit" class="button" data-testid="start-notices">{Msg::NoticesButton.t(lang)}</button>
            </form>
        }
        .into_any()
    } else {
        return done.into_any();
    };
    view! {
        <section class="card notices">
            <h2>{Msg::NoticesTitle.t(lang)}</h2>
            {done}
            {body}
        </section>
    }
    .into_any()
}

/// The reply letter, with how to print it (the print stylesheet prints the letter alone).
fn letter_card(letter: crate::model::ReplyLetter, lang: Lang) -> impl IntoView {
    view! {
        <section class="card letter-card">
            <h2>{Msg::LetterTitle.t(lang)}</h2>
            <p class="ex no-print">{Msg::LetterPrintHint.t(lang)}</p>
            {crate::components::letter::letter_view(letter)}
        </section>
    }
}

/// The satisfaction survey of a closed case: the form (nine statements, each 1–4, and a
/// comment), or thanks once it was given. Server HTML only, like the rest of this page: the
/// citizen's bundle carries none of it.
#[cfg(feature = "ssr")]
fn survey_card(receipt: &str, rated: bool, (now, error): (bool, Option<crate::errors::AppError>), lang: Lang) -> AnyView {
    use crate::i18n::{survey_scale, survey_statement};
    if rated {
        let text = if now { Msg::SurveyThanks } else { Msg::SurveyDone };
        return view! {
            <section class="card survey">
                <h2>{Msg::SurveyTitle.t(lang)}</h2>
                <p class="ok" role="status" data-testid="survey-done">{text.t(lang)}</p>
            </section>
        }
        .into_any();
    }
    let receipt = receipt.to_owned();
    view! {
        <section class="card survey">
            <h2>{Msg::SurveyTitle.t(lang)}</h2>
            <p>{Msg::SurveyIntro.t(lang)}</p>
            <form method="post" action="/cek" data-testid="survey-form">
                <input type="hidden" name="receipt" value=receipt/>
                <input type="hidden" name="survey" value="1"/>
                {(0..crate::domain::survey::ELEMENTS).map(|i| {
                    let name = format!("q{}", i + 1);
                    view! {
                        <fieldset class="scale">
                            <legend>{format!("{}. ", i + 1)}{survey_statement(i, lang)}</legend>
                            {(1..=4u8).map(|score| {
                                let id = format!("{name}-{score}");
                                view! {
                                    <input type="radio" id=id.clone() name=name.clone() value=score.to_string() required/>
                                    <label for=id>{format!("{score} ")}{survey_scale(score, lang)}</label>
                                }
                            }).collect_view()}
                        </fieldset>
                    }
                }).collect_view()}
                <label for="survey_comment">{Msg::SurveyComment.t(lang)}</label>
                <textarea id="survey_comment" name="survey_comment" rows="3" maxlength=crate::domain::survey::MAX_COMMENT_CHARS.to_string()></textarea>
                {error.map(|e| view! { <p class="error" role="alert" data-testid="survey-error">{crate::i18n::error_text(&e, lang)}</p> })}
                <button type="submit" class="button primary" data-testid="send-survey">{Msg::SurveyButton.t(lang)}</button>
            </form>
        </section>
    }
    .into_any()
}

#[cfg(not(feature = "ssr"))]
fn survey_card(_receipt: &str, _rated: bool, _posted: (bool, Option<crate::errors::AppError>), _lang: Lang) -> AnyView {
    ().into_any()
}
