package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.identity.Role;

class AccessTokensTest {

    @Test
    void the_current_user_is_read_from_the_subject_the_role_and_the_employer_claim() {
        Authentication employee = Authentication.build("42", List.of("EMPLOYEE"),
                Map.of("employerId", 7L, "email", "camille@example.org"));

        assertThat(AccessTokens.currentUser(employee)).hasValue(new CurrentUser(42, Role.EMPLOYEE, 7L));
    }

    @Test
    void staff_have_no_employer() {
        Authentication admin = Authentication.build("3", List.of("PLATFORM_ADMIN"), Map.of("email", "a@example.org"));

        CurrentUser user = AccessTokens.currentUser(admin).orElseThrow();

        assertThat(user.employerId()).isNull();
        assertThat(user.isPlatformStaff()).isTrue();
    }

    @Test
    void the_employer_claim_may_arrive_as_any_json_number() {
        Authentication hr = Authentication.build("5", List.of("HR_MANAGER"), Map.of("employerId", 7));

        assertThat(AccessTokens.currentUser(hr).orElseThrow().requireEmployerId()).isEqualTo(7L);
    }

    @Test
    void a_token_that_is_not_ours_gives_no_current_user() {
        assertThat(AccessTokens.currentUser(Authentication.build("someone", List.of("EMPLOYEE")))).isEmpty();
        assertThat(AccessTokens.currentUser(Authentication.build("42", List.of("ROOT")))).isEmpty();
        assertThat(AccessTokens.currentUser(Authentication.build("42", List.of()))).isEmpty();
    }
}
