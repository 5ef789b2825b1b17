package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.normdesk.domain.Texts;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskRule;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.RiskSeverity;
import org.normdesk.domain.risk.RulePattern;
import org.normdesk.domain.risk.SubjectScope;
import org.normdesk.domain.risk.WhenCitingLaw;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The risk rule pack (风险提示规则包): the built-in one (src/main/resources/rules/risk-rules.json), or the
 * one the office imported in 设置, kept in the database as its JSON text. Import checks the whole file
 * first and says in Chinese what is wrong; a bad file changes nothing.
 */
public final class RiskRulesService {
    static final String BUILT_IN = "/rules/risk-rules.json";
    private static final String AUDIT_ENTITY = "RISK_RULES";

    private final Store store;
    private final Auditor auditor;
    private volatile RiskRulePack cached;

    public RiskRulesService(Store store, Clock clock, Session session) {
        this.store = store;
        this.auditor = new Auditor(clock, session);
    }

    /** The pack in use: the imported one, else the built-in one. */
    public RiskRulePack current() {
        RiskRulePack p = cached;
        if (p == null) {
            p = parse(currentJson(), "risk-rules.json");
            cached = p;
        }
        return p;
    }

    /** Writes the pack in use as a JSON file a legal officer can read, edit and import again. */
    public void export(Path file) {
        try {
            Files.writeString(file, currentJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(Texts.get("risk.pack.cannotWrite", file, e.getMessage()), e);
        }
    }

    /**
     * Replaces the pack in use with the file's, after checking all of it.
     *
     * @throws InvalidFileException listing every problem, when the file cannot be used (nothing changes)
     */
    public RiskRulePack importFrom(Path file) {
        auditor.require(Permission.SETTINGS);
        String name = String.valueOf(file.getFileName());
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidFileException(name, List.of(Texts.get("risk.pack.cannotRead", e.getMessage())));
        }
        RiskRulePack pack = parse(json, name);
        store.inTransaction(r -> {
            r.risk().savePack(pack.version(), json, auditor.now(), auditor.actorName());
            auditor.record(r.audit(), AUDIT_ENTITY, 1, "IMPORT",
                    Texts.get("risk.pack.imported", pack.version(), pack.rules().size()), null, null);
            return null;
        });
        cached = pack;
        return pack;
    }

    /** Goes back to the built-in pack. */
    public void resetToBuiltIn() {
        auditor.require(Permission.SETTINGS);
        store.inTransaction(r -> {
            r.risk().deletePack();
            auditor.record(r.audit(), AUDIT_ENTITY, 1, "RESET", Texts.get("risk.pack.reset"), null, null);
            return null;
        });
        cached = null;
    }

    private String currentJson() {
        return store.read(r -> r.risk().packContent()).orElseGet(RiskRulesService::builtInJson);
    }

    /**
     * A pack from a file, checked but not put in use (the evaluation of an edited pack before importing it).
     *
     * @throws InvalidFileException listing every problem
     */
    public static RiskRulePack readFile(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InvalidFileException(name, List.of(Texts.get("risk.pack.cannotRead", e.getMessage())));
        }
    }

    /** The pack that comes with normdesk, parsed (tests and the benchmark use it without a data folder). */
    public static RiskRulePack builtIn() {
        return parse(builtInJson(), "risk-rules.json");
    }

    static String builtInJson() {
        try (InputStream in = RiskRulesService.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a pack from its JSON text.
     *
     * @throws InvalidFileException with every problem found, in Chinese
     */
    static RiskRulePack parse(String json, String fileName) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidFileException(fileName, List.of(Texts.get("risk.pack.notJson",
                    loc == null ? "?" : loc.getLineNr(), loc == null ? "?" : loc.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFileException(fileName, List.of(Texts.get("risk.pack.notObject")));
        }
        List<String> problems = new ArrayList<>();
        List<RiskRule> rules = new ArrayList<>();
        JsonNode ruleNodes = root.path("rules");
        if (!ruleNodes.isArray() || ruleNodes.isEmpty()) {
            problems.add(Texts.get("risk.pack.noRules"));
        } else {
            int i = 0;
            for (JsonNode n : ruleNodes) {
                i++;
                rule(n, i, problems).ifPresent(rules::add);
            }
        }
        List<RulePattern> citing = patterns(root.path("citingLaw"), "citingLaw", problems);
        RiskRulePack pack = new RiskRulePack(root.path("version").asText(""), root.path("title").asText(""),
                strings(root.path("administration")), strings(root.path("publicSubjects")), citing, rules);
        if (problems.isEmpty()) {
            problems.addAll(pack.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(fileName, problems);
        }
        return pack;
    }

    private static java.util.Optional<RiskRule> rule(JsonNode n, int index, List<String> problems) {
        String id = n.path("id").asText("");
        String where = id.isBlank() ? Texts.get("risk.pack.ruleNo", index) : id;
        int before = problems.size();
        RiskCategory category = constant(RiskCategory.class, n.path("category").asText(""), where, "category", problems);
        RiskSeverity severity = constant(RiskSeverity.class, n.path("severity").asText(""), where, "severity", problems);
        SubjectScope subject = n.hasNonNull("subject")
                ? constant(SubjectScope.class, n.path("subject").asText(), where, "subject", problems) : SubjectScope.ANY;
        WhenCitingLaw citing = n.hasNonNull("whenCitingLaw")
                ? constant(WhenCitingLaw.class, n.path("whenCitingLaw").asText(), where, "whenCitingLaw", problems)
                : WhenCitingLaw.KEEP;
        List<RulePattern> patterns = patterns(n.path("patterns"), where, problems);
        List<RulePattern> unless = patterns(n.path("unless"), where, problems);
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RiskRule(id, category, severity, patterns, unless, subject, citing,
                n.path("why").asText(""), n.path("basis").asText("")));
    }

    private static List<RulePattern> patterns(JsonNode array, String where, List<String> problems) {
        List<RulePattern> out = new ArrayList<>();
        for (String s : strings(array)) {
            try {
                out.add(RulePattern.parse(s));
            } catch (IllegalArgumentException e) {
                problems.add(where + "：" + e.getMessage());
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String where, String field,
                                                  List<String> problems) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
        problems.add(Texts.get("risk.pack.badValue", where, field, value, allowed));
        return null;
    }

    /** For the 设置 screen: categories with the number of rules for each. */
    public Map<RiskCategory, Long> rulesPerCategory() {
        return current().rules().stream().collect(Collectors.groupingBy(RiskRule::category,
                () -> new java.util.EnumMap<>(RiskCategory.class), Collectors.counting()));
    }
}
