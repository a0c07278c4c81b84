//! Who may do what, in one place for an auditor to read: the roles × permissions table, the
//! gates in front of everything (a password owed after a reset, a two-factor set-up an
//! administrator required), and which cases a user may see and work. Services check the
//! permission of each call here (never trusting the UI), server functions and the plain HTTP
//! routes pass the gate here; the access-matrix test (`app/tests/server_functions.rs`) calls
//! every registered server function as every role.
use crate::domain::staff::Role;
use crate::errors::AppError;
use crate::model::StaffUser;

/// Things a staff member may try to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Permission {
    /// See every case on the board (otherwise only assigned or own intake).
    SeeAllCases,
    AssignCases,
    /// Move assigned cases through the workflow, write notes, ask the reporter.
    WorkAssignedCases,
    /// Close a case with an outcome: a proposal, unless the role may also approve closings.
    ProposeClosing,
    /// Close cases at once, approve or send back an inspector's proposed closing, and
    /// reopen a closed case (SPEC: supervisors approve closings).
    ApproveClosings,
    /// Enter reports that came by letter, walk-in or phone.
    EnterReports,
    ReadCaseAudit,
    ReadFullAuditLog,
    ManageAccounts,
}

impl Role {
    /// The table: what each role may do.
    pub fn may(self, p: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Administrator => matches!(p, ManageAccounts | ReadCaseAudit | ReadFullAuditLog),
            Role::Supervisor => matches!(
                p,
                SeeAllCases | AssignCases | WorkAssignedCases | ProposeClosing | ApproveClosings | EnterReports | ReadCaseAudit
            ),
            Role::Inspector => matches!(p, WorkAssignedCases | ProposeClosing),
            Role::IntakeOfficer => matches!(p, EnterReports),
        }
    }
}

impl StaffUser {
    /// Whether the user may do `p` now: the role allows it and no new password is owed
    /// (until then a user may only change it).
    pub fn may(&self, p: Permission) -> bool {
        self.role.may(p) && !self.must_change_password
    }

    /// `Forbidden` unless [`StaffUser::may`]: the one check every service starts from.
    pub fn require(&self, p: Permission) -> Result<(), AppError> {
        if self.may(p) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The gate of every staff action but the few that open it (changing the password, setting up
/// two-factor sign-in): where an administrator requires two-factor sign-in, nothing else
/// runs until it is set up.
pub fn gate(user: &StaffUser) -> Result<(), AppError> {
    if user.must_set_up_two_factor {
        Err(AppError::TwoFactorSetupRequired)
    } else {
        Ok(())
    }
}

#[cfg(feature = "ssr")]
pub use scope::{visible_cases, workable_case, workable_case_locked};

/// Which cases a user may see and work, applied to the database.
#[cfg(feature = "ssr")]
mod scope {
    use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Select};

    use super::Permission;
    use crate::entities::{case_assignment, report};
    use crate::errors::AppError;
    use crate::model::StaffUser;

    /// The case, if `user` may work it: supervisors any case, inspectors their assigned ones.
    /// Anything else answers "not found", so ids of other cases reveal nothing.
    pub async fn workable_case(txn: &DatabaseTransaction, user: &StaffUser, report_id: i32) -> Result<report::Model, AppError> {
        scoped(txn, user, report_id, false).await
    }

    /// [`workable_case`] with the case's row locked until the transaction ends (PostgreSQL;
    /// SQLite's one connection serialises anyway): two supervisors approving, sending back
    /// or reopening the same case at once take turns, and the second sees what the first did.
    pub async fn workable_case_locked(txn: &DatabaseTransaction, user: &StaffUser, report_id: i32) -> Result<report::Model, AppError> {
        scoped(txn, user, report_id, true).await
    }

    async fn scoped(txn: &DatabaseTransaction, user: &StaffUser, report_id: i32, lock: bool) -> Result<report::Model, AppError> {
        use sea_orm::QuerySelect;
        user.require(Permission::WorkAssignedCases)?;
        let find = report::Entity::find_by_id(report_id);
        let find = if lock { find.lock_exclusive() } else { find };
        let case = find.one(txn).await?.ok_or(AppError::CaseNotFound)?;
        if user.may(Permission::SeeAllCases) {
            return Ok(case);
        }
        let assigned = case_assignment::Entity::find_by_id((report_id, user.id)).one(txn).await?.is_some();
        if assigned {
            Ok(case)
        } else {
            Err(AppError::CaseNotFound)
        }
    }

    /// The cases `user` sees on the board: every case (supervisors), the ones they entered
    /// (intake officers), the ones assigned to them (inspectors); `None` for none at all.
    pub fn visible_cases(user: &StaffUser) -> Result<Option<Select<report::Entity>>, AppError> {
        if user.must_change_password {
            return Err(AppError::Forbidden);
        }
        let all = report::Entity::find();
        Ok(if user.may(Permission::SeeAllCases) {
            Some(all)
        } else if user.may(Permission::EnterReports) {
            Some(all.filter(report::Column::EnteredBy.eq(user.id)))
        } else if user.may(Permission::WorkAssignedCases) {
            Some(all.filter(report::Column::Id.in_subquery(assigned_to(user.id))))
        } else {
            None
        })
    }

    /// The ids of the cases assigned to a staff member, as a subquery.
    pub(crate) fn assigned_to(staff_id: i32) -> sea_orm::sea_query::SelectStatement {
        use sea_orm::sea_query::Query;
        Query::select()
            .column(case_assignment::Column::ReportId)
            .from(case_assignment::Entity)
            .and_where(case_assignment::Column::StaffId.eq(staff_id))
            .to_owned()
    }
}

#[cfg(feature = "ssr")]
pub(crate) use scope::assigned_to;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_has_exactly_its_permissions() {
        use Permission::*;
        assert!(Role::Administrator.may(ManageAccounts));
        assert!(!Role::Administrator.may(SeeAllCases), "admins run the system, not cases");
        assert!(Role::Supervisor.may(SeeAllCases) && Role::Supervisor.may(AssignCases));
        assert!(!Role::Supervisor.may(ManageAccounts));
        assert!(Role::Inspector.may(WorkAssignedCases) && Role::Inspector.may(ProposeClosing));
        assert!(!Role::Inspector.may(ApproveClosings), "an inspector's closing is a proposal");
        assert!(Role::ALL.iter().filter(|r| r.may(ApproveClosings)).eq([Role::Supervisor].iter()));
        assert!(!Role::Inspector.may(SeeAllCases) && !Role::Inspector.may(AssignCases));
        assert!(Role::IntakeOfficer.may(EnterReports));
        assert!(!Role::IntakeOfficer.may(WorkAssignedCases));
        assert!(Role::ALL.iter().filter(|r| r.may(ReadFullAuditLog)).eq([Role::Administrator].iter()));
    }

    #[test]
    fn a_password_owed_stops_every_permission_and_a_required_second_factor_stops_at_the_gate() {
        let user = StaffUser {
            id: 1,
            username: "irban".into(),
            display_name: "Irban".into(),
            role: Role::Supervisor,
            must_change_password: false,
            two_factor: false,
            must_set_up_two_factor: false,
        };
        assert!(user.may(Permission::AssignCases) && gate(&user).is_ok());
        let owes = StaffUser { must_change_password: true, ..user.clone() };
        assert_eq!(owes.require(Permission::AssignCases), Err(AppError::Forbidden));
        let unset = StaffUser { must_set_up_two_factor: true, ..user };
        assert_eq!(gate(&unset), Err(AppError::TwoFactorSetupRequired));
    }
}
