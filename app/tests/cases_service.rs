//! Working a case end to end at the service level, on SQLite and PostgreSQL: the workflow is
//! enforced on the server, every role can do exactly its part, and the reporter is answered.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::report::ReportInput;
use app::domain::staff::Role;
use app::domain::workflow::{CaseState, EventKind, Outcome};
use app::entities::{audit_event, report};
use app::errors::AppError;
use app::model::{Closing, StaffUser, TimelineKind};
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::{cases, closing, reports, test_db, tokens::FormToken};
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};

const PW: &str = "Kopi-susu-2026";

struct World {
    h: Hasher,
    supervisor: StaffUser,
    inspector: StaffUser,
    other_inspector: StaffUser,
    intake: StaffUser,
    admin: StaffUser,
}

async fn world(db: &DatabaseConnection) -> World {
    let h = Hasher::new([5; 32]);
    let mk = |name: &'static str, role| {
        let h = h.clone();
        async move { staff::create_account(db, &h, None, NewAccount::new(name, name, role, PW, false)).await.unwrap() }
    };
    World {
        supervisor: mk("irban", Role::Supervisor).await,
        inspector: mk("auditor1", Role::Inspector).await,
        other_inspector: mk("auditor2", Role::Inspector).await,
        intake: mk("petugas", Role::IntakeOfficer).await,
        admin: mk("admin", Role::Administrator).await,
        h,
    }
}

async fn submit(db: &DatabaseConnection, h: &Hasher) -> (i32, String) {
    let input = ReportInput {
        category: "pungli".into(),
        what: "Petugas parkir pasar meminta setoran harian di luar retribusi resmi.".into(),
        ..Default::default()
    };
    let token = FormToken::generate().unwrap();
    let s = reports::submit(db, h, token.as_str(), &input).await.unwrap();
    let id = report::Entity::find().order_by_desc(report::Column::Id).one(db).await.unwrap().unwrap().id;
    (id, s.receipt)
}

#[tokio::test]
async fn a_case_goes_from_arrival_to_an_answered_close_with_the_reporter_in_the_loop() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = submit(&t.db, &w.h).await;

        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        assert_eq!(cases::assignees(&t.db, id).await.unwrap(), vec![w.inspector.id]);
        cases::move_case(&t.db, &w.inspector, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.inspector, id, "Di pasar mana dan kapan tepatnya?").await.unwrap();

        let seen = reports::status(&t.db, &w.h, &receipt).await.unwrap();
        assert_eq!(seen.state, CaseState::Klarifikasi, "{}", t.backend);
        let question = seen.timeline.iter().find(|e| e.kind == TimelineKind::MessageToReporter).unwrap();
        assert_eq!(question.body.as_deref(), Some("Di pasar mana dan kapan tepatnya?"));

        let before = cases::board(&t.db, w.h.sealer(), &w.supervisor, &app::model::BoardFilter::default()).await.unwrap().cards;
        assert!(!before[0].answer_arrived);
        let answered = reports::add_information(&t.db, &w.h, &receipt, "Pasar Pelita, setiap pagi sejak Maret 2025.", reports::Evidence::none()).await.unwrap();
        assert_eq!(answered.state, CaseState::Verifikasi, "the answer returns the case to verification");
        let after = cases::board(&t.db, w.h.sealer(), &w.supervisor, &app::model::BoardFilter::default()).await.unwrap().cards;
        assert!(after[0].answer_arrived, "{}: the board shows the answer arrived", t.backend);

        cases::move_case(&t.db, &w.inspector, id, CaseState::Telaah).await.unwrap();
        let proposed = closing::close(&t.db, w.h.sealer(), &w.inspector, id, Outcome::Terbukti, "", "Terbukti. Petugas telah dijatuhi sanksi disiplin.").await;
        assert_eq!(proposed, Ok(Closing::Proposed), "{}: an inspector proposes", t.backend);
        assert_eq!(reports::status(&t.db, &w.h, &receipt).await.unwrap().state, CaseState::Telaah, "not closed before approval");
        let read = cases::detail(&t.db, w.h.sealer(), &w.supervisor, id).await.unwrap().proposal.unwrap();
        closing::approve(&t.db, w.h.sealer(), &w.supervisor, id, read.id).await.unwrap();

        let done = reports::status(&t.db, &w.h, &receipt).await.unwrap();
        assert_eq!(done.state, CaseState::Selesai);
        assert_eq!(done.outcome, Some(Outcome::Terbukti));
        assert_eq!(
            done.timeline.last().and_then(|e| e.state),
            Some(CaseState::Selesai),
            "{}: the reporter sees the close",
            t.backend
        );
        assert!(done.timeline.iter().any(|e| e.body.as_deref() == Some("Terbukti. Petugas telah dijatuhi sanksi disiplin.")));
        assert_eq!(reports::add_information(&t.db, &w.h, &receipt, "lagi", reports::Evidence::none()).await, Err(AppError::CaseClosed));

        let audited: Vec<String> = audit_event::Entity::find().all(&t.db).await.unwrap().into_iter()
            .filter(|e| e.report_id == Some(id)).map(|e| e.action).collect();
        assert_eq!(
            audited,
            ["assigned", "transition", "message_to_reporter", "transition", "transition", "closing_proposed", "viewed", "closing_approved", "closed", "transition", "letter_issued"]
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn illegal_moves_are_refused_by_the_server_and_change_nothing() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = submit(&t.db, &w.h).await;
        let sup = &w.supervisor;
        assert_eq!(cases::move_case(&t.db, sup, id, CaseState::Telaah).await, Err(AppError::IllegalMove));
        assert_eq!(cases::move_case(&t.db, sup, id, CaseState::Selesai).await, Err(AppError::IllegalMove));
        assert_eq!(cases::move_case(&t.db, sup, id, CaseState::Klarifikasi).await, Err(AppError::IllegalMove), "questions need a message");
        assert_eq!(cases::ask_reporter(&t.db, w.h.sealer(), sup, id, "Kapan?").await, Err(AppError::IllegalMove), "not from received");
        assert_eq!(closing::close(&t.db, w.h.sealer(), sup, id, Outcome::Dilimpahkan, "BPK", "Dilimpahkan.").await, Err(AppError::IllegalMove));
        cases::move_case(&t.db, sup, id, CaseState::Verifikasi).await.unwrap();
        assert_eq!(closing::close(&t.db, w.h.sealer(), sup, id, Outcome::Terbukti, "", "Terbukti.").await, Err(AppError::IllegalMove), "no finding before review");
        assert_eq!(closing::close(&t.db, w.h.sealer(), sup, id, Outcome::Dilimpahkan, "BPK", "   ").await, Err(AppError::MessageRequired));
        assert_eq!(closing::close(&t.db, w.h.sealer(), sup, id, Outcome::Dilimpahkan, "", "Kami limpahkan.").await, Err(AppError::OutcomeDetailRequired));
        assert_eq!(cases::ask_reporter(&t.db, w.h.sealer(), sup, id, "").await, Err(AppError::MessageRequired));
        assert_eq!(reports::status(&t.db, &w.h, &receipt).await.unwrap().state, CaseState::Verifikasi, "{}", t.backend);

        closing::close(&t.db, w.h.sealer(), sup, id, Outcome::Dilimpahkan, "Kepolisian Resor Sukabumi Kota", "Di luar kewenangan kami; kami limpahkan ke kepolisian.").await.unwrap();
        assert_eq!(cases::move_case(&t.db, sup, id, CaseState::Verifikasi).await, Err(AppError::IllegalMove), "closed stays closed");
        t.drop_db().await;
    }
}

