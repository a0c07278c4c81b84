//! The reply letter as a page prints it: A4, the inspectorate's letterhead, number, subject,
//! the outcome and message, and the signatory. The letter is in Indonesian whatever the page's
//! language (it is the official record). Rendered on the server only: the receipt page is
//! server HTML and the citizen's bundle must not carry this view.
use leptos::prelude::*;

use crate::model::ReplyLetter;

#[cfg(feature = "ssr")]
pub fn letter_view(letter: ReplyLetter) -> AnyView {
    use crate::domain::letter::{opening, subject, CLOSING};
    use crate::i18n::{long_date, Lang};
    let p = letter.profile;
    let contact: Vec<String> = [
        p.address.replace('\n', ", "),
        if p.phone.is_empty() { String::new() } else { format!("Telepon {}", p.phone) },
        if p.email.is_empty() { String::new() } else { format!("Surel {}", p.email) },
        p.website.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let place = if p.region.is_empty() { String::new() } else { format!("{}, ", p.region) };
    let dated = format!("{place}{}", long_date(&letter.date, Lang::Id));
    let received = long_date(&letter.received_on, Lang::Id);
    let position = if p.signatory_position.is_empty() { "Inspektur".to_owned() } else { p.signatory_position.clone() };
    view! {
        <article class="letter" lang="id" data-testid="reply-letter">
            <header class="letterhead">
                {(!p.region.is_empty()).then(|| view! { <p class="lh-gov">{format!("PEMERINTAH {}", p.region.to_uppercase())}</p> })}
                <p class="lh-name" data-testid="letterhead">{p.name.to_uppercase()}</p>
                {(!contact.is_empty()).then(|| view! { <p class="lh-contact">{contact.join(" · ")}</p> })}
            </header>
            <p class="letter-date">{dated}</p>
            <table class="letter-meta">
                <tbody>
                    <tr><td>"Nomor"</td><td>":"</td><td data-testid="letter-number">{letter.number}</td></tr>
                    <tr><td>"Sifat"</td><td>":"</td><td>"Rahasia"</td></tr>
                    <tr><td>"Lampiran"</td><td>":"</td><td>"-"</td></tr>
                    <tr><td>"Hal"</td><td>":"</td><td>{subject(&letter.case_number)}</td></tr>
                </tbody>
            </table>
            <p class="letter-to">"Yth. Pelapor pengaduan " {letter.case_number.clone()} <br/> "di tempat"</p>
            <p>"Dengan hormat,"</p>
            <p>{opening(&received, &letter.case_number)}</p>
            <p data-testid="letter-outcome">{letter.outcome_paragraph}</p>
            <p class="letter-message">{letter.message}</p>
            <p>{CLOSING}</p>
            <div class="signature">
                <p>{position} ","</p>
                <p class="sign-space"></p>
                <p class="sign-name" data-testid="letter-signatory">{if p.signatory_name.is_empty() { p.name.clone() } else { p.signatory_name.clone() }}</p>
                {(!p.signatory_nip.is_empty()).then(|| view! { <p>{format!("NIP {}", p.signatory_nip)}</p> })}
            </div>
        </article>
    }
    .into_any()
}

#[cfg(not(feature = "ssr"))]
pub fn letter_view(_letter: ReplyLetter) -> AnyView {
    ().into_any()
}
