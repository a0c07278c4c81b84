use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub username: String,
    pub display_name: String,
    pub role: crate::domain::staff::Role,
    pub password_hash: String,
    pub active: bool,
    pub must_change_password: bool,
    pub created_at: TimeDateTimeWithTimeZone,
    /// The TOTP secret, sealed; set once two-factor sign-in is confirmed.
    pub totp_secret: Option<String>,
    /// A secret being set up, sealed, until the first code confirms it.
    pub totp_pending: Option<String>,
    /// The last 30-second step whose code was accepted: a code works once.
    pub totp_last_step: Option<i64>,
    /// An administrator requires two-factor sign-in for this account.
    pub totp_required: bool,
    /// Where staff notices go (set by an administrator, changeable by the user).
    pub email: Option<String>,
    /// The user's choices of notices (`domain::notice::StaffPrefs` as JSON); defaults if empty.
    pub notice_prefs: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
