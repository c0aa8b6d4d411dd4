package org.openbenefits.platform.employee;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Employee profiles. HR's finders take the caller's employer id: a profile of another employer is not found. The
 * employee's own routes find their profile by their own account id, from their token.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmployeeProfiles extends CrudRepository<EmployeeProfileRow, Long> {

    Optional<EmployeeProfileRow> findByUserAccountIdAndEmployerId(Long userAccountId, Long employerId);

    boolean existsByEmployerIdAndEmployeeNumber(Long employerId, String employeeNumber);

    boolean existsByEmployerIdAndEmployeeNumberAndUserAccountIdNotEqual(Long employerId, String employeeNumber,
                                                                       Long userAccountId);

    /** What the employee changes in "Mon profil": the address (all null for none) and the delivery e-mail. */
    @Query("""
            UPDATE employee_profile SET address_line1 = :line1, address_line2 = :line2,
                   address_postal_code = :postalCode, address_city = :city, address_country = :country,
                   delivery_email = :deliveryEmail, updated_at = :updatedAt
            WHERE user_account_id = :userAccountId""")
    void updatePersonal(long userAccountId, @Nullable String line1, @Nullable String line2,
                        @Nullable String postalCode, @Nullable String city, @Nullable String country,
                        @Nullable String deliveryEmail, Instant updatedAt);

    /**
     * Replaces the personal fields of a deleted account's profile by placeholders: the employee number becomes
     * {@code placeholderNumber} (unique, so that the employer may reuse the real one), the work e-mail
     * {@code placeholderEmail}; department, site, address and delivery e-mail are forgotten.
     */
    @Query("""
            UPDATE employee_profile SET employee_number = :placeholderNumber, work_email = :placeholderEmail,
                   delivery_email = NULL, department = NULL, site = NULL, address_line1 = NULL,
                   address_line2 = NULL, address_postal_code = NULL, address_city = NULL, address_country = NULL,
                   updated_at = :updatedAt
            WHERE user_account_id = :userAccountId""")
    void anonymise(long userAccountId, String placeholderNumber, String placeholderEmail, Instant updatedAt);
}