/// Defect 10: an inspector closed a case alone, and nothing could reopen a closed case.
/// SPEC: an inspector's closing is a proposal a supervisor approves or sends back; a closed
/// case can be reopened with a reason, audited, and the reporter is told.
#[tokio::test]
async fn an_inspectors_closing_waits_for_a_supervisor_and_a_closed_case_can_be_reopened() {
    use app::entities::report_event;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let who = t.backend;
        let (id, receipt) = submit(&t.db, &w.h).await;
        let (sealer, ins, sup) = (w.h.sealer(), &w.inspector, &w.supervisor);
        cases::assign(&t.db, sup, id, ins.id).await.unwrap();
        cases::move_case(&t.db, ins, id, CaseState::Verifikasi).await.unwrap();
        cases::move_case(&t.db, ins, id, CaseState::Telaah).await.unwrap();
        let reporter_sees = || async { reports::status(&t.db, &w.h, &receipt).await.unwrap() };

        // The inspector proposes; the reporter sees nothing of it; the board flags it.
        let proposed = closing::close(&t.db, sealer, ins, id, Outcome::TidakTerbukti, "", "Usulan-pesan pertama").await;
        assert_eq!(proposed, Ok(Closing::Proposed), "{who}");
        let seen = reporter_sees().await;
        assert_eq!((seen.state, seen.outcome), (CaseState::Telaah, None), "{who}");
        assert!(seen.timeline.iter().all(|e| e.body.as_deref() != Some("Usulan-pesan pertama")), "{who}: not before approval");
        let card = |user: StaffUser| {
            let db = t.db.clone();
            let sealer = sealer.clone();
            async move { cases::board(&db, &sealer, &user, &Default::default()).await.unwrap().cards.into_iter().find(|c| c.id == id).unwrap() }
        };
        assert!(card(sup.clone()).await.closing_proposed, "{who}: the board shows it waits");
        let d = cases::detail(&t.db, sealer, sup, id).await.unwrap();
        let p = d.proposal.clone().unwrap();
        assert_eq!((p.outcome, p.message.as_str(), p.by.as_str()), (Outcome::TidakTerbukti, "Usulan-pesan pertama", "auditor1"));
        assert!(d.may_approve && !cases::detail(&t.db, sealer, ins, id).await.unwrap().may_approve);

        // Only a supervisor approves, sends back or reopens.
        for user in [ins, &w.other_inspector, &w.intake, &w.admin] {
            assert_eq!(closing::approve(&t.db, sealer, user, id, p.id).await, Err(AppError::Forbidden), "{who}: {}", user.username);
            assert_eq!(closing::send_back(&t.db, sealer, user, id, "Alasan").await, Err(AppError::Forbidden));
            assert_eq!(closing::reopen(&t.db, sealer, user, id, "Alasan").await, Err(AppError::Forbidden));
        }
        // Sent back with a reason (required): nothing closes, the inspector reads why.
        assert_eq!(closing::send_back(&t.db, sealer, sup, id, "  ").await, Err(AppError::ReasonRequired));
        closing::send_back(&t.db, sealer, sup, id, "Lengkapi dulu keterangan saksi.").await.unwrap();
        assert!(!card(sup.clone()).await.closing_proposed, "{who}");
        assert_eq!(closing::approve(&t.db, sealer, sup, id, p.id).await, Err(AppError::IllegalMove), "{who}: nothing waits any more");
        let d = cases::detail(&t.db, sealer, ins, id).await.unwrap();
        assert!(d.proposal.is_none());
        assert!(d.timeline.iter().any(|e| e.kind == EventKind::ClosingReturned && e.body.as_deref() == Some("Lengkapi dulu keterangan saksi.")), "{who}");
        assert_eq!(reporter_sees().await.state, CaseState::Telaah);

        // Proposed again, with a new message; approved: the reporter reads the inspector's words.
        // The supervisor reads one text; the inspector replaces it meanwhile: approving what
        // was read is refused, and the reporter gets nothing nobody approved.
        closing::close(&t.db, sealer, ins, id, Outcome::TidakTerbukti, "", "Usulan-pesan kedua").await.unwrap();
        let read = cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.unwrap();
        closing::close(&t.db, sealer, ins, id, Outcome::Terbukti, "", "Terbukti; petugas telah dijatuhi sanksi.").await.unwrap();
        assert_eq!(closing::approve(&t.db, sealer, sup, id, read.id).await, Err(AppError::ProposalChanged), "{who}");
        assert_eq!(reporter_sees().await.state, CaseState::Telaah, "{who}: nothing approved");
        let latest = cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.unwrap();
        closing::approve(&t.db, sealer, sup, id, latest.id).await.unwrap();
        let seen = reporter_sees().await;
        assert_eq!((seen.state, seen.outcome), (CaseState::Selesai, Some(Outcome::Terbukti)), "{who}: the latest proposal is the one approved");
        assert!(seen.timeline.iter().any(|e| e.body.as_deref() == Some("Terbukti; petugas telah dijatuhi sanksi.")));
        assert!(seen.timeline.iter().all(|e| e.body.as_deref() != Some("Usulan-pesan kedua")), "a replaced proposal is never sent");
        let message = report_event::Entity::find().all(&t.db).await.unwrap().into_iter().rfind(|e| e.kind == EventKind::Message).unwrap();
        assert_eq!(message.actor, format!("staf:{}", ins.id), "{who}: the message is the inspector's");

        // Reopened with a reason: back in verification, outcome gone, additions taken again.
        assert_eq!(closing::reopen(&t.db, sealer, sup, id, "").await, Err(AppError::ReasonRequired));
        closing::reopen(&t.db, sealer, sup, id, "Bukti baru dari BKPSDM tentang Pak Budi.").await.unwrap();
        assert_eq!(closing::reopen(&t.db, sealer, sup, id, "Lagi").await, Err(AppError::IllegalMove), "{who}: only a closed case reopens");
        let seen = reporter_sees().await;
        assert_eq!((seen.state, seen.outcome), (CaseState::Verifikasi, None), "{who}");
        assert_eq!(seen.timeline.last().and_then(|e| e.state), Some(CaseState::Verifikasi), "the reporter is told: their timeline shows the case reopened");
        assert!(seen.timeline.iter().all(|e| !e.body.as_deref().unwrap_or("").contains("Budi")), "{who}: the reason stays internal");
        reports::add_information(&t.db, &w.h, &receipt, "Ada saksi baru.", reports::Evidence::none()).await.unwrap();
        let d = cases::detail(&t.db, sealer, sup, id).await.unwrap();
        assert!(d.timeline.iter().any(|e| e.kind == EventKind::Reopened && e.body.as_deref() == Some("Bukti baru dari BKPSDM tentang Pak Budi.")));

        // A supervisor's own closing is immediate and supersedes a waiting proposal.
        cases::move_case(&t.db, ins, id, CaseState::Telaah).await.unwrap();
        closing::close(&t.db, sealer, ins, id, Outcome::Duplikat, "WBS-2026-00001", "Digabung.").await.unwrap();
        assert_eq!(closing::close(&t.db, sealer, sup, id, Outcome::TidakTerbukti, "", "Tidak terbukti.").await, Ok(Closing::Closed));
        assert!(cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.is_none(), "{who}");
        assert_eq!(reporter_sees().await.outcome, Some(Outcome::TidakTerbukti));

        let audited: Vec<String> = audit_event::Entity::find().all(&t.db).await.unwrap().into_iter()
            .filter(|e| e.report_id == Some(id) && e.action != "viewed").map(|e| e.action).collect();
        for action in ["closing_proposed", "closing_returned", "closing_approved", "closed", "reopened", "closing_superseded"] {
            assert!(audited.iter().any(|a| a == action), "{who}: {action} audited");
        }
        t.drop_db().await;
    }
}

