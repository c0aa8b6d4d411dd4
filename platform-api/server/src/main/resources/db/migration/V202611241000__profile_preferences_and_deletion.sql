-- "Mon profil" and personal data (DESIGN 3.7, 3.11). The employee completes what HR entered: the postal address
-- (now with its country) and the delivery e-mail of e-tickets, NULL while the person has not chosen one, in which
-- case the work e-mail is used. The account's language (user_account.language) is the e-mails' language.
-- An account deleted at the person's request keeps its row and id with anonymised fields and the status DELETED.
ALTER TABLE employee_profile
    ADD COLUMN delivery_email  VARCHAR(254) NULL AFTER work_email,
    ADD COLUMN address_country CHAR(2)      NULL AFTER address_city;

UPDATE employee_profile SET address_country = 'FR' WHERE address_line1 IS NOT NULL;
