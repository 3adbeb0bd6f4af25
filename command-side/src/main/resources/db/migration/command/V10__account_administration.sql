-- Accounts are administered through their own event-sourced trail (AccountCreated, AccountDisabled, ...); this
-- table stays the login table, written in the same transaction as the account's events, and the only place a
-- password hash is kept. Accounts are never deleted: a disabled one keeps its row and its trail.

-- A one-time password (new account, reset by an administrator) must be replaced at the next login.
ALTER TABLE app_user
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  TIMESTAMPTZ;

-- The administration page lists accounts by role and link.
CREATE INDEX app_user_role_ix ON app_user (role);