/// Two supervisors approve the same proposal at once (PostgreSQL runs them side by side):
/// one closes the case, the other is told nothing waits; the reporter gets one message.
/// And a case retention has emptied is not reopened.
#[tokio::test]
async fn parallel_approvals_close_once_and_an_emptied_case_is_not_reopened() {
    use app::entities::report_event;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, _) = submit(&t.db, &w.h).await;
        let (sealer, ins, sup) = (w.h.sealer(), &w.inspector, &w.supervisor);
        cases::assign(&t.db, sup, id, ins.id).await.unwrap();
        cases::move_case(&t.db, ins, id, CaseState::Verifikasi).await.unwrap();
        closing::close(&t.db, sealer, ins, id, Outcome::Dilimpahkan, "Ombudsman RI", "Kami limpahkan ke Ombudsman.").await.unwrap();
        let p = cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.unwrap();
        let (a, b) = tokio::join!(closing::approve(&t.db, sealer, sup, id, p.id), closing::approve(&t.db, sealer, sup, id, p.id));
        let mut results = [a, b];
        results.sort_by_key(|r| r.is_err());
        assert_eq!(results, [Ok(()), Err(AppError::IllegalMove)], "{}", t.backend);
        let messages = report_event::Entity::find().all(&t.db).await.unwrap().into_iter()
            .filter(|e| e.report_id == id && e.kind == EventKind::Message).count();
        assert_eq!(messages, 1, "{}: the reporter is answered once", t.backend);

        report::ActiveModel { id: Set(id), purged_at: Set(Some(time::OffsetDateTime::now_utc())), ..Default::default() }.update(&t.db).await.unwrap();
        assert_eq!(closing::reopen(&t.db, sealer, sup, id, "Bukti baru.").await, Err(AppError::CasePurged), "{}", t.backend);
        t.drop_db().await;
    }
}

