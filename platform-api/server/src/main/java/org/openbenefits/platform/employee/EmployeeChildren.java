package org.openbenefits.platform.employee;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Employees' children. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmployeeChildren extends CrudRepository<EmployeeChildRow, Long> {

    List<EmployeeChildRow> findByUserAccountIdOrderById(Long userAccountId);

    List<EmployeeChildRow> findByUserAccountIdInOrderById(Collection<Long> userAccountIds);

    void deleteByUserAccountId(Long userAccountId);
}
