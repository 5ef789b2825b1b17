package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.LoginPolicy;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.SignIn;
import org.normdesk.domain.access.User;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.Publication;
import org.normdesk.domain.review.Submission;
import org.normdesk.store.RawDatabase;

/** Accounts on a real H2 file: the first administrator, passwords, the lock, and what each role may do. */
class UserServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final char[] ADMIN_PW = "Qinghe#2025".toCharArray();
    private static final char[] PW = "shenhe-2025".toCharArray();

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services s;

    @BeforeEach
    void open() {
        clock = new MutableClock(LocalDateTime.of(2025, 3, 3, 9, 0).atZone(ZONE).toInstant(), ZONE);
        s = Services.openSignedOut(dir, clock, "os-user");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void reopen() {
        s.close();
        s = Services.openSignedOut(dir, clock, "os-user");
    }

    private void signIn(String name, char[] pw) {
        reopen();
        SignIn in = s.users().signIn(name, pw);
        assertThat(in.outcome()).as(in.message()).isEqualTo(SignIn.Outcome.OK);
    }

    private void admin() {
        s.users().createFirstAdministrator("王管理", ADMIN_PW, ADMIN_PW);
    }

    @Test
    void theFirstStartCreatesTheAdministratorOnceAndKeepsOnlyASaltedSlowHash() throws Exception {
        assertThat(s.users().hasUsers()).isFalse();
        assertThat(s.session().current().kind()).isEqualTo(Actor.Kind.SYSTEM); // no users yet: the local account
        assertThatThrownBy(() -> s.users().createFirstAdministrator("王管理", "abc".toCharArray(), "abd".toCharArray()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("密码太短：至少 8 个字符。；密码太简单：请混用字母、数字、符号中的至少两种。；两次输入的密码不一致，请重新输入。");
        User admin = s.users().createFirstAdministrator(" 王管理 ", ADMIN_PW, ADMIN_PW);
        assertThat(admin.name()).isEqualTo("王管理");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(s.session().current()).isEqualTo(Actor.user("王管理", Role.ADMIN));
        assertThatThrownBy(() -> s.users().createFirstAdministrator("李四", PW, PW))
                .hasMessage("已有用户，不能再创建“第一位管理员”；请以管理员登录后添加用户。");
        s.users().add("李四", Role.REVIEWER, ADMIN_PW, ADMIN_PW); // the same password: a different salt
        s.close();

        try (var c = RawDatabase.connect(dir);
             ResultSet rs = c.createStatement().executeQuery("select password_hash from app_user order by id")) {
            rs.next();
            String first = rs.getString(1);
            rs.next();
            String second = rs.getString(1);
            assertThat(first).startsWith("$2b$12$").doesNotContain("Qinghe");
            assertThat(second).startsWith("$2b$12$").isNotEqualTo(first);
        }
        s = Services.openSignedOut(dir, clock, "os-user");
        assertThat(s.session().current().signedIn()).isFalse(); // users exist: nobody until someone signs in
        assertThatThrownBy(() -> s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null)))
                .hasMessage("尚未登录，不能修改设置。请先以有权限的用户登录。");
    }

    @Test
    void wrongPasswordsLockTheAccountForTheSettingsMinutesThenItOpensAgain() {
        admin();
        s.users().savePolicy(new LoginPolicy(3, 10, 8));
        s.users().add("李四", Role.REVIEWER, PW, PW);
        reopen();

        SignIn first = s.users().signIn("李四", "wrong-1".toCharArray());
        assertThat(first.outcome()).isEqualTo(SignIn.Outcome.WRONG_PASSWORD);
        assertThat(first.message()).isEqualTo("密码不对。还可再试 2 次，之后账户将被锁定一段时间。");
        assertThat(s.users().signIn("李四", "wrong-2".toCharArray()).attemptsLeft()).isEqualTo(1);
        SignIn locked = s.users().signIn("李四", "wrong-3".toCharArray());
        assertThat(locked.outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        assertThat(locked.lockedUntil()).isEqualTo(LocalDateTime.of(2025, 3, 3, 9, 10));
        assertThat(locked.message()).isEqualTo("密码连续输错，账户已锁定，2025-03-03 09:10 后可再登录；急用请找管理员解锁。");
        // the right password does not open a locked account
        assertThat(s.users().signIn("李四", PW).outcome()).isEqualTo(SignIn.Outcome.LOCKED);
        assertThat(s.session().current().signedIn()).isFalse();

        clock.set(LocalDateTime.of(2025, 3, 3, 9, 11).atZone(ZONE).toInstant());
        assertThat(s.users().signIn("李四", PW).outcome()).isEqualTo(SignIn.Outcome.OK);
        assertThat(s.session().current()).isEqualTo(Actor.user("李四", Role.REVIEWER));
        assertThat(s.users().signIn("nobody", PW).message()).isEqualTo("没有这个用户名，请检查输入（区分大小写）。");
    }

    @Test
    void theAdministratorUnlocksResetsAndDisablesButNeverDeletes() {
        admin();
        User li = s.users().add("李四", Role.REVIEWER, PW, PW);
        reopen();
        for (int i = 0; i < LoginPolicy.DEFAULTS.maxFailures(); i++) {
            s.users().signIn("李四", "nope-123".toCharArray());
        }
        assertThat(s.users().signIn("李四", PW).outcome()).isEqualTo(SignIn.Outcome.LOCKED);

        signIn("王管理", ADMIN_PW);
        s.users().unlock(li.id());
        s.users().resetPassword(li.id(), "new-pass-99".toCharArray(), "new-pass-99".toCharArray());
        s.users().setDisabled(li.id(), true);
        assertThatThrownBy(() -> s.users().setDisabled(s.users().byName("王管理").id(), true))
                .hasMessage("不能停用自己正在使用的账户。");
        assertThatThrownBy(() -> s.users().setRole(s.users().byName("王管理").id(), Role.HEAD))
                .hasMessage("至少要留一位可用的管理员，否则无人能管理用户和设置。");
        assertThat(s.users().all()).extracting(User::name).containsExactly("王管理", "李四");

        reopen();
        assertThat(s.users().signIn("李四", "new-pass-99".toCharArray()).message()).isEqualTo("此账户已停用，请找管理员。");
        signIn("王管理", ADMIN_PW);
        s.users().setDisabled(li.id(), false);
        signIn("李四", "new-pass-99".toCharArray());
        // a reviewer cannot manage accounts
        assertThatThrownBy(() -> s.users().all())
                .hasMessage("当前用户（李四，审核员）无权管理用户，请由管理员操作。");
        assertThat(s.audit().verify().intact()).isTrue();
    }

    @Test
    void eachRoleDoesItsOwnPartOfADocumentsWayAndTheAuditNamesWhoDidIt() {
        admin();
        Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        s.users().add("张三", Role.DRAFTER, PW, PW);
        s.users().add("李四", Role.REVIEWER, PW, PW);
        s.users().add("赵六", Role.HEAD, PW, PW);
        assertThatThrownBy(() -> s.register().create(NormativeDocument.draft("办法", gov.id(), DocumentKind.MEASURES)))
                .hasMessage("当前用户（王管理，管理员）无权登记和修改文件，请由起草经办操作。");

        signIn("张三", PW);
        long id = s.register().create(NormativeDocument.draft("清河县养犬管理办法", gov.id(), DocumentKind.MEASURES)
                .toBuilder().draftingUnit("县公安局").fullText("第一条 为了规范养犬行为，制定本办法。").build()).id();
        s.reviews().submit(id, new Submission(null, LocalDate.of(2025, 3, 3), "县公安局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS,
                        Material.OWN_LEGAL_OPINION), LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 21)));
        assertThatThrownBy(() -> s.reviews().accept(id, "张三"))
                .hasMessage("当前用户（张三，起草经办）无权审核文件，请由审核员操作。");
        assertThatThrownBy(() -> s.publication().publish(id, new Publication("清政发〔2025〕3号",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 10), null, null)))
                .hasMessage("当前用户（张三，起草经办）无权公布文件，请由负责人操作。");
        assertThatThrownBy(() -> s.issuers().add(Issuer.create("清河县教育局", "清教", IssuerCategory.DEPARTMENT, null)))
                .hasMessage("当前用户（张三，起草经办）无权修改设置，请由管理员操作。");

        signIn("李四", PW);
        s.reviews().accept(id, "李四");
        s.reviews().setOpinion(id, ReviewOutcome.LEGAL, null, "合法。");
        s.reviews().finish(id, LocalDate.of(2025, 3, 10));
        assertThatThrownBy(() -> s.publication().deliberate(id, new Deliberation(null, id, MeetingKind.STANDING,
                "第3次", LocalDate.of(2025, 3, 25), DeliberationDecision.APPROVED, null)))
                .hasMessage("当前用户（李四，审核员）无权决定审核结果，请由负责人操作。");

        signIn("赵六", PW);
        s.publication().deliberate(id, new Deliberation(null, id, MeetingKind.STANDING, "第3次",
                LocalDate.of(2025, 3, 25), DeliberationDecision.APPROVED, null));
        s.publication().register(id, LocalDate.of(2025, 3, 26));
        assertThat(s.publication().publish(id, new Publication("清政发〔2025〕3号", LocalDate.of(2025, 3, 28),
                LocalDate.of(2025, 4, 10), null, null)).stage()).isEqualTo(Stage.PUBLISHED);

        List<AuditEvent> history = s.register().history(id);
        assertThat(history).filteredOn(e -> e.action().equals("CREATE")).extracting(AuditEvent::actor)
                .containsExactly("张三");
        assertThat(history).extracting(AuditEvent::actor).contains("张三", "李四", "赵六")
                .doesNotContain("os-user", "王管理");
        assertThat(s.audit().verify().intact()).isTrue();
    }

    @Test
    void theCommandLineUserRunsWithoutAPasswordOnlyWhenTheAdministratorNamedOne() {
        admin();
        s.users().add("备份员", Role.DRAFTER, PW, PW);
        reopen();
        assertThat(s.users().signInAsCommandLineUser()).isEmpty();
        signIn("王管理", ADMIN_PW);
        assertThatThrownBy(() -> s.users().setCommandLineUser("无此人")).hasMessage("没有用户“无此人”。");
        s.users().setCommandLineUser("备份员");
        reopen();
        assertThat(s.users().signInAsCommandLineUser()).map(User::name).contains("备份员");
        assertThat(s.session().current()).isEqualTo(Actor.user("备份员", Role.DRAFTER));
    }
}
