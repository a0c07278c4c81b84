//! The reply letter and the satisfaction survey on the receipt page (plain HTML and posts),
//! and the letter's page for staff.
use super::helpers::*;
use app::domain::staff::Role;
use app::domain::workflow::{CaseState, Outcome};
use app::services::staff::{create_account, login, NewAccount};
use app::services::{cases, closing, profile};

const SCORES: [(&str, &str); 9] = [("q1", "4"), ("q2", "4"), ("q3", "3"), ("q4", "4"), ("q5", "3"), ("q6", "4"), ("q7", "4"), ("q8", "3"), ("q9", "4")];

#[tokio::test]
async fn a_closed_reports_page_shows_the_letter_and_takes_one_rating() {
    let (app, t) = app().await;
    let h = Hasher::new(app::state::TEST_SECRET);
    let receipt = a_receipt(&app).await;
    let admin = create_account(&t.db, &h, None, NewAccount::new("admin", "Admin", Role::Administrator, "Kopi-susu-2026", false)).await.unwrap();
    create_account(&t.db, &h, None, NewAccount::new("irban", "Irban", Role::Supervisor, "Kopi-susu-2026", false)).await.unwrap();
    let (irban, token) = login(&t.db, &h, "irban", "Kopi-susu-2026", None).await.unwrap();
    let p = app::domain::profile::Profile {
        name: "Inspektorat Daerah Kota Sukabumi".into(),
        region: "Kota Sukabumi".into(),
        signatory_name: "Drs. H. Ahmad Fauzi, M.Si.".into(),
        ..Default::default()
    };
    profile::save(&t.db, &admin, &p).await.unwrap();

    let (_, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert!(!html.contains("data-testid=\"reply-letter\"") && !html.contains("data-testid=\"survey-form\""), "nothing before closing");

    for to in [CaseState::Verifikasi, CaseState::Telaah] {
        cases::move_case(&t.db, &irban, 1, to).await.unwrap();
    }
    closing::close(&t.db, h.sealer(), &irban, 1, Outcome::Terbukti, "", "Petugas loket telah dijatuhi hukuman disiplin.").await.unwrap();
    let (status, _, html) = send(&app, form_post("/cek", &[("receipt", &receipt)])).await;
    assert_eq!(status, StatusCode::OK);
    let letter = &html[html.find("data-testid=\"reply-letter\"").expect("the letter")..];
    assert!(letter.contains("INSPEKTORAT DAERAH KOTA SUKABUMI") && letter.contains("PEMERINTAH KOTA SUKABUMI"), "the letterhead");
    assert!(letter.contains("/Inspektorat/20") && letter.contains("Jawaban atas pengaduan WBS-20"), "number and subject");
    assert!(letter.contains("Petugas loket telah dijatuhi hukuman disiplin.") && letter.contains("Drs. H. Ahmad Fauzi, M.Si."));
    assert!(html.contains("data-testid=\"survey-form\"") && html.contains("Persyaratan untuk melapor mudah dipenuhi."));
    assert_eq!(html.matches("<leptos-island").count(), 0, "letter and survey are plain HTML");

    // One answer missing: refused in words, nothing stored, the form is still there.
    let mut fields = vec![("receipt", receipt.as_str()), ("survey", "1")];
    fields.extend_from_slice(&SCORES[..8]);
    let (status, _, html) = send(&app, form_post("/cek", &fields)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("data-testid=\"survey-error\"") && html.contains("Beri nilai 1–4 untuk setiap pertanyaan"));
    assert!(html.contains("data-testid=\"survey-form\""));

    fields.push(SCORES[8]);
    fields.push(("survey_comment", "Terima kasih, cepat."));
    let (status, _, html) = send(&app, form_post("/cek", &fields)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Penilaian Anda sudah tersimpan") && !html.contains("data-testid=\"survey-form\""));
    let (status, _, html) = send(&app, form_post("/cek", &fields)).await;
    assert_eq!(status, StatusCode::CONFLICT, "once per report");
    assert!(html.contains("sudah Anda nilai"));
    let summary = app::services::survey::summary(&t.db, h.sealer(), "", "", 5).await.unwrap();
    assert_eq!(summary.index.map(|i| i.responses), Some(1));

    // Staff print it from the case; without a session there is no letter.
    let req = Request::get("/staf/kasus/1/surat").header(header::COOKIE, format!("lentera_staf={token}")).body(Body::empty()).unwrap();
    let (status, _, html) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK);
    assert!(visible_html(&html).contains("INSPEKTORAT DAERAH KOTA SUKABUMI"), "{html}");
    let (_, _, html) = send(&app, get("/staf/kasus/1/surat")).await;
    assert!(!visible_html(&html).contains("INSPEKTORAT DAERAH KOTA SUKABUMI") && html.contains("Silakan masuk"));
    t.drop_db().await;
}
