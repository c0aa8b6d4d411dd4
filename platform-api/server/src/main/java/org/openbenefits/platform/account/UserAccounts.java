package org.openbenefits.platform.account;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.openbenefits.domain.identity.Role;

/** The people who sign in. E-mail addresses are unique across the platform, stored trimmed and in lower case. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccounts extends CrudRepository<UserAccountRow, Long> {

    Optional<UserAccountRow> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The account, locked until the transaction ends: sign-in attempts and changes on it take turns. */
    @Query(value = "SELECT * FROM user_account WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<UserAccountRow> lockById(long id);

    @Query("UPDATE user_account SET email = :email WHERE id = :id")
    void updateEmail(long id, String email);

    @Query("UPDATE user_account SET password_hash = :passwordHash, status = :status WHERE id = :id")
    void updatePassword(long id, String passwordHash, String status);

    @Query("UPDATE user_account SET status = :status WHERE id = :id")
    void updateStatus(long id, String status);

    @Query("UPDATE user_account SET first_name = :firstName, last_name = :lastName WHERE id = :id")
    void updateNames(long id, String firstName, String lastName);

    /** The language of the portal and of the e-mails sent to the person from now on. */
    @Query("UPDATE user_account SET language = :language WHERE id = :id")
    void updateLanguage(long id, String language);

    /** Replaces the personal fields by placeholders, forgets the password and sets the status DELETED. */
    @Query("""
            UPDATE user_account SET email = :placeholderEmail, first_name = :placeholderName,
                   last_name = :placeholderName, password_hash = NULL, status = 'DELETED'
            WHERE id = :id""")
    void anonymise(long id, String placeholderEmail, String placeholderName);

    /** The accounts of one employer with one role, e.g. its HR managers. */
    List<UserAccountRow> findByEmployerIdAndRole(Long employerId, Role role, Sort sort);
}
