package org.normdesk.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Transition;

/** The one table of who may do what, and how a refusal reads. */
class RoleTest {

    @Test
    void everyPermissionBelongsToSomeRoleAndEveryTransitionNeedsOne() {
        for (Permission p : Permission.values()) {
            assertThat(Role.holding(p)).as(p.name()).isNotEmpty();
        }
        Arrays.stream(Transition.values()).forEach(t -> assertThat(Permission.forTransition(t)).isNotNull());
    }

    @Test
    void theRolesOfTheIssue() {
        assertThat(Role.DRAFTER.permissions()).contains(Permission.DRAFT, Permission.SUBMIT)
                .doesNotContain(Permission.REVIEW, Permission.PUBLISH, Permission.SETTINGS);
        assertThat(Role.REVIEWER.permissions()).contains(Permission.REVIEW).doesNotContain(Permission.PUBLISH);
        assertThat(Role.HEAD.permissions()).contains(Permission.DECIDE, Permission.PUBLISH, Permission.CLOSE_CAMPAIGN)
                .doesNotContain(Permission.MANAGE_USERS);
        assertThat(Role.ADMIN.permissions()).contains(Permission.SETTINGS, Permission.MANAGE_USERS, Permission.RESTORE)
                .doesNotContain(Permission.DRAFT, Permission.PUBLISH);
        assertThat(Role.holding(Permission.RESTORE)).containsExactly(Role.ADMIN);
    }

    @Test
    void aRefusalNamesTheUserTheRoleAndWhoMay() {
        Actor drafter = Actor.user("张三", Role.DRAFTER);
        assertThatThrownBy(() -> drafter.require(Permission.PUBLISH)).isInstanceOf(RuleViolation.class)
                .hasMessage("当前用户（张三，起草经办）无权公布文件，请由负责人操作。");
        assertThatThrownBy(() -> drafter.require(Permission.FILE))
                .hasMessage("当前用户（张三，起草经办）无权办理备案，请由审核员或负责人操作。");
        assertThatThrownBy(() -> Actor.nobody().require(Permission.DRAFT))
                .hasMessage("尚未登录，不能登记和修改文件。请先以有权限的用户登录。");
        // the trusted system account may do everything
        for (Permission p : Permission.values()) {
            assertThat(Actor.system("系统").can(p)).isTrue();
        }
    }

    @Test
    void passwordStrength() {
        LoginPolicy policy = LoginPolicy.DEFAULTS;
        assertThat(policy.passwordProblems("张三", "qinghe#2025".toCharArray())).isEmpty();
        assertThat(policy.passwordProblems("张三", "short1".toCharArray())).extracting(p -> p.message())
                .containsExactly("密码太短：至少 8 个字符。");
        assertThat(policy.passwordProblems("张三", "12345678".toCharArray())).extracting(p -> p.message())
                .containsExactly("密码太简单：请混用字母、数字、符号中的至少两种。");
        assertThat(policy.passwordProblems("zhangsan", "zhangsan2025".toCharArray())).extracting(p -> p.message())
                .containsExactly("密码不能包含用户名。");
        assertThat(policy.passwordProblems("张三", "清河县司法局审核科二〇二五年度第一季度工作密码甲乙丙丁".toCharArray()))
                .extracting(p -> p.key()).contains("users.password.tooLong");
    }
}
