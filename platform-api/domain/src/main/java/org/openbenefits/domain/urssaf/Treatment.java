package org.openbenefits.domain.urssaf;

/** Whether a gift cheque escapes social contributions or is subject to them from the first euro. */
public enum Treatment {
    EXEMPT,
    SUBJECT
}