/// A proposal made while the case could close that way, then moved (the reporter's answer
/// returned it to verification), is refused at approval and changes nothing.
#[tokio::test]
async fn approving_a_proposal_the_case_has_outgrown_changes_nothing() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = submit(&t.db, &w.h).await;
        let (sealer, ins, sup) = (w.h.sealer(), &w.inspector, &w.supervisor);
        cases::assign(&t.db, sup, id, ins.id).await.unwrap();
        cases::move_case(&t.db, ins, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, sealer, ins, id, "Di mana?").await.unwrap();
        closing::close(&t.db, sealer, ins, id, Outcome::TidakLengkap, "", "Tidak dijawab.").await.unwrap();
        reports::add_information(&t.db, &w.h, &receipt, "Di Pasar Pelita.", reports::Evidence::none()).await.unwrap();
        let read = cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.unwrap();
        assert_eq!(closing::approve(&t.db, sealer, sup, id, read.id).await, Err(AppError::IllegalMove), "{}", t.backend);
        let seen = reports::status(&t.db, &w.h, &receipt).await.unwrap();
        assert_eq!((seen.state, seen.outcome), (CaseState::Verifikasi, None));
        assert!(cases::detail(&t.db, sealer, sup, id).await.unwrap().proposal.is_some(), "it waits, to be sent back");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn each_role_may_do_exactly_its_part() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, _) = submit(&t.db, &w.h).await;

        // Only supervisors assign.
        for who in [&w.inspector, &w.intake, &w.admin] {
            assert_eq!(cases::assign(&t.db, who, id, w.inspector.id).await, Err(AppError::Forbidden), "{}", who.username);
        }
        // An inspector cannot open a case that is not theirs, even by id.
        assert_eq!(cases::move_case(&t.db, &w.inspector, id, CaseState::Verifikasi).await, Err(AppError::CaseNotFound));
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        assert_eq!(cases::move_case(&t.db, &w.other_inspector, id, CaseState::Verifikasi).await, Err(AppError::CaseNotFound));
        // Intake officers and administrators do not work cases.
        assert_eq!(cases::move_case(&t.db, &w.intake, id, CaseState::Verifikasi).await, Err(AppError::Forbidden));
        assert_eq!(cases::move_case(&t.db, &w.admin, id, CaseState::Verifikasi).await, Err(AppError::Forbidden));
        // Staff cannot be assigned outside the workflow roles.
        assert_eq!(cases::assign(&t.db, &w.supervisor, id, w.intake.id).await, Err(AppError::AssigneeUnavailable));
        // The assigned inspector can.
        cases::move_case(&t.db, &w.inspector, id, CaseState::Verifikasi).await.unwrap();
        assert_eq!(cases::move_case(&t.db, &w.supervisor, 999_999, CaseState::Verifikasi).await, Err(AppError::CaseNotFound), "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn the_board_shows_each_role_only_its_cases() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (first, _) = submit(&t.db, &w.h).await;
        let (_second, _) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, first, w.inspector.id).await.unwrap();
        let all = app::model::BoardFilter::default();

        let sup = cases::board(&t.db, w.h.sealer(), &w.supervisor, &all).await.unwrap().cards;
        assert_eq!(sup.len(), 2, "{}: supervisors see every case", t.backend);
        let mine = cases::board(&t.db, w.h.sealer(), &w.inspector, &all).await.unwrap().cards;
        assert_eq!(mine.iter().map(|c| c.id).collect::<Vec<_>>(), vec![first]);
        assert_eq!(mine[0].assignees, vec!["auditor1".to_owned()]);
        assert_eq!(mine[0].state, CaseState::Diterima);
        assert!(cases::board(&t.db, w.h.sealer(), &w.other_inspector, &all).await.unwrap().cards.is_empty());
        assert!(cases::board(&t.db, w.h.sealer(), &w.admin, &all).await.unwrap().cards.is_empty());

        let by_number = app::model::BoardFilter { text: mine[0].case_number.to_lowercase(), ..Default::default() };
        assert_eq!(cases::board(&t.db, w.h.sealer(), &w.supervisor, &by_number).await.unwrap().cards.len(), 1);
        let other_category = app::model::BoardFilter { category: "disiplin".into(), ..Default::default() };
        assert!(cases::board(&t.db, w.h.sealer(), &w.supervisor, &other_category).await.unwrap().cards.is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn opening_a_case_is_audited_and_internal_notes_never_reach_the_reporter() {
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let input = ReportInput {
            category: "disiplin".into(),
            what: "Pegawai sering meninggalkan kantor pada jam kerja untuk urusan pribadi.".into(),
            contact: "warga@example.com".into(),
            ..Default::default()
        };
        let token = FormToken::generate().unwrap();
        let s = reports::submit(&t.db, &w.h, token.as_str(), &input).await.unwrap();
        let id = report::Entity::find().one(&t.db).await.unwrap().unwrap().id;

        assert_eq!(cases::detail(&t.db, w.h.sealer(), &w.inspector, id).await.unwrap_err(), AppError::CaseNotFound, "not assigned");
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        let seen = cases::detail(&t.db, w.h.sealer(), &w.inspector, id).await.unwrap();
        assert_eq!(seen.report.contact, "warga@example.com", "the assigned inspector sees the contact");
        assert!(seen.workers.is_empty(), "only supervisors get the list of staff to assign");
        assert!(!cases::detail(&t.db, w.h.sealer(), &w.supervisor, id).await.unwrap().workers.is_empty());

        cases::add_note(&t.db, w.h.sealer(), &w.inspector, id, "Saksi: satpam kantor.").await.unwrap();
        assert_eq!(cases::add_note(&t.db, w.h.sealer(), &w.inspector, id, "  ").await, Err(AppError::NoteRequired));
        let again = cases::detail(&t.db, w.h.sealer(), &w.inspector, id).await.unwrap();
        assert!(again.timeline.iter().any(|e| e.kind == EventKind::Note && e.actor == "auditor1"));
        let reporter = reports::status(&t.db, &w.h, &s.receipt).await.unwrap();
        assert!(reporter.timeline.iter().all(|e| e.body.as_deref() != Some("Saksi: satpam kantor.")), "{}", t.backend);

        let views = audit_event::Entity::find().all(&t.db).await.unwrap().into_iter()
            .filter(|e| e.action == "viewed" && e.actor_id == Some(w.inspector.id)).count();
        assert_eq!(views, 2, "{}: every opening is audited", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_intake_officer_enters_a_letter_that_the_citizen_follows_with_the_slip() {
    use app::domain::report::Channel;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let input = ReportInput {
            category: "pengadaan".into(),
            what: "Pemenang tender pengadaan komputer sekolah sudah diatur sebelum lelang dibuka.".into(),
            ..Default::default()
        };
        let token = FormToken::generate().unwrap();
        let refused = cases::enter_report(&t.db, &w.h, &w.inspector, token.as_str(), cases::Received { channel: Channel::Surat, on: "2026-11-20" }, &input, reports::Evidence::none()).await;
        assert_eq!(refused.unwrap_err(), AppError::Forbidden, "inspectors do not do intake");
        let bad_date = cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Surat, on: "2999-01-01" }, &input, reports::Evidence::none()).await;
        assert_eq!(bad_date.unwrap_err(), AppError::InvalidReceivedDate);
        let portal = cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Portal, on: "2026-11-20" }, &input, reports::Evidence::none()).await;
        assert_eq!(portal.unwrap_err(), AppError::FormExpired, "staff record the real channel");

        let slip = cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Surat, on: "2026-11-20" }, &input, reports::Evidence::none()).await.unwrap();
        let stored = report::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(stored.channel, app::domain::report::Channel::Surat);
        assert_eq!(stored.entered_by, Some(w.intake.id));
        assert_eq!(stored.received_on.as_deref(), Some("2026-11-20"));
        let entered: Vec<(Option<i32>, Option<i32>, String)> = audit_event::Entity::find().all(&t.db).await.unwrap()
            .into_iter().filter(|e| e.report_id.is_some()).map(|e| (e.actor_id, e.report_id, e.action)).collect();
        assert_eq!(entered, [(Some(w.intake.id), Some(stored.id), "report_entered".to_owned())], "{}: audited with the case", t.backend);
        assert_eq!(reports::status(&t.db, &w.h, &slip.receipt).await.unwrap().case_number, slip.case_number, "{}", t.backend);

        let all = app::model::BoardFilter::default();
        assert_eq!(cases::board(&t.db, w.h.sealer(), &w.intake, &all).await.unwrap().cards.len(), 1, "intake sees what they entered");
        let (_, _) = submit(&t.db, &w.h).await;
        assert_eq!(cases::board(&t.db, w.h.sealer(), &w.intake, &all).await.unwrap().cards.len(), 1, "and nothing else");
        assert_eq!(cases::board(&t.db, w.h.sealer(), &w.supervisor, &all).await.unwrap().cards.len(), 2);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_inspector_overrides_an_element_and_both_verdicts_are_kept() {
    use app::domain::fivew::{Element, ElementState};
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, receipt) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        assert_eq!(
            cases::override_element(&t.db, w.h.sealer(), &w.inspector, id, Element::Who, true, " ").await,
            Err(AppError::ReasonRequired),
            "a reason is required"
        );
        assert_eq!(
            cases::override_element(&t.db, w.h.sealer(), &w.other_inspector, id, Element::Who, true, "x").await,
            Err(AppError::CaseNotFound)
        );
        cases::override_element(&t.db, w.h.sealer(), &w.inspector, id, Element::Who, false, "Nama tidak jelas").await.unwrap();
        cases::override_element(&t.db, w.h.sealer(), &w.inspector, id, Element::Who, true, "Dikonfirmasi lewat telepon kantor").await.unwrap();

        let d = cases::detail(&t.db, w.h.sealer(), &w.inspector, id).await.unwrap();
        assert_eq!(d.overrides.len(), 1, "{}: the newest per element is in force", t.backend);
        assert!(d.overrides[0].met);
        assert_eq!(d.overrides[0].reason, "Dikonfirmasi lewat telepon kantor");
        assert_eq!(d.verdict.get(Element::Who).unwrap().state, ElementState::Missing, "the automatic verdict is kept");
        let reporter = reports::status(&t.db, &w.h, &receipt).await.unwrap();
        assert_eq!(reporter.verdict.get(Element::Who).unwrap().state, ElementState::Missing);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn supervisors_read_a_cases_audit_trail_and_only_administrators_the_whole_log() {
    use app::services::audit;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (id, _) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        cases::detail(&t.db, w.h.sealer(), &w.inspector, id).await.unwrap();

        let trail = audit::read(&t.db, &w.supervisor, Some(id)).await.unwrap();
        let actions: Vec<_> = trail.iter().map(|r| (r.actor.as_str(), r.action.as_str())).collect();
        assert_eq!(actions, [("auditor1", "viewed"), ("irban", "assigned")], "{}: newest first", t.backend);
        assert_eq!(audit::read(&t.db, &w.inspector, Some(id)).await.unwrap_err(), AppError::Forbidden);
        assert_eq!(audit::read(&t.db, &w.supervisor, None).await.unwrap_err(), AppError::Forbidden);
        let all = audit::read(&t.db, &w.admin, None).await.unwrap();
        assert!(all.iter().any(|r| r.action == "account_created"));
        assert!(all.len() >= trail.len());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn board_filters_narrow_by_state_channel_assignee_and_text() {
    use app::model::BoardFilter;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (first, _) = submit(&t.db, &w.h).await;
        let (second, _) = submit(&t.db, &w.h).await;
        cases::assign(&t.db, &w.supervisor, second, w.inspector.id).await.unwrap();
        cases::move_case(&t.db, &w.supervisor, second, CaseState::Verifikasi).await.unwrap();
        let ids = |f: BoardFilter| {
            let db = t.db.clone();
            let sup = w.supervisor.clone();
            let h = w.h.clone();
            async move { cases::board(&db, h.sealer(), &sup, &f).await.unwrap().cards.into_iter().map(|c| c.id).collect::<Vec<_>>() }
        };
        assert_eq!(ids(BoardFilter { state: "verifikasi".into(), ..Default::default() }).await, vec![second]);
        assert_eq!(ids(BoardFilter { state: "diterima".into(), ..Default::default() }).await, vec![first]);
        assert_eq!(ids(BoardFilter { assignee: Some(w.inspector.id), ..Default::default() }).await, vec![second]);
        assert_eq!(ids(BoardFilter { channel: "surat".into(), ..Default::default() }).await, Vec::<i32>::new());
        assert_eq!(ids(BoardFilter { channel: "portal".into(), ..Default::default() }).await.len(), 2);
        assert_eq!(ids(BoardFilter { text: "setoran harian".into(), ..Default::default() }).await.len(), 2, "{}: text searches the subject", t.backend);
        assert!(ids(BoardFilter { text: "tidak ada kata ini".into(), ..Default::default() }).await.is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn cards_show_due_dates_and_the_overdue_filter_finds_late_cases() {
    use app::domain::deadline::DeadlineKind;
    use app::domain::report::Channel;
    use app::model::BoardFilter;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (fresh, _) = submit(&t.db, &w.h).await;
        // A letter that arrived on Monday 2 November 2026 and was never verified.
        let input = ReportInput {
            category: "pengadaan".into(),
            what: "Pemenang tender pengadaan komputer sekolah sudah diatur sebelum lelang dibuka.".into(),
            ..Default::default()
        };
        let token = FormToken::generate().unwrap();
        cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Surat, on: "2026-11-02" }, &input, reports::Evidence::none()).await.unwrap();

        let cards = cases::board(&t.db, w.h.sealer(), &w.supervisor, &BoardFilter::default()).await.unwrap().cards;
        let late = cards.iter().find(|c| c.id != fresh).unwrap();
        let due = late.due.clone().unwrap();
        assert_eq!((due.date.as_str(), due.kind, due.overdue), ("2026-11-05", DeadlineKind::Verification, true), "{}", t.backend);
        assert!(!cards.iter().find(|c| c.id == fresh).unwrap().due.as_ref().unwrap().overdue);

        assert!(!due.soon, "overdue is not 'due soon'");
        assert!(!cards.iter().find(|c| c.id == fresh).unwrap().due.as_ref().unwrap().soon, "three working days left");
        // A walk-in one working day ago: two working days left, due soon.
        let calendar = app::services::deadlines::calendar(&t.db).await.unwrap();
        let today = app::services::deadlines::day_of(time::OffsetDateTime::now_utc());
        let mut walked_in = today;
        while !(calendar.is_working_day(walked_in) && calendar.working_days_between(walked_in, today) == 1) {
            walked_in = walked_in.previous_day().unwrap();
        }
        let token = FormToken::generate().unwrap();
        let day = app::domain::deadline::format_day(walked_in);
        cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Langsung, on: &day }, &input, reports::Evidence::none()).await.unwrap();
        let soon = BoardFilter { due_soon: true, ..Default::default() };
        let soon_cards = cases::board(&t.db, w.h.sealer(), &w.supervisor, &soon).await.unwrap().cards;
        assert_eq!(soon_cards.len(), 1, "{}: only the walk-in is due soon", t.backend);
        assert_eq!(soon_cards[0].channel, app::domain::report::Channel::Langsung);
        assert!(soon_cards[0].due.as_ref().unwrap().soon);
        let overdue = BoardFilter { overdue: true, ..Default::default() };
        let found: Vec<i32> = cases::board(&t.db, w.h.sealer(), &w.supervisor, &overdue).await.unwrap().cards.into_iter().map(|c| c.id).collect();
        assert_eq!(found, vec![late.id]);
        assert_eq!(cases::detail(&t.db, w.h.sealer(), &w.supervisor, late.id).await.unwrap().due, Some(due), "the case page shows the same");

        cases::move_case(&t.db, &w.supervisor, late.id, CaseState::Verifikasi).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, late.id, Outcome::Dilimpahkan, "Inspektorat Provinsi", "Kami teruskan.").await.unwrap();
        assert!(cases::board(&t.db, w.h.sealer(), &w.supervisor, &overdue).await.unwrap().cards.is_empty(), "{}: closed cases have no deadline", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn waiting_for_the_reporter_pauses_the_verification_clock() {
    use app::services::deadlines;
    use sea_orm::{ColumnTrait, QueryFilter};
    use time::macros::{date, datetime};
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let calendar = deadlines::calendar(&t.db).await.unwrap();
        assert!(!calendar.is_working_day(date!(2026 - 12 - 25)), "{}: the migration seeds the holidays", t.backend);
        assert!(!calendar.is_working_day(date!(2026 - 03 - 23)), "cuti bersama counts as a day off");

        let (id, receipt) = submit(&t.db, &w.h).await;
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "Pasar yang mana?").await.unwrap();
        let today = deadlines::day_of(time::OffsetDateTime::now_utc());
        let asked = reports::status(&t.db, &w.h, &receipt).await.unwrap().next_by.unwrap();
        assert_eq!(asked.kind, app::domain::deadline::DeadlineKind::ReporterAnswer, "the reporter reads by when to answer");
        assert_eq!(asked.date, app::domain::deadline::format_day(calendar.add_working_days(today, 10)));
        // The question went out on Monday 2 November; the reporter answers today.
        report::Entity::update_many()
            .col_expr(report::Column::StateSince, sea_orm::sea_query::Expr::value(datetime!(2026-11-02 03:00 UTC)))
            .filter(report::Column::Id.eq(id))
            .exec(&t.db)
            .await
            .unwrap();
        reports::add_information(&t.db, &w.h, &receipt, "Pasar Pelita.", reports::Evidence::none()).await.unwrap();

        let stored = report::Entity::find_by_id(id).one(&t.db).await.unwrap().unwrap();
        let waited = calendar.working_days_between(date!(2026 - 11 - 02), today);
        assert!(waited >= 15);
        assert_eq!(stored.paused_days, i32::from(waited), "{}", t.backend);
        let due = cases::detail(&t.db, w.h.sealer(), &w.supervisor, id).await.unwrap().due.unwrap();
        let received = deadlines::day_of(stored.created_at);
        assert_eq!(due.date, app::domain::deadline::format_day(calendar.add_working_days(received, 3 + waited)));
        assert!(!due.overdue, "the days waited do not count against the inspectors");
        assert_eq!(reports::status(&t.db, &w.h, &receipt).await.unwrap().next_by, Some(due), "the reporter sees the same date");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_board_with_thousands_of_cases_loads_each_column_bounded_and_still_finds_any_case() {
    use app::model::BoardFilter;
    use app::services::cases::BOARD_COLUMN_LIMIT;
    use sea_orm::{ActiveValue::Set, ColumnTrait, QueryFilter};
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let (first, _) = submit(&t.db, &w.h).await;
        let template = report::Entity::find_by_id(first).one(&t.db).await.unwrap().unwrap();
        // 1,200 more received cases and 30 closed ones, inserted directly (hashing a receipt
        // for each would only slow the test down).
        let rows: Vec<report::ActiveModel> = (0..1230)
            .map(|i| {
                let mut row: report::ActiveModel = template.clone().into();
                row.id = sea_orm::ActiveValue::NotSet;
                row.receipt_hash = Set(format!("bulk-{i}"));
                row.what = Set(if i == 1100 { "Dana BOS 100% dipotong kepala sekolah".into() } else { template.what.clone() });
                if i >= 1200 {
                    row.state = Set(CaseState::Selesai);
                }
                row
            })
            .collect();
        for chunk in rows.chunks(200) {
            report::Entity::insert_many(chunk.to_vec()).exec(&t.db).await.unwrap();
        }

        let board = cases::board(&t.db, w.h.sealer(), &w.supervisor, &BoardFilter::default()).await.unwrap();
        let received: Vec<i32> = board.cards.iter().filter(|c| c.state == CaseState::Diterima).map(|c| c.id).collect();
        assert_eq!(received.len() as u64, BOARD_COLUMN_LIMIT, "{}", t.backend);
        assert_eq!(received[0], first, "the oldest open case, the most urgent, comes first");
        assert!(board.totals.contains(&(CaseState::Diterima, 1201)));
        assert!(board.totals.contains(&(CaseState::Selesai, 30)));

        // Beyond the column's limit, search still finds a case by number or by text.
        let last = report::Entity::find().filter(report::Column::ReceiptHash.eq("bulk-1100")).one(&t.db).await.unwrap().unwrap();
        let number = app::services::display::case_number(last.id, last.created_at);
        let ids = |text: &str| {
            let (db, sup, f) = (t.db.clone(), w.supervisor.clone(), BoardFilter { text: text.into(), ..Default::default() });
            let h = w.h.clone();
            async move { cases::board(&db, h.sealer(), &sup, &f).await.unwrap().cards.into_iter().map(|c| c.id).collect::<Vec<_>>() }
        };
        assert_eq!(ids(&number).await, vec![last.id], "{}", t.backend);
        assert_eq!(ids("dana bos 100%").await, vec![last.id], "any case of letters; % is a literal");
        assert!(ids("100%%").await.is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_database_dump_reveals_nothing_a_report_or_its_messages_say() {
    use sea_orm::{ConnectionTrait, Statement};
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let marked = |field: &str| format!("{field} RAHASIA-{field} Pak Budi loket 3 Rp 200.000");
        let input = ReportInput {
            category: "pungli".into(),
            what: marked("what"),
            who: marked("who"),
            place: marked("place"),
            time: marked("time"),
            why: marked("why"),
            how: marked("how"),
            how_much: marked("how_much"),
            evidence: marked("evidence"),
            contact: "RAHASIA-kontak 0812-1111-2222".into(),
        };
        let token = FormToken::generate().unwrap();
        let receipt = reports::submit(&t.db, &w.h, token.as_str(), &input).await.unwrap().receipt;
        let id = report::Entity::find().one(&t.db).await.unwrap().unwrap().id;
        let notices = reports::Change::NoticesTo("rahasia.pelapor@example.id");
        assert!(reports::check_receipt(&t.db, &w.h, &receipt, Default::default(), Some(notices)).await.unwrap().added);
        cases::move_case(&t.db, &w.supervisor, id, CaseState::Verifikasi).await.unwrap();
        cases::ask_reporter(&t.db, w.h.sealer(), &w.supervisor, id, "RAHASIA-pertanyaan").await.unwrap();
        reports::add_information(&t.db, &w.h, &receipt, "RAHASIA-jawaban", reports::Evidence::none()).await.unwrap();
        cases::add_note(&t.db, w.h.sealer(), &w.supervisor, id, "RAHASIA-catatan").await.unwrap();
        cases::override_element(&t.db, w.h.sealer(), &w.supervisor, id, app::domain::fivew::Element::Who, true, "RAHASIA-alasan Pak Budi").await.unwrap();
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.inspector, id, Outcome::Dilimpahkan, "Inspektorat Provinsi", "RAHASIA-usulan").await.unwrap();
        closing::send_back(&t.db, w.h.sealer(), &w.supervisor, id, "RAHASIA-kembali").await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, id, Outcome::Dilimpahkan, "Inspektorat Provinsi", "RAHASIA-pesan").await.unwrap();
        closing::reopen(&t.db, w.h.sealer(), &w.supervisor, id, "RAHASIA-buka").await.unwrap();
        // One proposal waiting, for the dump to find it sealed.
        closing::close(&t.db, w.h.sealer(), &w.inspector, id, Outcome::Dilimpahkan, "Inspektorat Provinsi", "RAHASIA-usulan-kedua").await.unwrap();
        // A second report closed and rated: its reply letter repeats the closing message, its
        // rating carries a comment.
        let token = FormToken::generate().unwrap();
        let second_receipt = reports::submit(&t.db, &w.h, token.as_str(), &input).await.unwrap().receipt;
        let second = report::Entity::find().all(&t.db).await.unwrap().into_iter().map(|r| r.id).max().unwrap();
        cases::move_case(&t.db, &w.supervisor, second, CaseState::Verifikasi).await.unwrap();
        closing::close(&t.db, w.h.sealer(), &w.supervisor, second, Outcome::Dilimpahkan, "Inspektorat Provinsi", "RAHASIA-surat").await.unwrap();
        let rating = app::domain::survey::SurveyAnswers { scores: [4; 9], comment: "RAHASIA-komentar".into() };
        let rated = reports::check_receipt(&t.db, &w.h, &second_receipt, Default::default(), Some(reports::Change::Survey(Some(&rating)))).await.unwrap();
        assert!(rated.added && rated.status.letter.is_some());

        // What a stolen database shows: every text column, as the database stores it.
        let dump = |sql: &str| {
            let db = t.db.clone();
            let sql = sql.to_owned();
            async move {
                let rows = db.query_all_raw(Statement::from_string(db.get_database_backend(), sql)).await.unwrap();
                rows.iter().map(|r| r.try_get_by_index::<String>(0).unwrap()).collect::<Vec<_>>().join("\n")
            }
        };
        // Every sealed text column of the one registry (the override reasons were stored in
        // clear, and missing from the list this test had of its own).
        let mut raw = String::new();
        for c in app::services::sealed::SEALED.iter().filter(|c| c.form == app::services::sealed::Form::Text) {
            raw += &dump(&format!("SELECT COALESCE({}, '') FROM {}", c.column, c.table)).await;
        }
        assert!(raw.contains("s1."), "the dump reads the sealed values");
        // Not bare digits: the sealed values are hex and could contain "0812" by chance.
        for secret in ["RAHASIA", "Budi", "0812-1111-2222", "200.000", "rahasia.pelapor", "example.id"] {
            assert!(!raw.contains(secret), "{}: {secret} in the database", t.backend);
        }
        if let Some(path) = t.sqlite_path() {
            let mut bytes = std::fs::read(path).unwrap();
            bytes.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
            let file = String::from_utf8_lossy(&bytes);
            assert!(!file.contains("RAHASIA") && !file.contains("rahasia.pelapor"), "not even in the SQLite file or its journal");
        }

        // Those allowed still read it all.
        let d = cases::detail(&t.db, w.h.sealer(), &w.supervisor, id).await.unwrap();
        assert_eq!((d.report.who.as_str(), d.report.contact.as_str()), (marked("who").as_str(), "RAHASIA-kontak 0812-1111-2222"));
        let texts: Vec<String> = d.timeline.iter().filter_map(|e| e.body.clone()).collect();
        for s in ["RAHASIA-pertanyaan", "RAHASIA-jawaban", "RAHASIA-catatan", "RAHASIA-pesan", "RAHASIA-kembali", "RAHASIA-buka"] {
            assert!(texts.iter().any(|b| b == s), "{}: {s}", t.backend);
        }
        assert_eq!(d.overrides[0].reason, "RAHASIA-alasan Pak Budi");
        assert_eq!(d.proposal.map(|p| p.message).as_deref(), Some("RAHASIA-usulan-kedua"));
        let seen = reports::status(&t.db, &w.h, &receipt).await.unwrap();
        assert!(seen.timeline.iter().any(|e| e.body.as_deref() == Some("RAHASIA-pesan")));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn after_a_key_rotation_reseal_moves_everything_to_the_new_key() {
    use app::services::reseal::reseal_all;
    use app::services::sealing::Sealer;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        let before = w.h.clone().with_sealer(Sealer::new([1; 32], &[]));
        let (id, receipt) = submit(&t.db, &before).await;
        cases::add_note(&t.db, before.sealer(), &w.supervisor, id, "Catatan sebelum rotasi").await.unwrap();
        cases::assign(&t.db, &w.supervisor, id, w.inspector.id).await.unwrap();
        cases::move_case(&t.db, &w.inspector, id, CaseState::Verifikasi).await.unwrap();
        closing::close(&t.db, before.sealer(), &w.inspector, id, Outcome::Duplikat, "WBS-2026-00001", "Pesan yang menunggu").await.unwrap();

        let rotated = Sealer::new([2; 32], &[[1; 32]]);
        let changed = reseal_all(&t.db, &rotated).await.unwrap();
        assert_eq!(changed, 10, "{}: eight report fields (anonymous: no contact), the note and the waiting proposal", t.backend);
        assert_eq!(reseal_all(&t.db, &rotated).await.unwrap(), 0, "nothing left to do");

        // The old key can now be retired.
        let retired = Sealer::new([2; 32], &[]);
        let d = cases::detail(&t.db, &retired, &w.supervisor, id).await.unwrap();
        assert!(d.report.what.starts_with("Petugas parkir pasar"));
        assert!(d.timeline.iter().any(|e| e.body.as_deref() == Some("Catatan sebelum rotasi")), "{}", t.backend);
        assert_eq!(d.proposal.map(|p| p.message).as_deref(), Some("Pesan yang menunggu"));
        let after = w.h.clone().with_sealer(retired);
        assert_eq!(reports::status(&t.db, &after, &receipt).await.unwrap().state, CaseState::Verifikasi);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn administrators_manage_the_holiday_calendar_and_deadlines_follow() {
    use app::services::deadlines;
    use app::domain::report::Channel;
    for t in test_db::all().await {
        let w = world(&t.db).await;
        assert!(deadlines::holidays(&t.db).await.unwrap().iter().any(|h| h.day == "2026-08-17"), "{}: seeded", t.backend);
        // A letter received on Friday 27 November 2026: verification due Wednesday 2 December.
        let input = ReportInput { category: "pungli".into(), what: "Pungutan di loket parkir pasar setiap pagi.".into(), ..Default::default() };
        let token = FormToken::generate().unwrap();
        cases::enter_report(&t.db, &w.h, &w.intake, token.as_str(), cases::Received { channel: Channel::Surat, on: "2026-11-27" }, &input, reports::Evidence::none()).await.unwrap();
        let due = || async {
            cases::board(&t.db, w.h.sealer(), &w.supervisor, &Default::default()).await.unwrap().cards[0].due.clone().unwrap().date
        };
        assert_eq!(due().await, "2026-12-02");

        assert_eq!(deadlines::save_holiday(&t.db, &w.supervisor, "2026-11-30", "Libur daerah").await, Err(AppError::Forbidden));
        for (day, name) in [("2026-13-01", "Salah"), ("30-11-2026", "Salah"), ("2026-11-30", " ")] {
            assert_eq!(deadlines::save_holiday(&t.db, &w.admin, day, name).await, Err(AppError::InvalidHoliday), "{day:?} {name:?}");
        }
        deadlines::save_holiday(&t.db, &w.admin, "2026-11-30", "Hari jadi kabupaten").await.unwrap();
        assert_eq!(due().await, "2026-12-03", "{}: a new regional day off moves the deadline", t.backend);
        deadlines::save_holiday(&t.db, &w.admin, "2026-11-30", "Hari Jadi Kabupaten ke-200").await.unwrap();
        let renamed = deadlines::holidays(&t.db).await.unwrap().into_iter().find(|h| h.day == "2026-11-30").unwrap();
        assert_eq!(renamed.name, "Hari Jadi Kabupaten ke-200", "saving the same day renames it");
        deadlines::remove_holiday(&t.db, &w.admin, "2026-11-30").await.unwrap();
        assert_eq!(due().await, "2026-12-02");
        assert_eq!(deadlines::remove_holiday(&t.db, &w.admin, "2026-11-30").await, Err(AppError::HolidayNotFound));
        let audited: Vec<String> = audit_event::Entity::find().all(&t.db).await.unwrap().into_iter().map(|e| e.action).filter(|a| a.starts_with("holiday")).collect();
        assert_eq!(audited, ["holiday_saved", "holiday_saved", "holiday_removed"]);
        t.drop_db().await;
    }
}
