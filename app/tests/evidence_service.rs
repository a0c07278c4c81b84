//! Evidence files against real SQLite and PostgreSQL through the real migrations: cleaned
//! and sealed on upload, joined to the report in its transaction, within the limits, and
//! downloadable only by staff who may work the case.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::as_conversions)]

use app::domain::evidence::{EvidenceKind, EvidenceLimits};
use app::domain::report::ReportInput;
use app::domain::staff::Role;
use app::entities::{attachment, audit_event, report};
use app::errors::AppError;
use app::model::StaffUser;
use app::services::evidence;
use app::services::reports::{self, Evidence, Origin};
use app::services::secrets::Hasher;
use app::services::staff::{self, NewAccount};
use app::services::{cases, test_db};
use app::services::tokens::FormToken;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use time::{Duration, OffsetDateTime};

const PHOTO: &[u8] = include_bytes!("fixtures/photo.jpg");
const PDF: &[u8] = include_bytes!("fixtures/scan.pdf");
const PW: &str = "Sandi-Uji-Panjang-2026";

fn hasher() -> Hasher {
    Hasher::new([3; 32])
}

fn token() -> String {
    FormToken::generate().unwrap().as_str().to_owned()
}

fn input() -> ReportInput {
    ReportInput {
        category: "pungli".into(),
        what: "Petugas meminta uang di luar tarif resmi; foto kuitansinya terlampir.".into(),
        ..Default::default()
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn submit_with(db: &DatabaseConnection, h: &Hasher, keys: &[String]) -> Result<(i32, String), AppError> {
    let evidence = Evidence { keys, limits: EvidenceLimits::default() };
    let s = reports::submit_via(db, h, &token(), &input(), Origin::portal(), evidence).await?;
    let id = report::Entity::find().order_by_desc(report::Column::Id).one(db).await.unwrap().unwrap().id;
    Ok((id, s.receipt))
}

async fn staff_user(db: &DatabaseConnection, h: &Hasher, name: &str, role: Role) -> StaffUser {
    staff::create_account(db, h, None, NewAccount::new(name, name, role, PW, false)).await.unwrap()
}

#[tokio::test]
async fn a_photo_is_stored_sealed_without_its_gps_and_joins_the_report() {
    for t in test_db::all().await {
        let h = hasher();
        let limits = EvidenceLimits::default();
        let photo = evidence::upload(&t.db, h.sealer(), &limits, PHOTO.to_vec(), true).await.unwrap();
        let pdf = evidence::upload(&t.db, h.sealer(), &limits, PDF.to_vec(), true).await.unwrap();
        assert_eq!((photo.kind, pdf.kind), (EvidenceKind::Jpeg, EvidenceKind::Pdf), "{}", t.backend);

        // What the database holds is neither the file nor its metadata.
        for row in attachment::Entity::find().all(&t.db).await.unwrap() {
            assert!(row.report_id.is_none() && row.upload_key.is_some(), "{}: waits for its report", t.backend);
            assert!(!contains(&row.content, b"Budi Santoso") && !contains(&row.content, b"JFIF") && !contains(&row.content, b"%PDF"), "{}", t.backend);
        }

        let (id, receipt) = submit_with(&t.db, &h, &[photo.key.clone(), pdf.key.clone()]).await.unwrap();
        let status = reports::status(&t.db, &h, &receipt).await.unwrap();
        assert_eq!(status.attachments.iter().map(|a| a.kind).collect::<Vec<_>>(), vec![EvidenceKind::Jpeg, EvidenceKind::Pdf], "{}", t.backend);

        let supervisor = staff_user(&t.db, &h, "irban", Role::Supervisor).await;
        let detail = cases::detail(&t.db, h.sealer(), &supervisor, id).await.unwrap();
        assert_eq!(detail.attachments.len(), 2, "{}", t.backend);
        let file = evidence::download(&t.db, h.sealer(), &supervisor, detail.attachments[0].id).await.unwrap();
        assert_eq!(file.kind, EvidenceKind::Jpeg);
        assert_eq!(file.file_name, format!("{}-bukti-{}.jpg", detail.case_number, detail.attachments[0].id));
        assert!(file.content.starts_with(&[0xFF, 0xD8, 0xFF]), "{}: a JPEG comes back", t.backend);
        assert!(!contains(&file.content, b"Exif\0\0") && !contains(&file.content, b"Budi Santoso"), "{}: without metadata", t.backend);
        let audited = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("evidence_downloaded"))
            .count(&t.db)
            .await
            .unwrap();
        assert_eq!(audited, 1, "{}: the download is audited", t.backend);

        // A key joins once: a second report cannot take the same upload.
        assert_eq!(submit_with(&t.db, &h, &[photo.key]).await, Err(AppError::EvidenceExpired), "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn limits_and_bad_files_are_refused_with_nothing_stored() {
    for t in test_db::all().await {
        let h = hasher();
        let small = EvidenceLimits { file_bytes: 2_000, report_bytes: 3_000, files_per_report: 2 };
        assert_eq!(
            evidence::upload(&t.db, h.sealer(), &small, PHOTO.to_vec(), true).await,
            Err(AppError::EvidenceTooLarge { limit_mb: 0 }),
            "{}",
            t.backend
        );
        let html = b"<html><script>alert(1)</script></html>".to_vec();
        assert_eq!(evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), html, true).await, Err(AppError::EvidenceUnsupported));
        assert_eq!(
            evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PHOTO[..300].to_vec(), true).await,
            Err(AppError::EvidenceUnreadable)
        );
        assert_eq!(attachment::Entity::find().count(&t.db).await.unwrap(), 0, "{}", t.backend);

        // Three files where the report takes two: the report is refused and not stored.
        let limits = EvidenceLimits { files_per_report: 2, ..Default::default() };
        let mut keys = Vec::new();
        for _ in 0..3 {
            keys.push(evidence::upload(&t.db, h.sealer(), &limits, PDF.to_vec(), true).await.unwrap().key);
        }
        let evidence = Evidence { keys: &keys, limits };
        let refused = reports::submit_via(&t.db, &h, &token(), &input(), Origin::portal(), evidence).await;
        assert_eq!(refused, Err(AppError::EvidenceReportFull { limit_mb: 30, limit_files: 2 }), "{}", t.backend);
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 0, "{}", t.backend);
        // An unknown key: refused, nothing stored; the typed report can be sent again.
        let unknown = ["0".repeat(64)];
        assert_eq!(submit_with(&t.db, &h, &unknown).await, Err(AppError::EvidenceExpired));
        assert_eq!(report::Entity::find().count(&t.db).await.unwrap(), 0);

        // Later additions count against the same report: two now, one more is too many.
        let (_, receipt) = submit_with(&t.db, &h, &keys[..1]).await.unwrap();
        let status = reports::add_information(&t.db, &h, &receipt, "", Evidence { keys: &keys[1..2], limits }).await.unwrap();
        assert_eq!(status.attachments.len(), 2, "{}: a file alone is a valid addition", t.backend);
        let extra = [evidence::upload(&t.db, h.sealer(), &limits, PDF.to_vec(), true).await.unwrap().key];
        assert!(matches!(reports::add_information(&t.db, &h, &receipt, "lagi", Evidence { keys: &extra, limits }).await, Err(AppError::EvidenceReportFull { .. })));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn uploads_never_joined_are_deleted_after_a_day() {
    for t in test_db::all().await {
        let h = hasher();
        let up = evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        let (_, _) = submit_with(&t.db, &h, &[up.key]).await.unwrap();
        evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        let now = OffsetDateTime::now_utc();
        assert_eq!(evidence::purge_waiting(&t.db, now + Duration::hours(23)).await.unwrap(), 0, "{}", t.backend);
        assert_eq!(evidence::purge_waiting(&t.db, now + Duration::hours(25)).await.unwrap(), 1, "{}", t.backend);
        assert_eq!(attachment::Entity::find().count(&t.db).await.unwrap(), 1, "{}: the joined file stays", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn only_staff_who_may_work_the_case_can_download_its_files() {
    for t in test_db::all().await {
        let h = hasher();
        let up = evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        let (id, _) = submit_with(&t.db, &h, &[up.key]).await.unwrap();
        let supervisor = staff_user(&t.db, &h, "irban", Role::Supervisor).await;
        let assigned = staff_user(&t.db, &h, "auditor1", Role::Inspector).await;
        let other = staff_user(&t.db, &h, "auditor2", Role::Inspector).await;
        let intake = staff_user(&t.db, &h, "petugas", Role::IntakeOfficer).await;
        let admin = staff_user(&t.db, &h, "admin", Role::Administrator).await;
        cases::assign(&t.db, &supervisor, id, assigned.id).await.unwrap();
        let file_id = attachment::Entity::find().one(&t.db).await.unwrap().unwrap().id;

        let got = |u: StaffUser, file| {
            let (db, h) = (t.db.clone(), h.clone());
            async move { evidence::download(&db, h.sealer(), &u, file).await.map(|d| d.kind) }
        };
        assert_eq!(got(supervisor.clone(), file_id).await, Ok(EvidenceKind::Pdf), "{}", t.backend);
        assert_eq!(got(assigned, file_id).await, Ok(EvidenceKind::Pdf));
        assert_eq!(got(other, file_id).await, Err(AppError::CaseNotFound), "another inspector's case");
        assert_eq!(got(intake, file_id).await, Err(AppError::Forbidden));
        assert_eq!(got(admin, file_id).await, Err(AppError::Forbidden), "administrators do not open cases");
        assert_eq!(got(supervisor.clone(), file_id + 1000).await, Err(AppError::CaseNotFound));

        // A file still waiting for its report belongs to no case: nobody downloads it.
        evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        let waiting = attachment::Entity::find().filter(attachment::Column::ReportId.is_null()).one(&t.db).await.unwrap().unwrap();
        assert_eq!(got(supervisor, waiting.id).await, Err(AppError::CaseNotFound));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_intake_officers_scan_is_marked_as_such() {
    for t in test_db::all().await {
        let h = hasher();
        let intake = staff_user(&t.db, &h, "petugas", Role::IntakeOfficer).await;
        let supervisor = staff_user(&t.db, &h, "irban", Role::Supervisor).await;
        let scan = evidence::upload(&t.db, h.sealer(), &EvidenceLimits::default(), PDF.to_vec(), false).await.unwrap();
        let keys = [scan.key];
        let evidence = Evidence { keys: &keys, limits: EvidenceLimits::default() };
        let today = app::services::display::display_date(OffsetDateTime::now_utc());
        cases::enter_report(&t.db, &h, &intake, &token(), cases::Received { channel: app::domain::report::Channel::Surat, on: &today }, &input(), evidence).await.unwrap();
        let id = report::Entity::find().one(&t.db).await.unwrap().unwrap().id;
        let detail = cases::detail(&t.db, h.sealer(), &supervisor, id).await.unwrap();
        assert_eq!(detail.attachments.len(), 1, "{}", t.backend);
        assert!(!detail.attachments[0].from_reporter, "{}", t.backend);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn sealed_files_stay_readable_after_key_rotation() {
    for t in test_db::all().await {
        let old = Hasher::new([3; 32]).with_sealer(app::services::sealing::Sealer::new([1; 32], &[]));
        let up = evidence::upload(&t.db, old.sealer(), &EvidenceLimits::default(), PDF.to_vec(), true).await.unwrap();
        submit_with(&t.db, &old, &[up.key]).await.unwrap();
        let rotated = Hasher::new([3; 32]).with_sealer(app::services::sealing::Sealer::new([2; 32], &[[1; 32]]));
        let changed = app::services::reseal::reseal_all(&t.db, rotated.sealer()).await.unwrap();
        assert!(changed >= 1, "{}", t.backend);
        let only_new = Hasher::new([3; 32]).with_sealer(app::services::sealing::Sealer::new([2; 32], &[]));
        let supervisor = staff_user(&t.db, &only_new, "irban", Role::Supervisor).await;
        let file_id = attachment::Entity::find().one(&t.db).await.unwrap().unwrap().id;
        let file = evidence::download(&t.db, only_new.sealer(), &supervisor, file_id).await.unwrap();
        assert!(file.content.starts_with(b"%PDF"), "{}: opens under the new key alone", t.backend);
        t.drop_db().await;
    }
}
