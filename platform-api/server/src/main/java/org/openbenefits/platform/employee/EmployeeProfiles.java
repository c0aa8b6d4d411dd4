package org.openbenefits.platform.employee;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Employee profiles. Every finder takes the caller's employer id: a profile of another employer is not found. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EmployeeProfiles extends CrudRepository<EmployeeProfileRow, Long> {

    Optional<EmployeeProfileRow> findByUserAccountIdAndEmployerId(Long userAccountId, Long employerId);

    boolean existsByEmployerIdAndEmployeeNumber(Long employerId, String employeeNumber);

    boolean existsByEmployerIdAndEmployeeNumberAndUserAccountIdNotEqual(Long employerId, String employeeNumber,
                                                                       Long userAccountId);
}
