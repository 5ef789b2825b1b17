package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.Services;

import picocli.CommandLine;

/**
 * {@code normdesk encryption} and the data-file password on the command line, with the passwords
 * in the environment variables a script would set (an environment of the test's own, no console).
 */
class EncryptionCommandTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private String data() {
        return dir.resolve("data").toString();
    }

    /** As the launcher wires it: signed out when the folder has users, the data-file password from the credentials. */
    private CliTest.Run run(String... args) {
        CommandLine cl = NormdeskCommand.commandLine(
                (folder, password) -> Services.openSignedOut(Path.of(folder), CliTest.CLOCK, "os-user", password),
                Path::of, Credentials.from(env));
        return CliTest.run(cl, args);
    }

    private void ok(CliTest.Run r) {
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void anAdministratorTurnsEncryptionOnChangesThePasswordAndTurnsItOff() {
        env.put("NORMDESK_NEW_PASSWORD", "Qinghe#2025");
        ok(run("user", "add", "王管理", "--role", "管理员", "--data", data()));
        env.put("NORMDESK_PASSWORD", "Qinghe#2025");
        env.put("NORMDESK_NEW_PASSWORD", "shenhe-2025");
        ok(run("user", "add", "李四", "--role", "REVIEWER", "--data", data(), "--user", "王管理"));

        CliTest.Run status = run("encryption", "status", "--data", data());
        ok(status);
        assertThat(status.out()).contains("未加密");

        env.put("NORMDESK_DB_PASSWORD", "数据文件密码2025");
        CliTest.Run on = run("encryption", "on", "--data", data(), "--user", "王管理");
        ok(on);
        assertThat(on.out()).contains("已启用数据文件加密").contains("无法找回").contains("此前制作的备份仍未加密");
        CliTest.Run again = run("encryption", "on", "--data", data(), "--user", "王管理");
        assertThat(again.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(again.err()).contains("已经加密");
        assertThat(run("encryption", "status", "--data", data()).out()).contains("已加密").contains("210000");

        ok(run("list", "--data", data(), "--user", "王管理"));
        env.put("NORMDESK_DB_PASSWORD", "猜一个密码");
        CliTest.Run wrong = run("list", "--data", data(), "--user", "王管理");
        assertThat(wrong.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(wrong.err()).contains("数据文件密码不正确").doesNotContain("备份恢复");
        env.remove("NORMDESK_DB_PASSWORD");
        CliTest.Run none = run("list", "--data", data(), "--user", "王管理");
        assertThat(none.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(none.err()).contains("需要数据文件密码").contains("NORMDESK_DB_PASSWORD");

        // a 审核员 knows the data-file password but may not switch
        env.put("NORMDESK_DB_PASSWORD", "数据文件密码2025");
        env.put("NORMDESK_PASSWORD", "shenhe-2025");
        CliTest.Run refused = run("encryption", "off", "--data", data(), "--user", "李四");
        assertThat(refused.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(refused.err()).contains("无权");

        env.put("NORMDESK_PASSWORD", "Qinghe#2025");
        env.put("NORMDESK_NEW_DB_PASSWORD", "新的数据文件密码");
        ok(run("encryption", "passwd", "--data", data(), "--user", "王管理"));
        assertThat(run("list", "--data", data(), "--user", "王管理").err()).contains("数据文件密码不正确");
        env.put("NORMDESK_DB_PASSWORD", "新的数据文件密码");
        ok(run("list", "--data", data(), "--user", "王管理"));

        // a backup made now is encrypted: restoring it with a wrong password is refused
        Path backup = dir.resolve("b.zip");
        ok(run("backup", "--data", data(), "-o", backup.toString(), "--user", "王管理"));
        Path other = dir.resolve("other");
        env.put("NORMDESK_DB_PASSWORD", "不是这个密码");
        CliTest.Run badRestore = run("restore", "--data", other.toString(), backup.toString());
        assertThat(badRestore.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(badRestore.err()).contains("b.zip").contains("数据文件密码不正确").contains("未作任何改动");
        env.put("NORMDESK_DB_PASSWORD", "新的数据文件密码");
        ok(run("restore", "--data", other.toString(), backup.toString()));
        assertThat(run("encryption", "status", "--data", other.toString()).out()).contains("已加密");

        CliTest.Run off = run("encryption", "off", "--data", data(), "--user", "王管理");
        ok(off);
        assertThat(off.out()).contains("已取消数据文件加密");
        env.remove("NORMDESK_DB_PASSWORD");
        ok(run("list", "--data", data(), "--user", "王管理"));
        assertThat(run("encryption", "status", "--data", data()).out()).contains("未加密");
    }
}
