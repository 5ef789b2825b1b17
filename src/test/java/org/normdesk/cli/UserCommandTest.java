package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.RuleViolation;
import org.normdesk.service.Services;
import org.normdesk.store.RawDatabase;

import picocli.CommandLine;

/**
 * The command line on a data folder with users: who may run what, the passwords it is given, the
 * configured command-line user, and {@code audit verify} on a log tampered with over JDBC.
 */
class UserCommandTest {
    @TempDir
    Path dir;

    /** The passwords a person would type: by user for sign-in, and the new ones. */
    private final Map<String, String> typed = new HashMap<>();
    private String newPassword = "Qinghe#2025";

    private final Credentials credentials = new Credentials() {
        @Override
        public char[] password(String user) {
            String pw = typed.get(user);
            if (pw == null) {
                throw new RuleViolation(org.normdesk.domain.Problem.error("password", "cli.user.noConsole",
                        PASSWORD_VARIABLE));
            }
            return pw.toCharArray();
        }

        @Override
        public char[] newPassword(String user) {
            return newPassword.toCharArray();
        }
    };

    private String data() {
        return dir.resolve("data").toString();
    }

    /** As the launcher wires it: signed out when the folder has users. */
    private CliTest.Run run(String... args) {
        CommandLine cl = NormdeskCommand.commandLine(
                folder -> Services.openSignedOut(Path.of(folder), CliTest.CLOCK, "os-user"), Path::of, credentials);
        return CliTest.run(cl, args);
    }

    private void adminAndReviewer() {
        // No users yet: the local system account may create the first 管理员.
        CliTest.Run add = run("user", "add", "王管理", "--role", "管理员", "--data", data());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("已添加用户“王管理”（管理员）");
        typed.put("王管理", "Qinghe#2025");
        newPassword = "shenhe-2025";
        CliTest.Run reviewer = run("user", "add", "李四", "--role", "REVIEWER", "--data", data(), "--user", "王管理");
        assertThat(reviewer.exit()).as(reviewer.err()).isZero();
        typed.put("李四", "shenhe-2025");
    }

    @Test
    void withoutUsersCommandsRunAsBeforeAndWithUsersTheyNeedOne() {
        CliTest.Run before = run("list", "--data", data());
        assertThat(before.exit()).as(before.err()).isZero();
        adminAndReviewer();

        CliTest.Run refused = run("list", "--data", data());
        assertThat(refused.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(refused.err()).contains("此数据文件夹已设用户：请用 --user 用户名 运行");

        typed.put("李四", "wrong-pass-1");
        CliTest.Run wrong = run("list", "--data", data(), "--user", "李四");
        assertThat(wrong.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(wrong.err()).contains("不能以用户“李四”运行：密码不对。还可再试 4 次");

        typed.put("李四", "shenhe-2025");
        CliTest.Run ok = run("list", "--data", data(), "--user", "李四");
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    @Test
    void onlyTheAdministratorManagesUsersAndRestores() {
        adminAndReviewer();
        CliTest.Run list = run("user", "list", "--data", data(), "--user", "李四");
        assertThat(list.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(list.err()).contains("当前用户（李四，审核员）无权管理用户，请由管理员操作。");

        CliTest.Run restore = run("restore", "--data", data(), "--user", "李四", dir.resolve("nothing.zip").toString());
        assertThat(restore.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(restore.err()).contains("当前用户（李四，审核员）无权恢复备份，请由管理员操作。");

        CliTest.Run disable = run("user", "disable", "李四", "--data", data(), "--user", "王管理");
        assertThat(disable.exit()).as(disable.err()).isZero();
        CliTest.Run listed = run("user", "list", "--data", data(), "--user", "王管理");
        assertThat(listed.out()).contains("王管理").contains("管理员").contains("李四").contains("已停用");
        assertThat(run("list", "--data", data(), "--user", "李四").err()).contains("此账户已停用");
    }

    @Test
    void aConfiguredCommandLineUserRunsUnattendedBackups() {
        adminAndReviewer();
        assertThat(run("backup", "--data", data()).exit()).isEqualTo(CliErrors.FAILED);
        CliTest.Run set = run("user", "cli-user", "李四", "--data", data(), "--user", "王管理");
        assertThat(set.exit()).as(set.err()).isZero();
        typed.clear(); // nobody types anything any more
        CliTest.Run backup = run("backup", "--data", data());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("已校验");
    }

    @Test
    void auditVerifyNamesTheTamperedEventAndExitsWithOne() throws Exception {
        adminAndReviewer();
        CliTest.Run intact = run("audit", "verify", "--data", data(), "--user", "李四");
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("审计日志完好").contains("哈希链无断裂");

        long victim;
        try (Connection c = RawDatabase.connect(Path.of(data()));
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("select id from audit_event where action = 'CREATE' and entity = 'USER' "
                    + "order by id desc limit 1");
            rs.next();
            victim = rs.getLong(1);
            st.execute("DROP TRIGGER audit_event_append_only");
            st.execute("update audit_event set summary = '添加用户“张三”，角色：管理员' where id = " + victim);
        }
        CliTest.Run broken = run("audit", "verify", "--data", data(), "--user", "李四");
        assertThat(broken.exit()).isEqualTo(AuditCommand.BROKEN);
        assertThat(broken.out()).contains("事件 #" + victim + "：内容在写入后被改动").contains("发现 1 处断裂");
        assertThat(List.of(broken.out().split("\n"))).filteredOn(l -> l.startsWith("事件 #")).hasSize(1);
    }
}
