-- Changing the sign-in e-mail (issue 8): the change waits for the link e-mailed to the new address. It is a
-- single-use link of purpose EMAIL_CHANGE in account_token, which now also keeps the address it will give the account
-- (NULL for the other purposes). A new request replaces the unused older link; confirming, cancelling, resetting the
-- password or deleting the account forgets it.
ALTER TABLE account_token
    ADD COLUMN new_email VARCHAR(254) NULL AFTER user_account_id;

-- When each confirmation e-mail of a sign-in address change left, per account: at most a few within any hour
-- (domain: EmailChangeLimit). Rows older than the window are pruned as new ones arrive; no address is kept here.
CREATE TABLE email_change_mail (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_account_id  BIGINT       NOT NULL,
    sent_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_email_change_mail_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    INDEX ix_email_change_mail_account (user_account_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
